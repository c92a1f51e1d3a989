import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagged, fixed } from '../../../../test/support/rules';

const RULE = 'ap-percent';

test('percent as a word becomes the sign after a figure', () => {
  const text = 'Sales rose 10 percent, margins 2.5 per cent and costs 3 pct. in 2023.';
  assert.deepEqual(flagged(RULE, text), ['10 percent', '2.5 per cent', '3 pct.']);
  assert.equal(fixed(RULE, text), 'Sales rose 10%, margins 2.5% and costs 3% in 2023.');
});

test('no space before the sign', () => {
  assert.equal(fixed(RULE, 'Turnout was 45 % 🗳️.'), 'Turnout was 45% 🗳️.');
});

test('percentStyle “word” spells the sign out', () => {
  const settings = { options: { percentStyle: 'word' as const } };
  const text = 'About 3% of kids, and 17 pct. of adults.';
  assert.deepEqual(flagged(RULE, text, 'plaintext', settings), ['3%', '17 pct.']);
  assert.equal(fixed(RULE, text, 'plaintext', settings), 'About 3 percent of kids, and 17 percent of adults.');
});

test('percentages without a figure, percentage points and quotes are left alone', () => {
  const text = 'A large percent of voters moved 2 percentage points. “We grew 5 percent,” she said. It rose 80%.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('a spelled-out number with percent becomes a figure inside a sentence', () => {
  const text = 'Turnout rose five percent and twenty-five per cent of voters stayed home. Five percent is a lot.';
  assert.deepEqual(flagged(RULE, text), ['five percent', 'twenty-five per cent']);
  assert.equal(fixed(RULE, text), 'Turnout rose 5% and 25% of voters stayed home. Five percent is a lot.');
  assert.equal(fixed(RULE, 'It fell nine percent.', 'plaintext', { options: { percentStyle: 'word' } }), 'It fell 9 percent.');
});

test('British copy that spells “per cent” keeps it, and brings a stray sign into line', () => {
  const text = 'Inflation rose 3.2 per cent. Wages rose 4 per cent, rents 6 %. It was 5 pct. last year.';
  assert.deepEqual(flagged(RULE, text), ['6 %', '5 pct.']);
  assert.equal(fixed(RULE, text), 'Inflation rose 3.2 per cent. Wages rose 4 per cent, rents 6 per cent. It was 5 per cent last year.');
});

test('one “per cent” among signs is a slip in American copy', () => {
  assert.deepEqual(flagged(RULE, 'Prices rose 3%, wages 2% and rents 4 per cent.'), ['4 per cent']);
});
