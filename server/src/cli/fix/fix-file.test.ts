import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Linter } from '../../engine/linter';
import type { Rule } from '../../engine/rule';
import { fixText, lineEndingOf, MAX_FIX_PASSES } from './fix-file';

/** Splits a paragraph at " | " into two lines: a fix whose new text holds a line break. */
const splitAtBar: Rule = {
  id: 'split-at-bar',
  scope: 'article',
  description: 'Test rule: a bar becomes a line break.',
  why: 'Stands for any fix that inserts a line break.',
  defaultSeverity: 'warning',
  fixable: true,
  check: ({ article }) =>
    [...article.text.matchAll(/ \| /g)].map((match) => ({
      start: match.index!,
      end: match.index! + 3,
      message: 'Bar.',
      fixes: [{ title: 'Break the line', edits: [{ start: match.index!, end: match.index! + 3, newText: '\n' }] }],
    })),
};

/** Always offers to add one more exclamation mark: a fix that never settles. */
const neverSettles: Rule = {
  id: 'never-settles',
  scope: 'article',
  description: 'Test rule: always has a fix.',
  why: 'Stands for a rule whose fixes keep producing new findings.',
  defaultSeverity: 'warning',
  fixable: true,
  check: () => [{ start: 0, end: 0, message: 'More!', fixes: [{ title: 'Add !', edits: [{ start: 0, end: 0, newText: '!' }] }] }],
};

test('line breaks a fix inserts follow the file: CRLF stays CRLF, LF stays LF', () => {
  const linter = () => new Linter([splitAtBar]);
  assert.equal(fixText(linter(), 'One | two 😀 | three\r\n\r\nEnd.\r\n', 'plaintext', {}).text, 'One\r\ntwo 😀\r\nthree\r\n\r\nEnd.\r\n');
  assert.equal(fixText(linter(), 'One | two\n', 'plaintext', {}).text, 'One\ntwo\n');
});

test('fixing stops after MAX_FIX_PASSES when fixes never settle, and reports what is left', () => {
  const outcome = fixText(new Linter([neverSettles]), 'Text.', 'plaintext', {});
  assert.equal(outcome.passes, MAX_FIX_PASSES);
  assert.equal(outcome.text, `${'!'.repeat(MAX_FIX_PASSES)}Text.`);
  assert.equal(outcome.result.findings.length, 1);
});

test('the dominant line ending decides', () => {
  assert.equal(lineEndingOf('a\r\nb\r\nc\n'), '\r\n');
  assert.equal(lineEndingOf('a\nb\r\nc\n'), '\n');
  assert.equal(lineEndingOf('no breaks'), '\n');
});
