import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, flagged } from '../../../../test/support/rules';
import { lint } from '../linter';

const RULE = 'leftover-placeholder';

test('TK, in any run, marks what is still to come', () => {
  const text = 'Ridership rose TK% last year. The mayor, who took office in TKTK, spoke. [TK] Quote from Hall.';
  assert.deepEqual(flagged(RULE, text), ['TK', 'TKTK', '[TK]']);
  assert.match(findings(RULE, text)[0].message, /still to come/);
});

test('the placeholders Copydesk’s own fill-in fixes insert are flagged until filled', () => {
  const text = 'About 45% of renters moved, according to [SOURCE]. “We left,” [SPEAKER] said.\n\nA crew at work. (PHOTOGRAPHER/AGENCY)';
  assert.deepEqual(flagged(RULE, text), ['[SOURCE]', '[SPEAKER]', '(PHOTOGRAPHER/AGENCY)']);
  const claimFix = findings('claim-unsourced', 'About 45% of renters moved.')[0].fixes[0].edits[0];
  assert.deepEqual(flagged(RULE, `About 45% of renters moved${claimFix.newText}.`), ['[SOURCE]']);
});

test('template placeholders and dummy text are flagged', () => {
  assert.deepEqual(flagged(RULE, 'Smith, [AGE], of [INSERT TOWN], was charged. Lorem ipsum dolor sit amet.'), ['[AGE]', '[INSERT TOWN]', 'Lorem ipsum']);
});

test('words holding the letters, names, transcript notes and editorial insertions are left alone', () => {
  const text =
    'Atkins won by TKO at the TK Maxx arena. “[The mayor] was wrong,” she said. SMITH: I think — [CROSSTALK] — no. [INAUDIBLE] The tk key, a T-K split.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('code, front matter and HTML comments are not copy', () => {
  const text = '---\ntitle: TK\n---\n\nThe vote is set.\n\n<!-- TK: ridership numbers -->\n\n```\nTK\n```\n\nRun `grep TK` first.';
  assert.deepEqual(flagged(RULE, text, 'markdown'), []);
});

test('headlines and captions are checked too', () => {
  assert.deepEqual(flagged(RULE, '# Council votes TK\n\n![Crowd](a.jpg)\n\nProtesters march on Main Street. [PHOTO CREDIT]', 'markdown'), ['TK', '[PHOTO CREDIT]']);
});

test('offsets survive emoji and CRLF', () => {
  const text = '🎉 The team said.\r\nTurnout was TK, officials said.';
  const [finding] = findings(RULE, text);
  assert.equal(text.slice(finding.start, finding.end), 'TK');
});

test('an error by default, with no fix: only the writer knows what goes there', () => {
  const [finding] = lint('Turnout was TK.', 'plaintext').findings.filter((found) => found.rule === RULE);
  assert.equal(finding.severity, 'error');
  assert.deepEqual(finding.fixes, []);
});

test('XX stands for a figure to come; an airline code before a flight number is no placeholder', () => {
  assert.deepEqual(flagged(RULE, 'About XX people were evacuated, and damage could reach $XX million.'), ['XX', '$XX']);
  assert.deepEqual(flagged(RULE, 'She flew on Turkish Airlines flight TK 1878. XXL shirts sold out.'), []);
});
