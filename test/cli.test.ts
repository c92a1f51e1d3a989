import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './support/lsp';

const CLI = join(ROOT, 'bin', 'copydesk.js');
const SEED = join('seeds', '000_d99372c84347be6b.txt');

function copydesk(...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function scratch(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

test('JSON output follows the contract: file as given, LSP ranges, fixes with edits', () => {
  const { code, stdout } = copydesk('lint', '--format', 'json', SEED);
  assert.equal(code, 0);
  const [report] = JSON.parse(stdout);
  assert.equal(report.file, SEED);
  const leftover = report.diagnostics.find((d: { rule: string }) => d.rule === 'leftover-boilerplate');
  assert.deepEqual(Object.keys(leftover), ['rule', 'severity', 'message', 'range', 'fixes']);
  assert.deepEqual(leftover.range, { start: { line: 38, character: 0 }, end: { line: 38, character: 13 } });
  assert.equal(leftover.severity, 'warning');
  assert.deepEqual(Object.keys(leftover.fixes[0]), ['title', 'edits']);
  assert.deepEqual(leftover.fixes[0].edits[0], { range: { start: { line: 36, character: 122 }, end: { line: 38, character: 13 } }, newText: '' });
});

test('text output reads file:line:col  severity  message  rule, without colour off a TTY', () => {
  const { stdout } = copydesk('lint', SEED);
  assert.match(stdout, /^seeds\/000_d99372c84347be6b\.txt:39:1 {2}warning {2}“Advertisement” is left over from a web page\. {2}leftover-boilerplate$/m);
  assert.doesNotMatch(stdout, /\x1b\[/);
});

test('folders are searched for articles', () => {
  const dir = scratch({ 'a.md': 'Fine.\n\nAdvertisement\n', 'b.txt': 'Clean copy.\n', 'photo.jpg': 'not an article' });
  const reports = JSON.parse(copydesk('lint', '--format', 'json', dir).stdout);
  assert.deepEqual(reports.map((r: { file: string }) => r.file), [join(dir, 'a.md'), join(dir, 'b.txt')]);
});

test('exit codes: 1 for error findings, 2 for usage errors and unreadable paths', () => {
  const dir = scratch({ 'draft.txt': '“Unclosed quote, she said.\n\nAdvertisement\n' });
  assert.equal(copydesk('lint', join(dir, 'draft.txt')).code, 1, 'an unclosed quotation is an error');
  assert.equal(copydesk('lint', SEED).code, 0, 'warnings alone exit 0');
  assert.equal(copydesk('lint', '--format', 'yaml', SEED).code, 2);
  assert.equal(copydesk('lint').code, 2);
  assert.equal(copydesk('frobnicate').code, 2);
  const missing = copydesk('lint', join(dir, 'nope.md'), join(dir, 'draft.txt'));
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /cannot read .*nope\.md: no such file or directory/);
  assert.match(missing.stdout, /draft\.txt:3:1/, 'the readable file is still linted');
});

test('empty, binary and invalid UTF-8 files get a clear message; the others are still linted', () => {
  const dir = scratch({
    'empty.txt': '',
    'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]),
    'latin1.txt': Buffer.from('caf\xe9 society', 'latin1'),
    'long.txt': 'word '.repeat(40_000),
    'good.txt': 'Advertisement\n',
  });
  const run = copydesk('lint', '--format', 'json', dir);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /binary\.txt is a binary file, not an article: skipped/);
  assert.match(run.stderr, /latin1\.txt is not valid UTF-8 text: skipped/);
  const files = JSON.parse(run.stdout).map((r: { file: string }) => r.file.slice(dir.length + 1));
  assert.deepEqual(files, ['empty.txt', 'good.txt', 'long.txt']);
});

test('--version and --help answer', () => {
  assert.match(copydesk('--version').stdout, /^\d+\.\d+\.\d+\n$/);
  assert.match(copydesk('--help').stdout, /Usage: copydesk <command>/);
});

test('`copydesk lsp --stdio` is the language server', async () => {
  const server = spawn(process.execPath, [CLI, 'lsp', '--stdio']);
  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no initialize result: ${output}`)), 10_000);
    server.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('"serverInfo"')) (clearTimeout(timer), resolve());
    });
  });
  server.kill();
  assert.match(output, /"serverInfo":\{"name":"copydesk"\}/);
});
