import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DraftDocument } from '../../server/src/lsp/draft-document';
import { DocumentDiagnostics } from '../../server/src/lsp/diagnostics';
import { Linter } from '../../server/src/engine/linter';
import { article, edit, place, type Edit } from './arbitraries';

const RUNS = { seed: 20261130, numRuns: 200 };

/** Breaks of every kind, typed where they may pair with the breaks around them. */
const breaks = fc.record({
  at: place,
  remove: fc.integer({ min: 0, max: 3 }),
  insert: fc.constantFrom('\r', '\n', '\r\n', 'a\r', '\nb', '\n\n', 'x', ''),
});

/** Every answer of the reference document, vscode-languageserver-textdocument's, asked of ours. */
function assertSameAnswers(ours: DraftDocument, reference: TextDocument): void {
  const text = reference.getText();
  assert.equal(ours.getText(), text);
  assert.equal(ours.lineCount, reference.lineCount);
  for (let offset = -1; offset <= text.length + 1; offset++) assert.deepEqual(ours.positionAt(offset), reference.positionAt(offset), `positionAt(${offset})`);
  for (let line = -1; line <= reference.lineCount; line++) {
    for (const character of [-1, 0, 1, 2, 5, 1000]) assert.equal(ours.offsetAt({ line, character }), reference.offsetAt({ line, character }), `offsetAt(${line}:${character})`);
    assert.deepEqual(ours.getLineRange(line), reference.getLineRange(line), `getLineRange(${line})`);
    assert.equal(ours.getEOLCharacters(line), reference.getEOLCharacters(line), `getEOLCharacters(${line})`);
  }
}

test('a DraftDocument answers as vscode-languageserver-textdocument does, edit after edit', () => {
  fc.assert(
    fc.property(article, fc.array(fc.oneof(edit, breaks), { minLength: 1, maxLength: 8 }), fc.boolean(), ({ text, language }, edits: Edit[], askFirst) => {
      const languageId = language === 'markdown' ? 'markdown' : 'plaintext';
      let ours = DraftDocument.create('file:///a.md', languageId, 1, text);
      let reference = TextDocument.create('file:///a.md', languageId, 1, text);
      // Asked first, the line starts are carried through edits; not asked, they are counted afresh.
      if (askFirst) ours.positionAt(0);
      for (const change of edits) {
        const start = Math.min(reference.getText().length, Math.floor(change.at * reference.getText().length));
        const range = { start: reference.positionAt(start), end: reference.positionAt(start + change.remove) };
        const version = reference.version + 1;
        ours = DraftDocument.update(ours, [{ range, text: change.insert }], version);
        reference = TextDocument.update(reference, [{ range, text: change.insert }], version);
        assert.equal(ours.version, version);
        assertSameAnswers(ours, reference);
      }
    }),
    RUNS,
  );
});

test('several changes in one notification apply in order, and a whole-text change replaces the text', () => {
  let ours = DraftDocument.create('file:///a.txt', 'plaintext', 1, 'One.\n\nTwo “quoted” 🙂.\r\n\r\nThree.');
  let reference = TextDocument.create('file:///a.txt', 'plaintext', 1, ours.getText());
  const changes = [
    { range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, text: ' more' },
    { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } }, text: 'Four' },
  ];
  ours = DraftDocument.update(ours, changes, 2);
  reference = TextDocument.update(reference, changes, 2);
  assertSameAnswers(ours, reference);
  ours = DraftDocument.update(ours, [{ text: 'All new.\n' }], 3);
  assert.equal(ours.getText(), 'All new.\n');
  assert.equal(ours.lineCount, 2);
});

test('kept diagnostics, reused before each edit without positions, equal diagnostics made afresh', () => {
  let skipped = 0;
  fc.assert(
    // Some versions are not linted, as when the server's debounce drops them.
    fc.property(article, fc.array(fc.tuple(fc.oneof(edit, breaks), fc.boolean()), { minLength: 1, maxLength: 8 }), ({ text, language }, edits: Array<[Edit, boolean]>) => {
      const languageId = language === 'markdown' ? 'markdown' : 'plaintext';
      const linter = new Linter();
      const kept = new DocumentDiagnostics();
      let document = DraftDocument.create('file:///a.md', languageId, 1, text);
      kept.update(document, linter.lint(document.text, language).findings);
      for (const [change, linted] of edits) {
        const start = Math.min(document.text.length, Math.floor(change.at * document.text.length));
        const range = { start: document.positionAt(start), end: document.positionAt(start + change.remove) };
        document = DraftDocument.update(document, [{ range, text: change.insert }], document.version + 1);
        if (!linted) continue;
        const { findings } = linter.lint(document.text, language);
        let positions = 0;
        const counted = Object.assign(Object.create(document) as DraftDocument, { positionAt: (offset: number) => (positions++, document.positionAt(offset)) });
        assert.deepEqual(kept.update(counted, findings), new DocumentDiagnostics().update(document, findings));
        skipped += findings.length - positions / 2;
      }
    }),
    RUNS,
  );
  assert.ok(skipped > 500, `only ${skipped} findings skipped their positions`);
});
