import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildArticle } from '../model/build';
import { lint } from '../linter';
import { sourcesOf } from './sources';

const REFERENCE = readFileSync('seeds/000_d99372c84347be6b.txt', 'utf8');

test('reference article: John Kirby with all his quotes, the multi-paragraph one included', () => {
  const { speakers, unattributed } = sourcesOf(buildArticle(REFERENCE, 'plaintext'));
  const kirby = speakers.find((speaker) => speaker.name === 'John Kirby');
  assert.ok(kirby);
  assert.equal(kirby.description, 'Defense Department spokesman');
  const texts = kirby.quotations.map((q) => q.text);
  assert.ok(texts.some((text) => text.startsWith('Nobody should be fooling ourselves')));
  assert.ok(texts.some((text) => text.startsWith('The war could end today')));
  const multi = kirby.quotations.find((q) => q.text.includes('failed to take and hold any major population centers.'));
  assert.ok(multi);
  assert.ok(multi.text.includes('It’s hard to see how they are succeeding'));
  assert.ok(REFERENCE.slice(multi.start, multi.end).endsWith('the civilian population,”'));
  assert.equal(kirby.quotations.length, 16);
  assert.deepEqual(unattributed.map((q) => q.text), ['drastically reduce']);
});

test('reference article: the Russian deputy defense minister’s pledge', () => {
  const { speakers } = sourcesOf(buildArticle(REFERENCE, 'plaintext'));
  const minister = speakers.find((speaker) => /deputy defense minister/.test(speaker.name));
  assert.ok(minister);
  assert.equal(minister.quotations[0].text, 'fundamentally ... cut back military activity in the direction of Kyiv and Chernihiv');
  assert.equal(minister.quotations.length, 2);
});

test('reference article: no quotation rule fires', () => {
  const quoteRules = new Set(['quote-unbalanced', 'quote-unattributed', 'quote-punctuation', 'attribution-verb']);
  assert.deepEqual(lint(REFERENCE, 'plaintext').findings.filter((f) => quoteRules.has(f.rule)), []);
});

test('speakers are grouped by surname, the pronoun resolved, titles and scare quotes left out', () => {
  const text = 'Mayor Ana Ruiz said the “Big Dig” was over. “We will stay,” Ruiz said.\n\n“We will rebuild,” she said.\n\n“Never again,” said Tom Lee.';
  const sources = sourcesOf(buildArticle(text, 'plaintext'));
  assert.deepEqual(JSON.parse(JSON.stringify(sources)), sources);
  assert.deepEqual(sources.speakers.map((s) => [s.name, s.quotations.map((q) => text.slice(q.start, q.end))]), [
    ['Ana Ruiz', ['“We will stay,”', '“We will rebuild,”']],
    ['Tom Lee', ['“Never again,”']],
  ]);
});

test('quotations nobody is named for are listed as unattributed', () => {
  const sources = sourcesOf(buildArticle('The plant closed.\n\n“Nobody saw it coming.”', 'plaintext'));
  assert.deepEqual(sources.speakers, []);
  assert.deepEqual(sources.unattributed.map((q) => q.text), ['Nobody saw it coming.']);
});

test('a clause set off after the subject says something about it: the subject is the speaker', () => {
  const text = [
    'Jane Doe, who was there, said: “We won the game.”',
    'The mayor, speaking at City Hall, said: “We will rebuild.”',
    'Rep. Marjorie Taylor Greene, R-Ga., who has threatened to oust Johnson, said: “It is a betrayal.”',
    'John Kirby, a Pentagon spokesman, said: “The strikes continue.”',
  ].join('\n\n');
  const { speakers } = sourcesOf(buildArticle(text, 'markdown'));
  assert.deepEqual(speakers.map((speaker) => speaker.name), ['Jane Doe', 'mayor', 'Rep. Marjorie Taylor Greene', 'John Kirby']);
});

test('two people sharing a surname are told apart by the full name an attribution writes; “she” goes to the one last named', () => {
  const text = 'Gina Lombardi, who owns the bakery with her sister, said sales were up.\n\n“We had our best December,” Lombardi said.\n\nHer sister, Donna Lombardi, disagreed. “It was fine,” Donna Lombardi said.\n\n“Just fine,” she said.\n\n“We will see,” Mayor Gina Lombardi said.';
  const { speakers } = sourcesOf(buildArticle(text, 'plaintext'));
  assert.deepEqual(speakers.map((speaker) => [speaker.name, speaker.quotations.map((quotation) => quotation.text)]), [
    ['Gina Lombardi', ['We had our best December,', 'We will see,']],
    ['Donna Lombardi', ['It was fine,', 'Just fine,']],
  ]);
});

test('a description goes with its own name, not with another of the surname', () => {
  const text = 'Samuel Adeyemi, who trained as a baker in Lagos, Nigeria, before moving to Riverton in 1979, said he was “ready to rest.”\n\nTheir oldest, David Adeyemi, now a high school teacher in Chicago, said he did his homework on a flour sack.';
  const { speakers } = sourcesOf(buildArticle(text, 'plaintext'));
  assert.deepEqual(speakers.map((speaker) => [speaker.name, speaker.description]), [['Samuel Adeyemi', undefined]]);
});

test('“she said” stands for the last woman named, “he said” for the last man: by title or given name', () => {
  const text = [
    'Maria Delgado, who chairs the transit committee, opened the hearing. Councilman Robert Hayes sat beside her.',
    '“We cannot keep asking riders to wait 40 minutes,” she said.',
    'Hayes disagreed. “The lanes will choke the business district,” he said.',
    'Delgado pressed on. Jordan Pike, a rider, listened.',
    '“We only need the votes,” she said.',
  ].join('\n\n');
  const quotes = Object.fromEntries(sourcesOf(buildArticle(text, 'markdown')).speakers.map((speaker) => [speaker.name, speaker.quotations.map((q) => q.text)]));
  assert.deepEqual(quotes, {
    'Maria Delgado': ['We cannot keep asking riders to wait 40 minutes,'],
    'Robert Hayes': ['The lanes will choke the business district,'],
    // Jordan may be a “she”: the last person named is the reader's guess.
    'Jordan Pike': ['We only need the votes,'],
  });
});

test('an age set off after the name is no speaker, and “the Rev.” is a title, before the verb or after it', () => {
  const text = [
    '“I thought our building would hold,” said Olena Savchenko, 52, who lives on the fifth floor.',
    'Margaret Ainsworth, 74, who has used the library since 1962, said it was “far more than books.”',
    '“We stay,” the Rev. Martha Greer said. “We go,” said the Rev. Tom Hale.',
  ].join('\n\n');
  const speakers = sourcesOf(buildArticle(text, 'markdown')).speakers.map((speaker) => [speaker.name, speaker.description, speaker.quotations.length]);
  assert.deepEqual(speakers, [
    ['Olena Savchenko', undefined, 1],
    ['Margaret Ainsworth', undefined, 1],
    ['Rev. Martha Greer', undefined, 1],
    ['Rev. Tom Hale', undefined, 1],
  ]);
});

test('a quote after “said on a conference call” or “said after the results were announced” is the same speaker’s', () => {
  const text = [
    '“Scale matters,” Janet Coleman said on a conference call with analysts. “We are competing against giants.”',
    '“Nobody wants a strike,” Cody Marsh said after the results were announced at the union hall. “But they are tired.”',
    '“The missile hit the stairwell,” Mykola Hrytsenko said in a video posted on Telegram. “Our rescuers are working by hand.”',
  ].join('\n\n');
  const speakers = sourcesOf(buildArticle(text, 'markdown')).speakers.map((speaker) => [speaker.name, speaker.quotations.length]);
  assert.deepEqual(speakers, [['Janet Coleman', 2], ['Cody Marsh', 2], ['Mykola Hrytsenko', 2]]);
});

test('speakers in long subjects: a figure’s comma, a count of people, the sentence’s first verb, an opening phrase', () => {
  const text = [
    'The union, which represents about 18,000 employees at the two chains, said it would “closely examine” the deal.',
    'In a letter to Secretary of State Daniel Whitford, 14 senators wrote that “any interim deal rewards defiance.”',
    'In Tehran, spokesman Reza Nouri said Iran would take part “in good faith” and accused Washington of stalling.',
    'The college’s president, Miguel Ferreira, introduced Singh as “the alumna we invite when we want phones down.”',
    'The district learns in May how much state aid it will receive.',
    'At a shelter in a Moore church gym, Teresa Gomez, 41, sat on a cot with her sons. The utility’s statement came later.',
    '“We heard the trees cracking all night,” she said.',
  ].join('\n\n');
  const speakers = Object.fromEntries(sourcesOf(buildArticle(text, 'markdown')).speakers.map((speaker) => [speaker.name, speaker.quotations.map((q) => q.text)]));
  assert.deepEqual(speakers, {
    union: ['closely examine'],
    '14 senators': ['any interim deal rewards defiance.'],
    'Reza Nouri': ['in good faith'],
    'Miguel Ferreira': ['the alumna we invite when we want phones down.'],
    'Teresa Gomez': ['We heard the trees cracking all night,'],
  });
});

test('“she said” for one of two people sharing a surname is the one last named in full', () => {
  const text = [
    '“Forty-one years we’ve been here,” Ron Gaines said.',
    'Patty Gaines said she planned to stay.',
    '“Where else would I go?” she said.',
  ].join('\n\n');
  const speakers = sourcesOf(buildArticle(text, 'markdown')).speakers.map((speaker) => [speaker.name, speaker.quotations.map((q) => q.text)]);
  assert.deepEqual(speakers, [['Ron Gaines', ['Forty-one years we’ve been here,']], ['Patty Gaines', ['Where else would I go?']]]);
});
