import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine/types';
import { DocumentDiagnostics } from './diagnostics';

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
