import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DraftDocument } from '../../server/src/lsp/draft-document';
import { DocumentLinter } from '../../server/src/lsp/document-linter';
import { engineSettings, mergeSettings, type ResolvedSettings } from '../../server/src/lsp/settings';
import type { CopydeskSettings } from '../../server/src/shared/protocol';
import type { Rule } from '../../server/src/engine/rule';
import { rules } from '../../server/src/engine/rules';
import { ROOT, startServer } from '../support/lsp';
import { HOSTILE_INPUTS } from './hostile-inputs';

const ARTICLE = readFileSync(join(ROOT, 'seeds', '000_d99372c84347be6b.txt'), 'utf8');

/** A document's settings as the server resolves them, without a `.copydesk.json`. */
function settings(editor: Partial<CopydeskSettings> = {}): ResolvedSettings {
  const merged = mergeSettings(editor);
  return { editor: merged, engine: engineSettings(merged) };
}

const broken: Rule = {
  id: 'broken',
  scope: 'paragraph',
  description: 'Throws on every paragraph.',
  why: 'Stands for a rule with a bug.',
  defaultSeverity: 'warning',
  fixable: false,
  check() {
    throw new Error('boom');
  },
};

test('the server lint path survives a rule that throws: the other rules still report', () => {
  const document = DraftDocument.create('file:///a.txt', 'plaintext', 1, ARTICLE);
  const { linted, status } = new DocumentLinter({ ruleSet: [broken, ...rules] }).lint(document, settings());
  assert.equal(status().state, 'ok');
  assert.deepEqual(linted?.result.failures.map((failure) => failure.rule), ['broken']);
  assert.ok(linted!.result.findings.some((finding) => finding.rule === 'leftover-boilerplate'));
});

test('the time budget and the size limit set the status, and only the size limit skips the lint', () => {
  const document = DraftDocument.create('file:///a.md', 'markdown', 1, ARTICLE.repeat(20));
  const linter = new DocumentLinter();
  const slow = linter.lint(document, settings({ lint: { run: 'onType', debounceMs: 0, timeBudgetMs: 1, maxFileSize: 5_000_000 } }));
  assert.equal(slow.status().state, 'slow');
  assert.match(slow.status().message ?? '', /over copydesk\.lint\.timeBudgetMs \(1 ms\)/);
  assert.ok(slow.linted);
  const fast = linter.lint(document, settings());
  assert.equal(fast.status().state, 'ok');
  const atLimit = linter.lint(document, settings({ lint: { run: 'onType', debounceMs: 0, timeBudgetMs: 2000, maxFileSize: document.getText().length } }));
  assert.equal(atLimit.status().state, 'ok');
  const over = linter.lint(document, settings({ lint: { run: 'onType', debounceMs: 0, timeBudgetMs: 2000, maxFileSize: document.getText().length - 1 } }));
  assert.equal(over.status().state, 'tooLarge');
  assert.equal(over.linted, undefined);
  assert.equal(linter.last, undefined, 'code actions no longer use the old result');
});

test('rapid open, change and close of one document leave the server answering the last version', async () => {
  const server = await startServer();
  const uri = 'file:///drafts/rapid.md';
  for (let round = 0; round < 30; round++) {
    void server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: ARTICLE } });
    void server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${ARTICLE}\n\nAdvertisement` }] });
    void server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }
  const last = server.diagnostics(uri, (p) => p.version === 3);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 3, text: `${ARTICLE}\n\nAdvertisement` } });
  const published = await last;
  assert.equal(published.diagnostics.filter((d) => d.code === 'leftover-boilerplate').length, 2);
  assert.equal(server.process.exitCode, null);
  assert.doesNotMatch(server.stderr(), /unhandled|Error/);
  await server.stop();
});

test('hostile Markdown gets diagnostics from the server, which stays up', async () => {
  const server = await startServer();
  for (const [name, text] of Object.entries(HOSTILE_INPUTS)) {
    const uri = `file:///drafts/${encodeURIComponent(name)}.md`;
    const published = server.diagnostics(uri);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    assert.ok(Array.isArray((await published).diagnostics), name);
  }
  assert.equal(server.process.exitCode, null);
  await server.stop();
});

test('a client that disconnects mid-request does not crash the server: it exits quietly', async () => {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const send = (message: object) => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  send({ method: 'initialized', params: {} });
  send({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///a.md', languageId: 'markdown', version: 1, text: ARTICLE.repeat(50) } } });
  send({ id: 2, method: 'textDocument/codeAction', params: { textDocument: { uri: 'file:///a.md' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } } });
  // Half a message, then the pipe closes: the editor crashed mid-write.
  child.stdin.end('Content-Length: 500\r\n\r\n{"jsonrpc":');
  child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  assert.notEqual(code, null, 'exited by itself, not killed');
  assert.doesNotMatch(stderr, /unhandled|TypeError|RangeError/);
});
