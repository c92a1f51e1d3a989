import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, fixed, flagged } from '../../../../test/support/rules';

const RULE = 'language-loaded';

test('“slammed” becomes “criticized”, keeping capitals', () => {
  const text = 'The senator slammed the proposal on Monday. Slams like that are rare.';
  assert.deepEqual(flagged(RULE, text), ['slammed', 'Slams']);
  assert.equal(fixed(RULE, text), 'The senator criticized the proposal on Monday. Criticizes like that are rare.');
});

test('“admitted” becomes “said”, but not for hospitals or passive uses', () => {
  const text = 'The mayor admitted the budget was late.';
  assert.equal(fixed(RULE, text), 'The mayor said the budget was late.');
  assert.deepEqual(flagged(RULE, 'He admitted to the hospital staff that he fell. She was admitted to Yale in 2001.'), []);
  assert.deepEqual(flagged(RULE, 'The hospital admitted 143 children last month and has admitted more babies than ever. Nearly two-thirds of those admitted were infants.'), []);
});

test('“claimed” reporting speech becomes “said”; claiming a title, lives or victory is literal, and “claims” the noun is left alone', () => {
  const text = 'Mayor Linda Carter claimed the savings would pay for responders. Smith claims that the vote was rigged. He claimed, without evidence, that it was stolen.';
  assert.deepEqual(flagged(RULE, text), ['claimed', 'claims', 'claimed']);
  assert.equal(fixed(RULE, text), 'Mayor Linda Carter said the savings would pay for responders. Smith says that the vote was rigged. He said, without evidence, that it was stolen.');
  const literal = 'She claimed the title in 2019. The fire claimed three lives. His claims that the vote was rigged were false. Insurance claims rose. The land was claimed by the state.';
  assert.deepEqual(flagged(RULE, literal), []);
});

test('“admitted” attributing a quote is left to attribution-verb: one finding, not two', () => {
  const text = '“It was a mistake,” Jones admitted. Later the mayor admitted the budget was late.';
  assert.deepEqual(flagged(RULE, text), ['admitted']);
  assert.equal(findings(RULE, text)[0].start, text.lastIndexOf('admitted'));
  assert.deepEqual(flagged('attribution-verb', text), ['admitted']);
});

test('literal slams and blasts are not loaded', () => {
  assert.deepEqual(flagged(RULE, 'The car slammed into a wall. She slammed the door. The rocket blasted off at noon.'), []);
});

test('“finally” is deleted mid-sentence, but a sentence-opening “Finally,” is a list marker', () => {
  const text = 'Lucasfilm will finally give fans the original cuts. Finally, the deal closed.';
  assert.deepEqual(flagged(RULE, text), ['finally']);
  assert.equal(fixed(RULE, text), 'Lucasfilm will give fans the original cuts. Finally, the deal closed.');
});

test('adjectives without a neutral swap are flagged with no fix', () => {
  const [finding] = findings(RULE, 'It was a shocking result for the heroic team.');
  assert.deepEqual(finding.fixes, []);
  assert.equal(finding.message, '“shocking” editorializes: describe what happened and let readers judge.');
  assert.deepEqual(flagged(RULE, 'It was a shocking result for the heroic team.'), ['shocking', 'heroic']);
});

test('“so-called” is AP usage unless quotation marks repeat the sneer', () => {
  assert.deepEqual(flagged(RULE, 'The patents sit in the so-called Excalibur portfolio.'), []);
  assert.deepEqual(flagged(RULE, 'The so-called “experts” were absent.'), ['so-called']);
  assert.deepEqual(flagged(RULE, 'The so-called "experts" were absent.'), ['so-called']);
});

test('loaded words inside quotations are the speaker’s', () => {
  const text = '“It was an unprovoked, brutal and shocking invasion, and we finally slammed the door on talks,” Kirby said.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('offsets survive emoji and CRLF', () => {
  const text = 'Vote 🗳️\r\n\r\nThe 🗳️ board blasted the plan.\r\n';
  assert.deepEqual(flagged(RULE, text), ['blasted']);
  assert.equal(fixed(RULE, text), 'Vote 🗳️\r\n\r\nThe 🗳️ board criticized the plan.\r\n');
});

test('weather, vehicles and weapons slam and blast literally', () => {
  assert.deepEqual(flagged(RULE, 'A powerful storm slammed the Gulf Coast on Monday.'), []);
  assert.deepEqual(flagged(RULE, 'Hurricane winds blasted the pier overnight.'), []);
  assert.deepEqual(flagged(RULE, 'The senator slammed the storm response on Monday.'), ['slammed']);
  assert.deepEqual(flagged(RULE, 'Crews blasted water at the tower for three hours. Neighbors blasted their horns.'), []);
  assert.deepEqual(flagged(RULE, 'The union blasted the mayor’s plan.'), ['blasted']);
});

test('a press release’s adjectives in the reporter’s voice are flagged; a groundbreaking ceremony is not', () => {
  const text = 'The cutting-edge robots rely on a world-class team and a state-of-the-art lab. The groundbreaking ceremony is Monday.\n\n“Our world-class team built it,” Nair said.';
  assert.deepEqual(flagged(RULE, text), ['cutting-edge', 'world-class', 'state-of-the-art']);
});

test('“admitted” as let in, of an admissions office: “admitted a higher share of early applicants”', () => {
  assert.deepEqual(flagged(RULE, 'Deans said they admitted a higher share of early applicants this year.'), []);
});

test('a review’s or a column’s judgments are its writer’s', () => {
  const review = '# Review: A restless Doll’s House\n\nKrogstad, the disgraced clerk, waits. The door finally closes with a shocking crash.';
  assert.deepEqual(flagged(RULE, review, 'markdown'), []);
  assert.deepEqual(flagged(RULE, review.replace('Review: ', ''), 'markdown'), ['disgraced', 'finally', 'shocking']);
});

test('doors slam: “slamming the same door”, “the door slams”', () => {
  assert.deepEqual(flagged(RULE, 'Nora has been slamming the same door for 150 years, and the door slams so loudly. The senator slammed the bill.'), ['slammed']);
});

test('claims as a noun: “gang-related claims that qualify”, “the kinds of family claims”', () => {
  assert.deepEqual(flagged(RULE, 'Courts have narrowed the kinds of family and gang-related claims that qualify. Asylum claims that fail go to appeal.'), []);
});

test('claims after a preposition are a noun: “based on claims they had seen online”', () => {
  assert.deepEqual(flagged(RULE, 'Parents refused the shots, often based on claims they had seen online.'), []);
});
