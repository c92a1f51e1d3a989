import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/lsp';

const BUNDLES = ['server.js', 'cli.js'].map((name) => ({ name, code: readFileSync(join(ROOT, 'dist', name), 'utf8') }));

/** Built-ins the server and CLI may load; none of them talks to the network on its own. */
const ALLOWED_BUILTINS = new Set(['child_process', 'crypto', 'fs', 'net', 'os', 'path', 'process', 'url', 'util', 'v8', 'worker_threads']);

test('the bundles hold no eval and no code built from strings', () => {
  for (const { name, code } of BUNDLES) {
    assert.doesNotMatch(code, /(?<![\w.])eval\(/, name);
    assert.doesNotMatch(code, /new Function\(/, name);
  }
});

test('the bundles load no module named at run time and no HTTP client', () => {
  for (const { name, code } of BUNDLES) {
    // `net` serves the LSP socket transport; `child_process` is vscode-languageserver's npm path lookup;
    // `worker_threads` spreads a large CLI run over the cores; `v8` compiles patterns to machine code.
    for (const match of code.matchAll(/(?<![\w.$])require\(([^)]*)\)/g)) {
      const argument = match[1];
      if (argument === '"./server.js"' && name === 'cli.js') continue;
      assert.match(argument, /^"(node:)?[\w_]+"$/, `${name}: require(${argument})`);
      assert.ok(ALLOWED_BUILTINS.has(argument.slice(1, -1).replace(/^node:/, '')), `${name}: require(${argument})`);
    }
    assert.doesNotMatch(code, /(?<![\w.]|async )fetch\(|XMLHttpRequest|WebSocket\(/, `${name} calls the network`);
  }
});
