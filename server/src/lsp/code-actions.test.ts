import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Linter } from '../engine/linter';
import { fixAll, quickFixes } from './code-actions';
import { DocumentDiagnostics } from './diagnostics';
import { DraftDocument } from './draft-document';

test('quick fixes on a keystroke’s draft read it through its blocks: the whole text is never joined', () => {
  const draft = ['# Council votes', '“We will stay, she said.', 'It\'s "final," officials said.', 'Advertisement'].join('\r\n\r\n');
  const opened = DraftDocument.create('file:///a.md', 'markdown', 1, draft);
  const linter = new Linter();
  linter.lint(opened.text, 'markdown');
  const typed = DraftDocument.update(opened, [{ range: { start: { line: 0, character: 8 }, end: { line: 0, character: 8 } }, text: 'city ' }], 2);
  typed.text.toString = () => assert.fail('the whole text was joined');
  const result = linter.lint(typed.text, 'markdown');
  const linted = { document: typed, version: 2, result };
  const actions = quickFixes(linted, new DocumentDiagnostics().update(typed, result.findings));
  const titles = actions.map((action) => action.title);
  for (const rule of ['quote-unbalanced', 'quote-style', 'leftover-boilerplate']) {
    assert.ok(titles.includes(`Disable ${rule} for this line`), rule);
    assert.ok(titles.includes(`Disable ${rule} for this file`), rule);
  }
  assert.ok(fixAll(linted));
});
