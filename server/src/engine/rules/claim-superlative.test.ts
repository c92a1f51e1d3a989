import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagged } from '../../../../test/support/rules';

const RULE = 'claim-superlative';

test('measurable superlatives with a scope are flagged', () => {
  assert.deepEqual(flagged(RULE, 'The plant is the world’s largest producer of insulin.'), ['the world’s largest']);
  assert.deepEqual(flagged(RULE, 'It was the deadliest storm to hit the coast in history.'), ['the deadliest storm to hit the coast in history']);
  assert.deepEqual(flagged(RULE, 'Sales reached the highest level on record in March.'), ['the highest level on record']);
  assert.deepEqual(flagged(RULE, 'Insomnia is the most common sleep disorder in the United States.'), ['the most common sleep disorder in the United States']);
});

test('hyphenated superlatives are measurable too: fastest-growing, highest-paid', () => {
  assert.deepEqual(flagged(RULE, 'Acme is one of the fastest-growing startups in the country. She is the nation’s highest-paid coach.'), [
    'the fastest-growing startups in the country',
    'the nation’s highest-paid',
  ]);
});

test('a record measured over a team’s, a place’s or a country’s history is flagged to its end', () => {
  assert.deepEqual(flagged(RULE, 'It was the largest budget increase in city history.'), ['the largest budget increase in city history']);
  assert.deepEqual(flagged(RULE, 'He scored the most points in franchise history.'), []);
  assert.deepEqual(flagged(RULE, 'Her 4:05 was the fastest time in program history.'), ['the fastest time in program history']);
  assert.deepEqual(flagged(RULE, 'It was the costliest storm in the state’s history.'), ['the costliest storm in the state’s history']);
  assert.deepEqual(flagged(RULE, 'It was the deadliest attack in U.S. history.'), ['the deadliest attack in U.S. history']);
});

test('a superlative measured over a stretch of time is a claim too', () => {
  assert.deepEqual(flagged(RULE, 'The storm was the worst in a decade.'), ['the worst in a decade']);
  assert.deepEqual(flagged(RULE, 'It was the hottest summer in 30 years.'), ['the hottest summer in 30 years']);
  assert.deepEqual(flagged(RULE, 'The fire was the most destructive this year.'), ['the most destructive this year']);
  assert.deepEqual(flagged(RULE, 'It was the hottest summer in 30 years, the weather service said.'), []);
  assert.deepEqual(flagged(RULE, 'She gave the strongest performance of the night.'), []);
});

test('firsts, records and “unprecedented” are flagged', () => {
  assert.deepEqual(flagged(RULE, 'Apple shipped its first-ever headset this year.'), ['first-ever']);
  assert.deepEqual(flagged(RULE, 'She became the first woman to lead the agency in 2019.'), ['the first woman to']);
  assert.deepEqual(flagged(RULE, 'The index closed at a record high on Friday.'), ['a record high']);
  assert.deepEqual(flagged(RULE, 'The move is unprecedented for a sitting governor.'), ['unprecedented']);
  assert.deepEqual(flagged(RULE, 'Fans can see the films for the first time in decades.'), ['for the first time in decades']);
  assert.deepEqual(flagged(RULE, 'Such a storm has never before reached the bay.'), ['never before']);
  assert.deepEqual(flagged(RULE, 'He is the only player ever to win it twice.'), ['the only player ever to']);
  assert.deepEqual(flagged(RULE, 'The bill would be the first federal law to directly regulate AI in hiring.'), ['the first federal law to']);
  assert.deepEqual(flagged(RULE, 'It is the largest layoff in the company’s 88-year history.'), ['the largest layoff in the company’s 88-year history']);
  assert.deepEqual(flagged(RULE, 'Inflation reached its highest level since November 2021. Mortgage rates hit a 23-year high.'), ['its highest level since November 2021', 'a 23-year high']);
  assert.deepEqual(flagged(RULE, 'Measles is the most contagious disease in the world. Prices fell to their lowest since early 2021.'), ['the most contagious disease in the world', 'their lowest since early 2021']);
  assert.deepEqual(flagged(RULE, 'It was one of the first vaccines to reach the market, and the first law of its kind.'), []);
});

test('ordinary firsts and opinion superlatives are not claims', () => {
  const text =
    'The first step will be the transfer. This isn’t the first time the writer has done so. For the first time in the meeting, she spoke. It was one of the first games to use VR. The most memorable moment was the butterfly. My favorite is Remain Co. The band signed with a record label. The only finding that matters is this one.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('a sourced superlative is left alone', () => {
  assert.deepEqual(flagged(RULE, 'It is the world’s tallest building, according to the Council on Tall Buildings.'), []);
  assert.deepEqual(flagged(RULE, 'The fire was the largest in the state’s history. Officials said so on Monday.'), []);
});

test('superlatives inside quotations are the speaker’s', () => {
  assert.deepEqual(flagged(RULE, 'The chief was blunt: “This is unprecedented, the largest fire in the world.”'), []);
  assert.deepEqual(flagged(RULE, 'The chief was blunt: "This is unprecedented."'), []);
});

test('headlines and captions are left alone', () => {
  assert.deepEqual(flagged(RULE, 'World’s largest pumpkin crowned\n\nThe fair opened on Friday.'), []);
  assert.deepEqual(flagged(RULE, 'A record crowd fills the stadium on Friday. (John Doe/Reuters)'), []);
});

test('offsets survive emoji and CRLF', () => {
  const text = 'Fair news 🎃\r\n\r\nThe 🎃 pumpkin was the world’s heaviest at the fair.';
  assert.deepEqual(flagged(RULE, text), ['the world’s heaviest']);
});

test('the record kept, gone on or set straight is no claim; a record broken is', () => {
  const text = 'She went on the record on Monday. The clerk keeps a record of every sale. He wants to set the record straight with a record label.';
  assert.deepEqual(flagged(RULE, text), []);
  assert.deepEqual(flagged(RULE, 'She broke the world record in Paris on Sunday.'), ['broke the world record']);
});

test('a record measured from a year is claimed with “its” and “their” too', () => {
  assert.deepEqual(flagged(RULE, 'Consumer confidence dropped to its lowest level since 2011.'), ['its lowest level since 2011']);
  assert.deepEqual(flagged(RULE, 'The team played its best game of the season.'), []);
});

test('“a leading provider” ranks a company first: a claim to check', () => {
  assert.deepEqual(flagged(RULE, 'Acme Robotics, a leading provider of delivery robots, raised $12 million.'), ['a leading provider']);
  assert.deepEqual(flagged(RULE, 'She took the leading role. The top story ran Monday.'), []);
});

test('a superlative over a region is a claim; a plural one picks out a group; a vinyl record is no record', () => {
  assert.deepEqual(flagged(RULE, 'The lighthouse is the oldest on the West Coast and has been dark since 1951.'), ['the oldest on the West Coast']);
  assert.deepEqual(flagged(RULE, 'Turnout fell in the state’s largest counties, which Pettit needed.'), []);
  assert.deepEqual(flagged(RULE, 'Asked what she thinks a record is, she took a long time to answer.'), []);
  assert.deepEqual(flagged(RULE, 'He scored a record 40 points.'), ['a record']);
});

test('a company’s worst since a year, the thinnest on the market, the lowest in nearly a decade', () => {
  assert.deepEqual(flagged(RULE, 'The quarter was the company’s worst since 2009.'), ['the company’s worst since 2009']);
  assert.deepEqual(flagged(RULE, 'The Fold is the thinnest foldable laptop on the market.'), ['the thinnest foldable laptop on the market']);
  assert.deepEqual(flagged(RULE, 'Homicides fell to the lowest level in nearly a decade.'), ['the lowest level in nearly a decade']);
});

test('a next paragraph that opens by sourcing the claim before it counts as its source', () => {
  const lede = 'The Dixie Fire is now the largest single wildfire in state history.';
  assert.deepEqual(flagged(RULE, `${lede}\n\nThat’s according to figures released Friday by Cal Fire.`), []);
  assert.deepEqual(flagged(RULE, `${lede}\n\nCrews worked through the night.`), ['the largest single wildfire in state history']);
});

test('a superlative in other words: “more games than any other program”, “faster than any other”', () => {
  assert.deepEqual(flagged(RULE, 'The team has won more games than any other program in the conference.'), ['more games than any other']);
  assert.deepEqual(flagged(RULE, 'The new line carries riders faster than any other in the state.'), ['faster than any other']);
  assert.deepEqual(flagged(RULE, 'She sings better than anyone else I know.'), []);
});

test('a first measured over years: “the first school closures in the district in more than 40 years”', () => {
  assert.deepEqual(flagged(RULE, 'The vote clears the way for the first school closures in the district in more than 40 years.'), ['the first school closures in the district in more than 40 years']);
  assert.deepEqual(flagged(RULE, 'It was the first snowfall in a decade here.'), ['the first snowfall in a decade']);
  assert.deepEqual(flagged(RULE, 'She was the first to arrive in the morning.'), []);
});

test('a record with a long stretch before “ever”: “the longest run of subzero temperatures the valley has ever recorded”', () => {
  assert.deepEqual(flagged(RULE, 'The stretch will be the longest run of subzero temperatures the valley has ever recorded.'), ['the longest run of subzero temperatures the valley has ever']);
});

test('one of a group: “two of the world’s biggest grain suppliers”', () => {
  assert.deepEqual(flagged(RULE, 'The war disrupted exports from two of the world’s biggest grain suppliers.'), []);
});

test('a superlative over a named county or a state, or the county’s own', () => {
  const text = 'It will be the largest distribution center in Will County. It is the largest warehouse in Illinois and the county’s largest employer.';
  assert.deepEqual(flagged(RULE, text), ['the largest distribution center in Will County', 'the largest warehouse in Illinois', 'the county’s largest']);
});
