import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagged, fixed } from '../../../../test/support/rules';

const RULE = 'ap-time';

test('run-together, capitalised and on-the-hour times become AP times', () => {
  const text = 'Doors open at 3pm, the show starts at 7:30 PM and ends by 11:00 p.m. on Friday.';
  assert.deepEqual(flagged(RULE, text), ['3pm', '7:30 PM', '11:00 p.m.']);
  assert.equal(fixed(RULE, text), 'Doors open at 3 p.m., the show starts at 7:30 p.m. and ends by 11 p.m. on Friday.');
});

test('12 o’clock is noon or midnight, keeping the sentence’s period', () => {
  const text = 'The vote is at 12 p.m. Tuesday and the polls close at 12 a.m. Officials agreed.';
  assert.deepEqual(flagged(RULE, text), ['12 p.m.', '12 a.m.']);
  assert.equal(fixed(RULE, text), 'The vote is at noon Tuesday and the polls close at midnight. Officials agreed.');
});

test('a sentence ending in a time has one period', () => {
  assert.equal(fixed(RULE, 'The store opens at 9am.'), 'The store opens at 9 a.m.');
});

test('a part of the day repeating the time is deleted', () => {
  const text = 'Police arrived at 10 a.m. this morning and left at 9 p.m. tonight.';
  assert.deepEqual(flagged(RULE, text), [' this morning', ' tonight']);
  assert.equal(fixed(RULE, text), 'Police arrived at 10 a.m. and left at 9 p.m.');
});

test('one pass fixes both the form and the redundancy', () => {
  assert.equal(fixed(RULE, 'It began at 10am this morning.'), 'It began at 10 a.m.');
});

test('AP times, quoted speech, the verb “am” and scores are left alone', () => {
  const text = 'The 3 p.m. meeting ran to 4:15 p.m. “Be there at 5pm,” he said. The 5 am I know won 13-12 at 2 pm… in 1 pm’s slot? 🙂';
  assert.deepEqual(flagged(RULE, text), ['2 pm', '1 pm']);
});

test('no 12 before noon or midnight', () => {
  const text = 'Lunch is at 12 noon and the vote at 12:00 midnight.';
  assert.deepEqual(flagged(RULE, text), ['12 ', '12:00 ']);
  assert.equal(fixed(RULE, text), 'Lunch is at noon and the vote at midnight.');
});

test('the time comes before the date (AP: time, date, place)', () => {
  const text = 'The board meets Nov. 14 at 6 p.m. at the Government Center. The vote is on March 3 at noon.';
  assert.deepEqual(flagged(RULE, text), ['Nov. 14 at 6 p.m.', 'on March 3 at noon']);
  assert.equal(fixed(RULE, text), 'The board meets at 6 p.m. Nov. 14 at the Government Center. The vote is at noon March 3.');
  assert.equal(fixed(RULE, 'The polls close Nov. 5 at 8 p.m. Voters may register there.'), 'The polls close at 8 p.m. Nov. 5. Voters may register there.');
  assert.deepEqual(flagged(RULE, 'The board meets at 6 p.m. Nov. 14. It met Nov. 14, 2023, at 6 p.m. too.'), []);
});

test('a clock time with no a.m. or p.m. is flagged, without a fix: only the writer knows which', () => {
  assert.deepEqual(flagged(RULE, 'I would invite them to stand in the lobby at 3:30 on a school day.'), ['3:30']);
  assert.equal(fixed(RULE, 'Stand in the lobby at 3:30 on a school day.'), 'Stand in the lobby at 3:30 on a school day.');
  // A score, a verse, a race time, a ratio, a range, a time with its meridiem: left alone.
  assert.deepEqual(flagged(RULE, 'Kotek invoked the act at 11:30\np.m. Tuesday, a wrapped line.'), []);
  assert.deepEqual(flagged(RULE, 'The Rams won 3:1. John 3:16 was read. She ran it in 4:05. Doors open at 7:30 p.m., by 9:45 o’clock, and at 9:30 to 10:30 a.m.'), []);
});

test('the part of the day after a time and its weekday is redundant: “3 p.m. Tuesday afternoon”', () => {
  assert.equal(fixed(RULE, 'The high was recorded at 3 p.m. Tuesday afternoon in Phoenix.'), 'The high was recorded at 3 p.m. Tuesday in Phoenix.');
  assert.deepEqual(flagged(RULE, 'It opens at 9 a.m. Friday, and the party is Friday night.'), []);
});

test('British copy keeps “10am” and “10.30am”; American copy does not', () => {
  assert.deepEqual(flagged(RULE, '‘We open at dawn,’ she said. ‘It is early.’ The meeting is at 10am, the vote at 10.30am; it closes at 4pm.'), []);
  assert.deepEqual(flagged(RULE, '“We open at dawn,” she said. The meeting is at 10am and closes at 4 PM.'), ['10am', '4 PM.']);
});

test('a clock time after one with its a.m. or p.m. in the same sentence needs none', () => {
  const text = 'The alarm goes off at 4:45 a.m. in his house, and by 5:15 he is on the greenway. He runs until 6:30 most days.';
  assert.deepEqual(flagged(RULE, text), ['6:30']);
});
