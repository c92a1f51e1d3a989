import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagged, fixed } from '../../../../test/support/rules';

const RULE = 'repeated-word';

test('a doubled word is flagged and one copy deleted', () => {
  const text = 'Officials said the the talks would resume in in Istanbul.';
  assert.deepEqual(flagged(RULE, text), [' the', ' in']);
  assert.equal(fixed(RULE, text), 'Officials said the talks would resume in Istanbul.');
});

test('a repeat across a wrapped line is still a repeat; a sentence start counts', () => {
  const text = 'The The report was\r\nwas late 🙃.';
  assert.equal(fixed(RULE, text), 'The report was late 🙃.');
});

test('a repeat after a non-repeating pair is found', () => {
  assert.equal(fixed(RULE, 'He saw a cat cat.'), 'He saw a cat.');
});

test('grammatical repeats, names, punctuation and quotes are left alone', () => {
  const text = 'What she had had was enough, and he said that that plan failed. Duran Duran played Walla Walla. Go, go! “It was was fine,” she said. The crowd chanted yes yes yes.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('inside a quote, a doubled little word is a typo; other repeats are the speaker’s', () => {
  const text = '“We are proud of the the process,” Carter said. “It was was fine, really really fine,” she said.';
  assert.deepEqual(flagged(RULE, text), [' the']);
  assert.equal(fixed(RULE, text), text.replace('the the', 'the'));
});

test('a heading and the paragraph after it are separate', () => {
  assert.deepEqual(flagged(RULE, '# Report\n\nReport finds gains.', 'markdown'), []);
});

test('markup between the words is not deleted', () => {
  const text = 'Read [the](https://example.com) the report.';
  assert.deepEqual(flagged(RULE, text, 'markdown'), []);
});

test('a phrasal verb’s particle before the same preposition is grammatical: “moves in in the afternoon”', () => {
  assert.deepEqual(flagged(RULE, 'Rain moves in in the afternoon. The power came back on on Thursday. She logged on on Monday.'), []);
  assert.deepEqual(flagged(RULE, 'The meeting is in in the morning.'), [' in']);
});
