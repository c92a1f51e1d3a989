import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine/types';
import { DocumentDiagnostics } from './diagnostics';
import { DraftDocument } from './draft-document';

const finding = (text: string, word: string, rule = 'claim-superlative', message = `“${word}” needs a source.`): Finding => {
  const start = text.indexOf(word);
  return { rule, severity: 'information', message, start, end: start + word.length, fixes: [] };
};

test('findings an edit did not change keep their diagnostic objects, frozen; changed ones get new ones', () => {
  const before = 'The biggest 👍 deal.\r\nThe first such deal.\r\nThe largest one.';
  const after = 'The biggest 👍 deals.\r\nThe first such deal.\r\nThe largest one.';
  const diagnostics = new DocumentDiagnostics();
  const words = ['biggest', 'deal', 'first', 'largest'];
  const first = diagnostics.update(TextDocument.create('file:///a.md', 'markdown', 1, before), words.map((word) => finding(before, word)));
  assert.deepEqual(first[2].range, { start: { line: 1, character: 4 }, end: { line: 1, character: 9 } });
  assert.ok(first.every((diagnostic) => Object.isFrozen(diagnostic) && Object.isFrozen(diagnostic.range.start)));

  const edited = TextDocument.create('file:///a.md', 'markdown', 2, after);
  const second = diagnostics.update(edited, [finding(after, 'biggest'), finding(after, 'deals'), finding(after, 'first'), finding(after, 'largest', 'claim-superlative', 'changed')]);
  assert.equal(second[0], first[0], 'before the edit: same place, same object');
  assert.notEqual(second[1], first[1], 'the edited word: a new range');
  assert.deepEqual(second[1].range.end, { line: 0, character: 20 });
  assert.equal(second[2], first[2], 'after the edited line: same line and column, same object');
  assert.notEqual(second[3], first[3], 'a new message: a new diagnostic');
  assert.equal(second[3].message, 'changed');
});

test('two findings at one place stay two diagnostics, each reused by its own rule', () => {
  const text = 'The biggest deal.';
  const diagnostics = new DocumentDiagnostics();
  const document = TextDocument.create('file:///a.md', 'markdown', 1, text);
  const both = [finding(text, 'biggest'), finding(text, 'biggest', 'house-style', 'Say “largest”.')];
  const first = diagnostics.update(document, both);
  const second = diagnostics.update(document, [...both].reverse());
  assert.deepEqual(second.map((diagnostic) => diagnostic.code), ['house-style', 'claim-superlative']);
  assert.equal(second[0], first[1]);
  assert.equal(second[1], first[0]);
});

test('without docs links (for clients that do not show them) a diagnostic has no codeDescription', () => {
  const text = 'The biggest deal.';
  const document = TextDocument.create('file:///a.md', 'markdown', 1, text);
  const [linked] = new DocumentDiagnostics().update(document, [finding(text, 'biggest')]);
  const [plain] = new DocumentDiagnostics(false).update(document, [finding(text, 'biggest')]);
  assert.match(linked.codeDescription?.href ?? '', /#claim-superlative$/);
  assert.deepEqual(Object.keys(plain), ['range', 'severity', 'code', 'source', 'message']);
});

test('a line break above a finding moves its diagnostic to the next line: a new object, never the old one', () => {
  const before = 'The biggest deal.\nThe largest one.';
  const after = 'The\nbiggest deal.\nThe largest one.';
  const diagnostics = new DocumentDiagnostics();
  const first = diagnostics.update(TextDocument.create('file:///a.md', 'markdown', 1, before), [finding(before, 'biggest'), finding(before, 'largest')]);
  const second = diagnostics.update(TextDocument.create('file:///a.md', 'markdown', 2, after), [finding(after, 'biggest'), finding(after, 'largest')]);
  assert.deepEqual(second.map((diagnostic) => diagnostic.range.start), [{ line: 1, character: 0 }, { line: 2, character: 4 }]);
  assert.ok(second.every((diagnostic, i) => diagnostic !== first[i]));
});

test('after the edited line, a finding moved by the edit gets its diagnostic back without a position, unless the edit added a line', () => {
  const text = 'The biggest deal.\r\nThe first 👍 such deal.\r\nThe largest one.';
  const words = ['biggest', 'first', 'largest'];
  const diagnostics = new DocumentDiagnostics();
  let document = DraftDocument.create('file:///a.md', 'markdown', 1, text);
  const first = diagnostics.update(document, words.map((word) => finding(text, word)));
  const typeAt = (character: number, typed: string) => {
    document = DraftDocument.update(document, [{ range: { start: { line: 1, character }, end: { line: 1, character } }, text: typed }], document.version + 1);
    const asked: number[] = [];
    const counted = Object.assign(Object.create(document) as DraftDocument, { positionAt: (offset: number) => (asked.push(offset), document.positionAt(offset)) });
    const after = document.getText();
    return { diagnostics: diagnostics.update(counted, words.map((word) => finding(after, word))), asked, after };
  };

  const typed = typeAt(3, 's');
  assert.equal(typed.diagnostics[0], first[0], 'before the edit');
  assert.deepEqual(typed.diagnostics[1].range.start, { line: 1, character: 5 }, 'on the edited line, placed afresh');
  assert.equal(typed.diagnostics[2], first[2], 'on the line after: the very object');
  assert.deepEqual(typed.asked.filter((offset) => offset >= typed.after.indexOf('largest')), [], 'no position asked for after the edited line');

  const broken = typeAt(0, '\n');
  assert.deepEqual(broken.diagnostics[2].range.start, { line: 3, character: 4 }, 'a line added above: the next line');
  assert.notEqual(broken.diagnostics[2], first[2]);
});
