import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { CodeAction, Diagnostic, Hover, MarkupContent, Range, TextDocumentEdit } from 'vscode-languageserver-protocol';
import type { ClaimsResult, SourcesResult, StatusParams } from '../server/src/shared/protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ROOT, startServer, type TestServer } from './support/lsp';
import { temporaryFolder } from './support/temporary';

const ARTICLE = readFileSync(join(ROOT, 'seeds', '000_d99372c84347be6b.txt'), 'utf8');
let server: TestServer;

before(async () => {
  server = await startServer();
});
after(async () => {
  await server.stop();
});

let counter = 0;
/** Opens a document and returns a local mirror of it, kept in step by `change`. */
async function open(text: string, languageId = 'plaintext') {
  const uri = `file:///drafts/article-${++counter}.txt`;
  let document = TextDocument.create(uri, languageId, 1, text);
  const first = server.diagnostics(uri);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  return {
    uri,
    get document() {
      return document;
    },
    published: await first,
    /** Applies LSP edits locally and sends them as one incremental change. */
    async apply(edits: TextDocumentEdit['edits']) {
      const version = document.version + 1;
      const changes = [...edits]
        .sort((a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start))
        .map((edit) => ({ range: edit.range, text: 'newText' in edit ? edit.newText : '' }));
      document = TextDocument.update(document, changes, version);
      const next = server.diagnostics(uri, (p) => p.version === version);
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
      return next;
    },
  };
}

function codeActions(uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
}

function editsOf(action: CodeAction): TextDocumentEdit['edits'] {
  const change = action.edit?.documentChanges?.[0] as TextDocumentEdit;
  return change.edits;
}

test('the reference article gets exactly its two findings, versioned, with rule ids and docs', async () => {
  const doc = await open(ARTICLE);
  assert.equal(doc.published.version, 1);
  const summary = doc.published.diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`);
  assert.deepEqual(summary.filter((s) => s.startsWith('quote-style') || s.startsWith('leftover')), ['quote-style@20:131', 'leftover-boilerplate@38:0']);
  for (const diagnostic of doc.published.diagnostics) {
    assert.equal(diagnostic.source, 'copydesk');
    assert.match(diagnostic.codeDescription!.href, new RegExp(`#${diagnostic.code}$`));
  }
});

test('a quick fix applied through an incremental change makes its finding go away', async () => {
  const doc = await open(ARTICLE);
  const diagnostic = doc.published.diagnostics.find((d) => d.code === 'quote-style')!;
  const actions = await codeActions(doc.uri, [diagnostic]);
  const fix = actions.find((action) => action.isPreferred)!;
  assert.equal(fix.title, 'Replace \' with ’');
  assert.deepEqual(fix.diagnostics, [diagnostic]);
  const after = await doc.apply(editsOf(fix));
  assert.ok(doc.document.getText().includes('Ukraine’s armed forces'));
  assert.equal(after.diagnostics.filter((d) => d.code === 'quote-style').length, 0);
  assert.equal(after.diagnostics.filter((d) => d.code === 'leftover-boilerplate').length, 1);
});

test('"Disable for this line" and "for this file" silence the rule through comments', async () => {
  const doc = await open(ARTICLE);
  const diagnostic = doc.published.diagnostics.find((d) => d.code === 'leftover-boilerplate')!;
  const actions = await codeActions(doc.uri, [diagnostic]);
  assert.deepEqual(
    actions.map((a) => a.title),
    ['Delete this line', 'Disable leftover-boilerplate for this line', 'Disable leftover-boilerplate for this file'],
  );
  const after = await doc.apply(editsOf(actions[1]));
  assert.ok(doc.document.getText().endsWith('<!-- copydesk-disable-next-line leftover-boilerplate -->\nAdvertisement'));
  assert.equal(after.diagnostics.filter((d) => d.code === 'leftover-boilerplate').length, 0);
  assert.equal(after.diagnostics.filter((d) => d.code === 'quote-style').length, 1, 'other rules still run');

  const other = await open(ARTICLE);
  const fileWide = (await codeActions(other.uri, [other.published.diagnostics.find((d) => d.code === 'quote-style')!])).find((a) => a.title.endsWith('for this file'))!;
  const silenced = await other.apply(editsOf(fileWide));
  assert.equal(silenced.diagnostics.filter((d) => d.code === 'quote-style').length, 0);
});

test('source.fixAll.copydesk fixes everything fixable in one edit', async () => {
  const doc = await open(ARTICLE);
  const [fixAll] = await codeActions(doc.uri, [], ['source.fixAll.copydesk']);
  assert.equal(fixAll.kind, 'source.fixAll.copydesk');
  const after = await doc.apply(editsOf(fixAll));
  assert.equal(after.diagnostics.filter((d) => d.code === 'quote-style' || d.code === 'leftover-boilerplate').length, 0);
  assert.ok(doc.document.getText().endsWith('he said.'));
});

test('a diagnostic from an older version keeps its fixes only while its finding is still in place', async () => {
  const doc = await open(ARTICLE);
  const moved = doc.published.diagnostics.find((d) => d.code === 'quote-style')!;
  const line = moved.range.start.line;
  const kept = doc.published.diagnostics.find((d) => d.range.start.line !== line)!;
  await doc.apply([{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: 'Update: ' }]);
  assert.deepEqual(await codeActions(doc.uri, [moved]), [], 'its text moved: no fix lands on other text');
  const actions = await codeActions(doc.uri, [kept]);
  assert.ok(actions.length > 0);
  assert.ok(actions.every((action) => action.diagnostics?.[0].code === kept.code));
});

test('closing a document clears its diagnostics', async () => {
  const doc = await open(ARTICLE);
  const cleared = server.diagnostics(doc.uri, (p) => p.diagnostics.length === 0);
  await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: doc.uri } });
  assert.deepEqual((await cleared).diagnostics, []);
});

test('hostile documents get an answer and the server stays up', async () => {
  const junk = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join('');
  const inputs = ['', junk, '\uD800 lone surrogate \uDFFF and NUL \u0000 bytes', '“'.repeat(10_000), 'word '.repeat(40_000), ARTICLE.repeat(1100)];
  let status: { uri: string; state: string; message?: string } | undefined;
  for (const text of inputs) {
    const uri = `file:///drafts/article-${counter + 1}.txt`;
    const statusOf = server.notification<typeof status & {}>('copydesk/status', (s) => s.uri === uri);
    const doc = await open(text);
    assert.ok(Array.isArray(doc.published.diagnostics));
    status = await statusOf.catch((error) => assert.fail(`input of ${text.length} characters: ${error}`));
  }
  const big = status!;
  assert.equal(big.state, 'tooLarge');
  assert.match(big.message ?? '', /larger than copydesk\.lint\.maxFileSize/);
  const alive = await open(ARTICLE);
  assert.ok(alive.published.diagnostics.length > 0);
  assert.equal(server.process.exitCode, null);
});

test('settings from workspace/configuration turn a rule off and change severity', async () => {
  const configured = await startServer(() => ({ lint: { debounceMs: 0 }, rules: { 'quote-style': 'off', 'leftover-boilerplate': 'error' } }));
  try {
    const uri = 'file:///drafts/configured.txt';
    const published = configured.diagnostics(uri);
    await configured.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: ARTICLE } });
    const { diagnostics } = await published;
    assert.equal(diagnostics.filter((d) => d.code === 'quote-style').length, 0);
    assert.equal(diagnostics.find((d) => d.code === 'leftover-boilerplate')?.severity, 1);
  } finally {
    await configured.stop();
  }
});

test('hovering a finding explains the rule and how to silence it; elsewhere there is no hover', async () => {
  const doc = await open(ARTICLE);
  const diagnostic = doc.published.diagnostics.find((d) => d.code === 'leftover-boilerplate')!;
  const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: doc.uri }, position: diagnostic.range.start });
  const { value } = hover!.contents as MarkupContent;
  assert.match(value, /^\*\*Copydesk: leftover-boilerplate\*\*\n\n/);
  assert.match(value, /end up in print or in the CMS/, 'the rule’s why');
  assert.match(value, /copydesk-disable-next-line leftover-boilerplate/);
  assert.match(value, /\[Documentation\]\(https:.*#leftover-boilerplate\)/);
  assert.deepEqual(hover!.range, diagnostic.range);
  const nothing = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: doc.uri }, position: { line: 0, character: 0 } });
  assert.equal(nothing, null);
});

test('a client without codeDescriptionSupport (eglot, Neovim 0.7) gets no docs link on diagnostics, only in the hover', async () => {
  const plain = await startServer(undefined, { showsDocLinks: false });
  try {
    const uri = 'file:///drafts/no-doc-links.txt';
    const published = plain.diagnostics(uri);
    await plain.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: ARTICLE } });
    const { diagnostics } = await published;
    const boilerplate = diagnostics.find((d) => d.code === 'leftover-boilerplate')!;
    assert.ok(diagnostics.every((d) => d.source === 'copydesk' && !('codeDescription' in d)));
    const hover = await plain.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: boilerplate.range.start });
    assert.match((hover!.contents as MarkupContent).value, /\[Documentation\]\(https:.*#leftover-boilerplate\)/);
  } finally {
    await plain.stop();
  }
});

test('the status notification carries the article’s figures', async () => {
  const uri = `file:///drafts/article-${counter + 1}.txt`;
  const status = server.notification<StatusParams>('copydesk/status', (s) => s.uri === uri);
  const text = 'Mayor 👋 Ana Ruiz said: “We will reopen the bridge.”\r\n\r\n“Not before May,” the engineer said.';
  await open(text);
  const { state, words, readingMinutes, quotations, sources } = await status;
  assert.deepEqual({ state, words, readingMinutes, quotations, sources }, { state: 'ok', words: 15, readingMinutes: 1, quotations: 2, sources: 2 });
});

test('the diagnostics of a change go out before its status, whose figures can wait', async () => {
  const doc = await open(ARTICLE);
  const version = doc.document.version + 1;
  const order: string[] = [];
  const status = server.notification<StatusParams>('copydesk/status', (s) => s.uri === doc.uri && s.version === version).then(() => order.push('status'));
  const diagnostics = doc.apply([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'Draft: ' }]).then(() => order.push('diagnostics'));
  await Promise.all([status, diagnostics]);
  assert.deepEqual(order, ['diagnostics', 'status']);
});

test('a status the writer has typed past is never sent: the status of the last keystroke is', async () => {
  const doc = await open(ARTICLE);
  const typed = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'A' };
  // Each key right after the last one's diagnostics: within the pause a status waits for.
  const last = doc.document.version + 2;
  const statuses: number[] = [];
  const status = server.notification<StatusParams>('copydesk/status', (s) => s.uri === doc.uri && statuses.push(s.version) > 0 && s.version === last);
  await doc.apply([typed]);
  await doc.apply([typed]);
  await status;
  assert.deepEqual(statuses, [last]);
});

test('copydesk/relint lints every open document again', async () => {
  const doc = await open(ARTICLE);
  const again = server.diagnostics(doc.uri);
  await server.connection.sendNotification('copydesk/relint');
  assert.deepEqual((await again).diagnostics, doc.published.diagnostics);
});

test('a client that cannot be asked for settings (Neovim 0.7) pushes them in didChangeConfiguration', async () => {
  const pushing = await startServer(undefined, { canBeAsked: false });
  try {
    const settings = { copydesk: { rules: { 'quote-style': 'error', 'leftover-boilerplate': 'off' } } };
    await pushing.connection.sendNotification('workspace/didChangeConfiguration', { settings });
    const uri = 'file:///drafts/pushed.txt';
    const published = pushing.diagnostics(uri);
    await pushing.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: ARTICLE } });
    const { diagnostics } = await published;
    const ours = diagnostics.filter((d) => d.code === 'quote-style' || d.code === 'leftover-boilerplate');
    assert.deepEqual(ours.map((d) => [d.code, d.severity]), [['quote-style', 1]]);
  } finally {
    await pushing.stop();
  }
});

test('a .copydesk.json above the document sets house style; a broken one is reported on the file', async () => {
  const folder = temporaryFolder('config');
  writeFileSync(join(folder, '.copydesk.json'), JSON.stringify({ rules: { 'leftover-boilerplate': 'off' }, house: { substitutions: { Kiev: 'Kyiv' } } }));
  mkdirSync(join(folder, 'drafts'));
  const uri = pathToFileURL(join(folder, 'drafts', 'story.txt')).href;
  const published = server.diagnostics(uri);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: 'Troops left Kiev on Tuesday.\n\nAdvertisement' } });
  const codes = (await published).diagnostics.map((d) => d.code);
  assert.ok(codes.includes('house-style'), String(codes));
  assert.ok(!codes.includes('leftover-boilerplate'), String(codes));

  const broken = temporaryFolder('config');
  writeFileSync(join(broken, '.copydesk.json'), '{ "rules": { "quote-style": "loud" } ');
  const configUri = pathToFileURL(join(broken, '.copydesk.json')).href;
  const problems = server.diagnostics(configUri);
  const draft = pathToFileURL(join(broken, 'story.txt')).href;
  const draftDiagnostics = server.diagnostics(draft);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: draft, languageId: 'plaintext', version: 1, text: 'Text.\n\nAdvertisement' } });
  const [problem] = (await problems).diagnostics;
  assert.equal(problem.source, 'copydesk');
  assert.ok((await draftDiagnostics).diagnostics.some((d) => d.code === 'leftover-boilerplate'), 'defaults still apply');
});

test('copydesk/sources lists who is quoted, with LSP ranges of their words', async () => {
  const text = 'Council 👋 votes\r\n\r\n“We will reopen the bridge by May,” Mayor Ana Ruiz said.\r\n\r\n“Not before June,” said Tom Lee, the city engineer. “The steel is late.”\r\n\r\nResidents called the plan “a fantasy that will never happen this year.”\r\n';
  const doc = await open(text);
  const sources = await server.connection.sendRequest<SourcesResult>('copydesk/sources', { uri: doc.uri });
  const quoted = (range: Range) => doc.document.getText(range);
  assert.deepEqual(
    sources.speakers.map((speaker) => [speaker.name, speaker.quotations.map((q) => quoted(q.range))]),
    [
      ['Ana Ruiz', ['“We will reopen the bridge by May,”']],
      ['Tom Lee', ['“Not before June,”', '“The steel is late.”']],
      ['Residents', ['“a fantasy that will never happen this year.”']],
    ],
  );
  assert.equal(sources.speakers[0].description, 'Mayor');
  assert.deepEqual(sources.unattributed, []);
  const missing = await server.connection.sendRequest('copydesk/sources', { uri: 'file:///drafts/never-opened.txt' });
  assert.equal(missing, null);
});

test('copydesk/claims returns the fact-check items with ranges, and the same list as Markdown', async () => {
  const doc = await open('Turnout rose to 64 percent, the highest ever recorded in the county.\n\nThe vote was held on March 3.\n');
  const claims = await server.connection.sendRequest<ClaimsResult>('copydesk/claims', { uri: doc.uri });
  const kinds = claims.items.map((item) => item.kind);
  assert.ok(kinds.includes('figure') && kinds.includes('superlative') && kinds.includes('date'), JSON.stringify(kinds));
  const figure = claims.items.find((item) => item.kind === 'figure')!;
  assert.equal(doc.document.getText(figure.range), 'Turnout rose to 64 percent, the highest ever recorded in the county.');
  assert.match(claims.markdown, new RegExp(`^# Fact-check: article-${counter}\\.txt`));
  assert.match(claims.markdown, /- \[ \] L1: /);
});

test('asking for the sources of a document that is not linted neither lints it again nor loops', async () => {
  const disabled = await startServer(() => ({ enable: false }));
  try {
    const uri = 'file:///drafts/disabled.txt';
    const statuses: string[] = [];
    const first = disabled.notification<StatusParams>('copydesk/status', (s) => s.uri === uri);
    await disabled.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: ARTICLE } });
    statuses.push((await first).state);
    // A lint would notify before answering (messages keep their order), so the answers settle it.
    void disabled.notification<StatusParams>('copydesk/status', (s) => s.uri === uri, 500).then((s) => statuses.push(s.state), () => undefined);
    assert.equal(await disabled.connection.sendRequest('copydesk/sources', { uri }), null);
    assert.equal(await disabled.connection.sendRequest('copydesk/claims', { uri }), null);
    assert.deepEqual(statuses, ['disabled']);
  } finally {
    await disabled.stop();
  }
});

test('fill-in fixes are offered one by one, never in "Fix all"', async () => {
  const doc = await open('The plant closed in May.\n\n“Nobody saw it coming.”\n\nThe town has 400 homes and one school.\n\n“It was fast, and we had no warning at all.”\n');
  const unattributed = doc.published.diagnostics.filter((d) => d.code === 'quote-unattributed');
  assert.equal(unattributed.length, 2);
  const titles = (await codeActions(doc.uri, [unattributed[0]])).map((a) => a.title);
  assert.ok(titles.includes('Add an attribution to complete'));
  assert.ok(!titles.some((title) => title.startsWith('Fix all')), String(titles));
  assert.deepEqual(await codeActions(doc.uri, [], ['source.fixAll.copydesk']), []);
});
