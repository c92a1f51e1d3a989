import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, fixed, flagged } from '../../../../test/support/rules';

const RULE = 'attribution-verb';

test('“said” and “says” pass', () => {
  assert.deepEqual(flagged(RULE, '“We will stay,” Kirby said. “It is done,” says Ruiz.'), []);
});

test('a loaded verb attributing a quote becomes “said”', () => {
  const text = '“The vote was rigged,” Smith claimed.';
  const [finding] = findings(RULE, text);
  assert.equal(text.slice(finding.start, finding.end), 'claimed');
  assert.match(finding.message, /expected “said”/);
  assert.equal(fixed(RULE, text), '“The vote was rigged,” Smith said.');
});

test('a one-word answer with its comma inside the marks is a quote its verb attributes: “Some,” he admitted.', () => {
  const text = '“Do you worry about the price of bait?” Kayla asked.\n\n“Some,” he admitted.';
  assert.deepEqual(flagged(RULE, text), ['admitted']);
  assert.deepEqual(findings('language-loaded', text), []);
});

test('“revealed” tells the reader the quote was a secret: it becomes “said”; a paraphrase it reports is left alone', () => {
  const text = '“It’s not about the money,” she revealed.';
  assert.deepEqual(flagged(RULE, text), ['revealed']);
  assert.equal(fixed(RULE, text), '“It’s not about the money,” she said.');
  assert.deepEqual(flagged(RULE, 'The audit revealed that $2 million was missing.'), []);
});

test('the tense is kept: claims → says, admitting → saying', () => {
  assert.equal(fixed(RULE, '“It was a mistake,” Lee admits.'), '“It was a mistake,” Lee says.');
  assert.equal(fixed(RULE, 'Emery retweeted it, admitting, “I was wrong about this.”'), 'Emery retweeted it, saying, “I was wrong about this.”');
});

test('inverted and capitalized verbs keep their place and case', () => {
  assert.equal(fixed(RULE, '“We are done,” insisted Ruiz.'), '“We are done,” said Ruiz.');
  assert.equal(fixed(RULE, 'Stated Ruiz: “We are done here.”'), 'Said Ruiz: “We are done here.”');
});

test('a loaded verb that attributes a paraphrase, not a quote, is left alone (reference article)', () => {
  const text = 'Kirby insisted that Moscow still has an opportunity to end the war, and he urged leaders to “negotiate in good faith” with Kyiv.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('a document “states” its text: no finding (cnn)', () => {
  assert.deepEqual(flagged(RULE, 'As the report states: "The birth lottery matters more in the U.S."'), []);
});

test('“state” before a title or officials who speak is an adjective: no finding, and no fix that says “say … said”', () => {
  assert.deepEqual(flagged(RULE, '“It says a great deal about our workforce,” state Commerce Secretary Alan Pruitt said in the release.'), []);
  assert.deepEqual(flagged(RULE, '“The roads are closed,” state transportation officials said Monday.'), []);
  assert.deepEqual(flagged(RULE, '“We reject the ruling,” the group states.'), ['states']);
});

test('a cue word used as a noun is not the verb: “the state would” under “said”', () => {
  assert.deepEqual(flagged(RULE, 'The governor said the state would “do whatever it takes” to help.'), []);
  assert.deepEqual(flagged(RULE, 'Officials said the claims were “entirely false and defamatory.”'), []);
  assert.deepEqual(flagged(RULE, 'The governor stated the state would “do whatever it takes” to help.'), ['stated']);
  // With no other cue, the noun attributes nothing, and a capital inside a sentence is part of a name.
  assert.deepEqual(flagged(RULE, 'The court upheld the ban, ruling that the state had not shown the restriction fits the nation’s “historical tradition of firearm regulation.”'), []);
  assert.deepEqual(flagged(RULE, 'The justices cited New York State Rifle & Pistol Association v. Bruen, which set the “history and tradition” test.'), []);
});

test('a scare quote near a loaded verb is not its object (breitbart)', () => {
  assert.deepEqual(flagged(RULE, 'The magazine claimed we now live in a “post-truth” society.'), []);
});

test('offsets are right past emoji and CRLF', () => {
  const text = 'Fans 🎉\r\n\r\n“It is over 🙂,” Lee laughed.';
  assert.equal(fixed(RULE, text), 'Fans 🎉\r\n\r\n“It is over 🙂,” Lee said.');
});

test('words are not grinned, snorted, hissed or shrugged, and “conceded” says the speaker gave ground', () => {
  const text = '“It was my fault,” the coach conceded. “Get out,” he hissed. “Who knows,” Lee shrugged.';
  assert.deepEqual(flagged(RULE, text), ['conceded', 'hissed', 'shrugged']);
  assert.equal(fixed(RULE, text), '“It was my fault,” the coach said. “Get out,” he said. “Who knows,” Lee said.');
  assert.deepEqual(flagged(RULE, 'The senator conceded the race on Wednesday. Lee shrugged off the loss.'), []);
});

test('a progressive in a relative clause describes someone: “the girl who is boasting”', () => {
  const text = 'When she tells Kristine that she has been paying off a loan, “by copying, late at night,” Chandrasekhar lets us see the girl who is boasting.';
  assert.deepEqual(flagged(RULE, text), []);
});
