import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, flagged, fixed } from '../../../../test/support/rules';

const RULE = 'ap-dates';

test('an ordinal on a date is dropped', () => {
  const text = 'Russian troops pulled back on March 26th, officials said.';
  assert.deepEqual(flagged(RULE, text), ['March 26th']);
  assert.equal(fixed(RULE, text), 'Russian troops pulled back on March 26, officials said.');
  // An abbreviated month with an ordinal day has its day: one finding, not “Aug.” alone as well.
  assert.deepEqual(flagged(RULE, 'Classes begin Aug. 20th.'), ['Aug. 20th']);
  assert.equal(fixed(RULE, 'Classes begin Aug. 20th.'), 'Classes begin Aug. 20.');
});

test('long months are abbreviated with a day, short ones never', () => {
  const text = 'The game launches December 15, 2016, and the sequel on July 4 or Sep 9.';
  assert.deepEqual(flagged(RULE, text), ['December 15', 'Sep 9']);
  assert.equal(fixed(RULE, text), 'The game launches Dec. 15, 2016, and the sequel on July 4 or Sept. 9.');
});

test('a month alone or with a year is spelled out, keeping a sentence-ending period', () => {
  const text = 'Sales fell in Aug. and rose in Dec. 2016, the report said. It closed in Nov.\n\nIt opened in Mar. 🎉';
  assert.deepEqual(flagged(RULE, text), ['Aug.', 'Dec.', 'Nov.', 'Mar.']);
  assert.equal(fixed(RULE, text), 'Sales fell in August and rose in December 2016, the report said. It closed in November.\n\nIt opened in March. 🎉');
});

test('a month and a year alone take no comma; a full date keeps its own', () => {
  const text = 'Start times change in August, 2025. The plan dates to Monday, March 4, 2024, and to May 2019.';
  assert.deepEqual(flagged(RULE, text), ['August,']);
  assert.equal(fixed(RULE, text), 'Start times change in August 2025. The plan dates to Monday, March 4, 2024, and to May 2019.');
  assert.equal(findings(RULE, text)[0].message, 'Unexpected “August, 2025”, expected “August 2025”: no comma between a month and a year.');
});

test('AP dates, years alone and quoted speech are left alone', () => {
  const text = 'The deal closed Jan. 5, 2017, after talks began in January 2016 and paused May 3. “We met on December 3rd,” she said.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('times and versions after a month are not days', () => {
  const text = 'Oct. 2:30 slot aside, the March 1.5 release and the Aug 2024 plan held.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('CRLF text keeps its offsets', () => {
  const text = 'Headline\r\n\r\nOn September 11th, 2001, the towers fell.';
  assert.equal(fixed(RULE, text), 'Headline\r\n\r\nOn Sept. 11, 2001, the towers fell.');
});

test('a date in figures is written out, month first as American copy has it; a two-digit year gets no guess', () => {
  const text = 'The vote was held on 3/4/2026. The deadline was 25/12/2025. It ended 12/31/24.';
  assert.deepEqual(flagged(RULE, text), ['3/4/2026', '25/12/2025', '12/31/24']);
  assert.equal(fixed(RULE, text), 'The vote was held on March 4, 2026. The deadline was Dec. 25, 2025. It ended 12/31/24.');
  assert.equal(fixed(RULE, 'The crash on 1/29/2025 killed 67 people.'), 'The crash on Jan. 29, 2025, killed 67 people.');
  assert.deepEqual(flagged(RULE, 'Add 3/4 cup of flour. He was 9/11’s youngest victim. Version 1.2/3.4 shipped.'), []);
  assert.deepEqual(flagged(RULE, '##### 2/26/2015 7:11 AM PST BY TMZ STAFF\n\nPosted 2/26/2015 7:11 AM.', 'markdown'), []);
});

test('a decade takes no apostrophe before its s', () => {
  const text = 'In the 1990’s the city grew; in the \'80\'s it was smaller. The 1990 budget and the 1990s boom stay.';
  assert.deepEqual(flagged(RULE, text), ['1990’s', '\'80\'s']);
  // A year's possessive is no decade: 2020’s album, 2008’s crash.
  assert.deepEqual(flagged(RULE, 'The band played songs from 2020’s “Saint Cloud,” and 2008’s crash still echoes.'), []);
  assert.equal(fixed(RULE, text), 'In the 1990s the city grew; in the \'80s it was smaller. The 1990 budget and the 1990s boom stay.');
});

test('a season named as a time is lowercase; a season in a name keeps its capital', () => {
  const text = 'Work begins in the Spring and ends next Winter. Classes resume this Fall, as they did in the Fall of 2025.';
  assert.deepEqual(flagged(RULE, text), ['Spring', 'Winter', 'Fall', 'Fall']);
  assert.equal(fixed(RULE, text), 'Work begins in the spring and ends next winter. Classes resume this fall, as they did in the fall of 2025.');
  const names = 'She wrote about the Fall of Saigon. He skated in the Winter Olympics. They moved here in Spring, Texas, last Summer Session. Spring came early.';
  assert.deepEqual(flagged(RULE, names), []);
});
