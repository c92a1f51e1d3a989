import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, flagged, fixed } from '../../../../test/support/rules';

const RULE = 'ap-courtesy-titles';

test('a courtesy title before a surname is deleted', () => {
  const text = 'Defense Department spokesman John Kirby spoke. Mr. Kirby said the talks went on, and Ms Lee agreed 👍.';
  assert.deepEqual(flagged(RULE, text), ['Mr. ', 'Ms ']);
  assert.equal(fixed(RULE, text), 'Defense Department spokesman John Kirby spoke. Kirby said the talks went on, and Lee agreed 👍.');
});

test('a surname that is also a place’s last word (Park, Hall) is a surname after a courtesy title', () => {
  assert.deepEqual(flagged(RULE, 'Lawyers for Mr. Park did not respond. Ms. Hall declined to comment.'), ['Mr. ', 'Ms. ']);
  assert.deepEqual(flagged(RULE, 'Crowds filled Central Park and Carnegie Hall.'), []);
});

test('a courtesy title on a full name goes too', () => {
  assert.equal(fixed(RULE, 'The letter came from Mrs. Mary Smith.\r\n'), 'The letter came from Mary Smith.\r\n');
});

test('quoted speech and a couple sharing a surname keep their titles', () => {
  const text = '“The war could end today if Mr. Putin did the right thing,” he said.\n\nMr. Smith and Mrs. Smith arrived; Mrs. Smith spoke.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('“Mr. and Mrs. Smith” names a couple: no title is dropped there or in the story’s other “Mrs. Smith”', () => {
  const text = 'Mrs. Obama attended with Mr. and Mrs. Smith, who had donated. Mrs. Smith spoke first.';
  assert.deepEqual(flagged(RULE, text), ['Mrs. ']);
  assert.equal(fixed(RULE, text), 'Obama attended with Mr. and Mrs. Smith, who had donated. Mrs. Smith spoke first.');
});

test('a transcript gives the words as spoken, courtesy titles included', () => {
  const text = 'The exchange, from the trial transcript:\n\nMS. ALVAREZ: Mr. Pruitt, did you see the car?\n\nPRUITT: I did.\n\nLater, Mr. Pruitt left the stand.';
  assert.deepEqual(flagged(RULE, text), ['Mr. ']);
});

test('a surname two people share keeps no fix: “Dorsey” alone would not say which', () => {
  const text = 'Andre Dorsey, 34, was shot Tuesday. His sister, Cheryl Dorsey, spoke at the vigil.\n\nPolice said Mr. Dorsey had a permit for the gun.';
  const [finding] = findings(RULE, text);
  assert.equal(text.slice(finding.start, finding.end), 'Mr. ');
  assert.deepEqual(finding.fixes, []);
  assert.match(finding.message, /more than one person here is named Dorsey/);
});

test('British copy keeps its courtesy titles: Mr and Mrs without periods, or quotes in British style', () => {
  assert.deepEqual(flagged(RULE, 'Tom Hughes chairs the Friends group. Mr Hughes said the plan was costed. Mrs Ainsworth agreed.'), []);
  const britishQuotes = '‘We will fight this,’ said Tom Hughes. Mr. Hughes said the plan was costed. ‘It works,’ he said.';
  assert.deepEqual(flagged(RULE, britishQuotes), []);
});

test('one “Mr Biden” in American copy is a slip', () => {
  assert.deepEqual(flagged(RULE, 'President Joe Biden praised the effort. Mr Biden said the plan was a model.'), ['Mr ']);
});
