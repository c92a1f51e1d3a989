import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagged, fixed } from '../../../../test/support/rules';

const RULE = 'ap-titles';

test('a formal title before a name is capitalised', () => {
  const text = 'The talks were attended by president Joe Biden and former prime minister Boris Johnson.';
  assert.deepEqual(flagged(RULE, text), ['president', 'prime minister']);
  assert.equal(fixed(RULE, text), 'The talks were attended by President Joe Biden and former Prime Minister Boris Johnson.');
});

test('a formal title alone is lowercase', () => {
  const text = 'Biden, the President, said the Vice President’s trip would go ahead 🇺🇸.';
  assert.deepEqual(flagged(RULE, text), ['President', 'Vice President']);
  assert.equal(fixed(RULE, text), 'Biden, the president, said the vice president’s trip would go ahead 🇺🇸.');
  assert.equal(fixed(RULE, 'He is a former U.S. Senator from Ohio. She met a Senator, John Glenn.'), 'He is a former U.S. senator from Ohio. She met a senator, John Glenn.');
  assert.deepEqual(flagged(RULE, 'A Senator Smith aide left. A former U.S. Sen. John Glenn spoke.'), []);
  // The office held: "elected Mayor", "served as Governor".
  assert.equal(fixed(RULE, 'She was elected Mayor in 1983. As Governor, she served as Mayor’s adviser.'), 'She was elected mayor in 1983. As governor, she served as mayor’s adviser.');
  assert.deepEqual(flagged(RULE, 'She was known as Governor Smith and named President Biden’s envoy.'), []);
});

test('an occupation before a name is lowercase', () => {
  const text = 'Defense Department Spokesman John Kirby and Press Secretary Jen Psaki spoke.\r\n';
  assert.deepEqual(flagged(RULE, text), ['Spokesman', 'Press Secretary']);
  assert.equal(fixed(RULE, text), 'Defense Department spokesman John Kirby and press secretary Jen Psaki spoke.\r\n');
  assert.equal(fixed(RULE, 'In dissent, wrote justice Ketanji Brown Jackson, the court erred. The Justice said more.'), 'In dissent, wrote Justice Ketanji Brown Jackson, the court erred. The justice said more.');
  // The qualifier goes down with it: not “Head coach”.
  assert.equal(fixed(RULE, 'The team fired Oregon Head Coach Rick Ellison on Monday.'), 'The team fired Oregon head coach Rick Ellison on Monday.');
  assert.equal(
    fixed(RULE, 'Roads closed, said Emergency Manager Sean Kerr, and Yankees General Manager Brian Cashman agreed.'),
    'Roads closed, said emergency manager Sean Kerr, and Yankees general manager Brian Cashman agreed.',
  );
});

test('AP-style titles, descriptions, headings and quotes are left alone', () => {
  const text = [
    '# President Biden Meets the Press',
    'Defense Department spokesman John Kirby and Russian President Vladimir Putin met the president of France.',
    'The company’s president John Smith and club president Mary Jones said “the President Joe Biden era” ended.',
    'Spokesman John Kirby opened the briefing at the President Hotel.',
  ].join('\n\n');
  assert.deepEqual(flagged(RULE, text, 'markdown'), []);
});

test('an attorney who holds a public office keeps the capital before a name', () => {
  const text = 'U.S. Attorney Vanessa Avery, District Attorney Alvin Bragg and Cook County State’s Attorney Kim Foxx spoke; defense Attorney Marcus Feld did not.';
  assert.deepEqual(flagged(RULE, text), ['Attorney']);
  assert.equal(fixed(RULE, text), text.replace('defense Attorney', 'defense attorney'));
});

test('a title inside a name or an occupation word in a shop name is left alone', () => {
  const text = 'Fans watched the President’s Cup and shopped at the Coach Outlet Store with Coach Bill Belichick.';
  assert.deepEqual(flagged(RULE, text), ['Coach']);
});

test('titles AP abbreviates before a full name are abbreviated', () => {
  const text = 'Governor Greg Abbott met senator John Cornyn and General Mark Milley at General Motors Company offices.';
  assert.deepEqual(flagged(RULE, text), ['Governor', 'senator', 'General']);
  assert.equal(fixed(RULE, text), 'Gov. Greg Abbott met Sen. John Cornyn and Gen. Mark Milley at General Motors Company offices.');
});

test('an office ending in a title word is not that title: Attorney General, Surgeon General, Trade Representative', () => {
  const text = 'Texas Attorney General Ken Paxton, Surgeon General Vivek Murthy, Inspector General Michael Horowitz and U.S. Trade Representative Katherine Tai spoke.';
  assert.deepEqual(flagged(RULE, text), []);
  assert.equal(fixed(RULE, 'Lieutenant Colonel Alexander Vindman and General Mark Milley testified.'), 'Lt. Col. Alexander Vindman and Gen. Mark Milley testified.');
});

test('a formal title before a full name with a less common given name: “Senator Grant Puckett”', () => {
  assert.deepEqual(flagged(RULE, 'Senator Grant Puckett, R-Texas, focused on staffing.'), ['Senator']);
});
