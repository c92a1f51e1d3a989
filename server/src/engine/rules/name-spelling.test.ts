import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, flagged } from '../../../../test/support/rules';

const RULE = 'name-spelling';

test('a swap of two letters and a local officeholder’s title (“Councilmember Katy Yaroslavsky”) are caught', () => {
  assert.deepEqual(flagged(RULE, 'House Speaker Mike Johnson spoke. Jonhson said the vote would hold.'), ['Jonhson']);
  assert.deepEqual(flagged(RULE, 'Councilmember Katy Yaroslavsky backed the plan. Yaroslavski said she wanted faster results.'), ['Yaroslavski']);
});

test('a surname one letter off the full name’s spelling is flagged', () => {
  const text = 'President Volodymyr Zelenskyy spoke Tuesday. Zelenskyy said the talks would go on.\n\nLater, Zelensky’s office declined to comment 🇺🇦.';
  const [finding, ...rest] = findings(RULE, text);
  assert.equal(rest.length, 0);
  assert.equal(text.slice(finding.start, finding.end), 'Zelensky');
  assert.equal(finding.message, '“Zelensky” is spelled “Zelenskyy” elsewhere (Volodymyr Zelenskyy): check which is right.');
  assert.equal(finding.fixes.length, 0);
});

test('Smith and Smyth: the rarer spelling is the suspect', () => {
  const text = 'John Smith ran the lab.\r\n\r\nSmith said it worked. Smyth said it would expand.';
  assert.deepEqual(flagged(RULE, text), ['Smyth']);
});

test('two people with close surnames and their own given names are not flagged', () => {
  const text = 'John Smith and Mary Smyth ran the lab. Smith and Smyth disagreed.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('plurals, given names and unrelated words are not misspellings', () => {
  const text = 'Katie Allen met the Allens and Allan at Madison Square. Allen said Madison was near.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('a capitalised word opening a sentence is not a variant of a name', () => {
  const text = 'Snopes writer David Emery posted the tweet. Every day Emery retweeted it.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('a correction names the wrong spelling on purpose; a slip in the story is still caught', () => {
  const story = 'Portage Fire Chief Mark Lawson said nobody was hurt.\n\nLawson said the roof landed across the road.';
  const notes = [
    '*Correction: An earlier version of this post misspelled the name of the fire chief. He is Mark Lawson, not Mark Lawton.*',
    'An earlier version of this story misspelled the chief’s surname as Lawton.',
    'Editor’s note — This story was corrected to fix the spelling of Lawton to Lawson.',
  ];
  for (const note of notes) assert.deepEqual(flagged(RULE, `${story}\n\n${note}`, 'markdown'), [], note);
  assert.deepEqual(flagged(RULE, `${story}\n\nLawton added that crews worked overnight.`, 'markdown'), ['Lawton']);
});

test('a given name written with its accents still makes a full name, and a dropped accent is a second spelling', () => {
  assert.deepEqual(flagged(RULE, 'José Ramírez, the principal, spoke. Ramírez said the roof leaked. Ramirez added that students had moved.'), ['Ramirez']);
  assert.deepEqual(flagged(RULE, 'Principal Priya Raman spoke. Later, Rahman said the roof leaked.'), ['Rahman']);
});

test('a country is no spelling of a name: China and Pham Minh Chinh', () => {
  assert.deepEqual(flagged(RULE, 'Vietnamese Prime Minister Pham Minh Chinh attended. Xi said China was ready, and Chinh agreed.'), []);
});

test('a surname opening a sentence is checked when the person acts: “Brant was previously involved…”', () => {
  const text = 'Officer Tyler Brandt fired twice, police said.\n\nBrandt has been placed on leave.\n\nBrant was previously involved in a 2021 shooting.';
  assert.deepEqual(flagged(RULE, text), ['Brant']);
  assert.deepEqual(flagged(RULE, 'Mayor Ana Wells spoke.\n\nWell, the vote is Tuesday.'), []);
});

test('a month or a day is no spelling of a name: “in March” near “Marsh”', () => {
  assert.deepEqual(flagged(RULE, 'Detective Ellen Marsh led the inquiry.\n\nThe suspect pleaded guilty in March, Marsh said.'), []);
});

test('a lone capitalised word after “in” or “near” is a place, whoever is named like it', () => {
  const text = 'Marcus Thibodeaux, 54, stayed for Ida. “We lost power for three weeks,” Thibodeaux said.\n\nAt a hardware store in Thibodaux, the generators were gone by noon.';
  assert.deepEqual(flagged(RULE, text), []);
  assert.deepEqual(flagged(RULE, 'Marcus Thibodeaux, 54, stayed. “We lost power,” Thibodaux said.'), ['Thibodaux']);
});

test('a team named with a title is no person: the Lady Vols beside coach Kendra Voss', () => {
  const text = 'Coach Kendra Voss watched. The Lady Vols managed only six points. Voss said the Lady Vols had won 11 straight.';
  assert.deepEqual(flagged(RULE, text), []);
});
