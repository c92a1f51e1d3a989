#!/usr/bin/env node
'use strict';
const code = require('../dist/cli.js').main(process.argv.slice(2));
// `copydesk lsp` keeps running; everything else sets its exit code and lets output drain.
if (code !== undefined) process.exitCode = code;
