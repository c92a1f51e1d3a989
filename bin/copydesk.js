#!/usr/bin/env node
'use strict';
// `copydesk lsp` keeps running; everything else sets its exit code and lets output drain.
require('../dist/cli.js')
  .main(process.argv.slice(2))
  .then((code) => {
    if (code !== undefined) process.exitCode = code;
  });
