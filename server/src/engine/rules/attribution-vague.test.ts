import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, flagged } from '../../../../test/support/rules';

const RULE = 'attribution-vague';

test('weasel attributions are flagged', () => {
  assert.deepEqual(flagged(RULE, 'Critics say the plan favors developers.'), ['Critics say']);
  assert.deepEqual(flagged(RULE, 'Experts agree the bridge is unsafe.'), ['Experts agree']);
  assert.deepEqual(flagged(RULE, 'Many believe the vote was rigged.'), ['Many believe']);
  assert.deepEqual(flagged(RULE, 'It is widely believed that the mayor will resign.'), ['It is widely believed']);
  assert.deepEqual(flagged(RULE, 'Studies show that early exposure prevents allergies.'), ['Studies show']);
  assert.deepEqual(flagged(RULE, 'Observers note that turnout was low.'), ['Observers note']);
  assert.deepEqual(flagged(RULE, 'It has been said that the club is for sale.'), ['It has been said']);
  assert.deepEqual(flagged(RULE, 'The company reportedly plans layoffs.'), ['reportedly']);
  assert.deepEqual(flagged(RULE, 'A number of experts have challenged the idea.'), ['A number of experts have challenged']);
  assert.deepEqual(flagged(RULE, 'Its Siri assistant is widely seen as lagging behind ChatGPT.'), ['widely seen']);
  assert.deepEqual(flagged(RULE, 'Critics of the city’s fire inspection program have long argued that old buildings are checked too rarely.'), ['Critics of the city’s fire inspection program have long argued']);
});

test('a crowd’s belief asserted: “Many residents believe”, “most voters think”; residents who said something are reported', () => {
  assert.deepEqual(flagged(RULE, 'Many residents believe the plan will fail.'), ['Many residents believe']);
  // “Others” after people the story interviewed are more of them; after a faceless “some”, no one.
  assert.deepEqual(flagged(RULE, 'Some residents say the city is moving too slowly. Others say a wall would cut the town off from its harbor.'), []);
  assert.deepEqual(flagged(RULE, 'Some say the wall is too costly. Others say it would cut the town off, while others say it is too late.'), ['Some say', 'Others say', 'others say']);
  assert.deepEqual(flagged(RULE, 'Most longtime voters think the race is over.'), ['Most longtime voters think']);
  assert.deepEqual(flagged(RULE, 'Several residents said the plan would fail. The residents believe it will.'), []);
});

test('concern nobody owns is a weasel attribution; concern raised by someone is not', () => {
  assert.deepEqual(flagged(RULE, 'There is growing concern that the bridge is unsafe. Questions have been raised about the contract.'), ['There is growing concern', 'Questions have been raised']);
  assert.deepEqual(flagged(RULE, 'Concerns have been raised by the state auditor. There is concern in the room.'), []);
});

test('the finding is a warning that asks for a name', () => {
  const [finding] = findings(RULE, 'Some say the river is rising.');
  assert.equal(finding.severity, 'warning');
  assert.equal(finding.message, '“Some say” does not say who: name the source.');
});

test('“said” itself is never a hedge, and particular people are not a crowd', () => {
  const text = 'The minister said the plan works. The researchers say the results are solid. Two analysts said prices would rise. Critics of the plan met on Monday.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('“say” as a noun and passive narration are not attribution', () => {
  const text = 'Residents want to have some say in the plan. It was held in Paris last year. It is known as the Excalibur portfolio.';
  assert.deepEqual(flagged(RULE, text), []);
  assert.deepEqual(flagged(RULE, 'It is widely known that the mayor drinks.'), ['It is widely known that']);
});

test('a link on the phrase, or “according to” in the sentence, names the source', () => {
  assert.deepEqual(flagged(RULE, 'Drivers are [reportedly underpaid](https://example.com/report).', 'markdown'), []);
  assert.deepEqual(flagged(RULE, 'It’s reportedly [celebrating the law](https://example.com/a), for example.', 'markdown'), []);
  assert.deepEqual(flagged(RULE, 'According to fan site [MakingStarWars.net](https://example.com), rumors abound that a release is coming.', 'markdown'), []);
});

test('a link elsewhere in the sentence does not excuse it', () => {
  assert.deepEqual(flagged(RULE, 'Experts say children develop [food allergies](https://example.com/allergy) early.', 'markdown'), ['Experts say']);
});

test('weasel words inside quotations are the speaker’s', () => {
  assert.deepEqual(flagged(RULE, '“Critics say we are slow, and studies show we are not,” the mayor said.'), []);
  assert.deepEqual(flagged(RULE, 'She was defiant: "Experts agree with me."'), []);
});

test('offsets survive emoji and CRLF', () => {
  const text = 'Update 🚧\r\n\r\nThe 🚧 bridge, critics say, is unsafe.';
  assert.deepEqual(flagged(RULE, text), ['critics say']);
});

test('a crowd the paragraph goes on to name one of is that example’s', () => {
  const named = 'Some economists worry that the Fed is waiting too long. “The risk now is that they overstay,” said Diane Swonk, chief economist at KPMG.';
  assert.deepEqual(flagged(RULE, named), []);
  assert.deepEqual(flagged(RULE, 'Analysts say the deal is risky, among them Wedbush analyst Dan Ives.'), []);
  assert.deepEqual(flagged(RULE, 'Some economists worry that the Fed is waiting too long. “The risk now is that they overstay,” said Diane Swonk, who runs a bakery.'), ['economists worry']);
  assert.deepEqual(flagged(RULE, 'Critics say the plan favors developers. Mayor Ana Ruiz, an economist, disagrees.'), ['Critics say']);
});

test('a crowd one of the next two paragraphs names is that example’s', () => {
  const backed = 'Analysts say the merger will draw scrutiny from regulators.\n\nThe deal closes in June.\n\n“They will look hard at this,” said Dan Ives, an analyst at Wedbush Securities.';
  assert.deepEqual(flagged(RULE, backed), []);
  const tooFar = 'Analysts say the merger will draw scrutiny.\n\nThe deal closes in June.\n\nIt needs a vote.\n\n“They will look,” said Dan Ives, an analyst at Wedbush.';
  assert.deepEqual(flagged(RULE, tooFar), ['Analysts say']);
  const otherCrowd = 'Critics say the merger will draw scrutiny.\n\n“They will look,” said Dan Ives, an analyst at Wedbush.';
  assert.deepEqual(flagged(RULE, otherCrowd), ['Critics say']);
});

test('concerns raised by a crowd are nobody’s', () => {
  assert.deepEqual(flagged(RULE, 'Critics have raised concerns about robots crowding sidewalks.'), ['Critics have raised concerns']);
  assert.deepEqual(flagged(RULE, 'The two critics raised concerns at the meeting.'), []);
});

test('a headline or subhead signposts the sourcing the story gives', () => {
  assert.deepEqual(flagged(RULE, '# Walks\n\n## What the studies found\n\nA trial in Sports Medicine found walks help.', 'markdown'), []);
});

test('a crowd led by someone named is not faceless: “Okonkwo and other scientists say”', () => {
  assert.deepEqual(flagged(RULE, 'Okonkwo and other scientists say the main suspect is heat.'), []);
  assert.deepEqual(flagged(RULE, 'Other scientists say the main suspect is heat.'), ['scientists say']);
});

test('reports the story has named are no weasel: “the reports show”', () => {
  assert.deepEqual(flagged(RULE, 'State inspection reports cite 14 falls. A patient broke her hip after waiting 40 minutes, the reports show.'), []);
  assert.deepEqual(flagged(RULE, 'Reports show the patient waited 40 minutes.'), ['Reports show']);
});

test('a crowd’s view a named speaker reports in the same sentence is theirs', () => {
  assert.deepEqual(flagged(RULE, 'Scientists think the asteroid may be a fragment of an iron core, Reyes-Okoro said.'), []);
  assert.deepEqual(flagged(RULE, 'Experts agree the bridge is safe, said Dr. Ana Ruiz, who led the review.'), []);
  assert.deepEqual(flagged(RULE, 'Scientists think the asteroid is iron, and the mission will tell, officials said.'), ['Scientists think']);
});

test('“polls show” in a lede, with the poll named in the next paragraph, is sourced', () => {
  const text = 'The race, which public polls show has narrowed to a near tie, ends Tuesday.\n\nA Marist poll released Monday had the two candidates within a point.';
  assert.deepEqual(flagged(RULE, text), []);
  assert.deepEqual(flagged(RULE, 'The race, which public polls show has narrowed, ends Tuesday.\n\nThe candidates spoke Monday.'), ['polls show']);
});
