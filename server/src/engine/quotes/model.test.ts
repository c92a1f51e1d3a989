import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArticle } from '../model/build';
import { Linter } from '../linter';
import { quotedSpans, isQuoted } from '../model/quoted';
import type { Language } from '../types';
import { quotationsOf } from './model';
import { paragraphQuotes } from './paragraph';

function model(text: string, language: Language = 'plaintext') {
  const article = buildArticle(text, language);
  return { article, quotations: quotationsOf(article).quotations, speakers: quotationsOf(article).speakers };
}

const said = (text: string) => model(text).quotations.map((q) => ({ text: q.text, kind: q.kind, speaker: q.attribution?.speaker ?? null }));

test('a full-sentence quote with its speaker', () => {
  assert.deepEqual(said('“We will stay,” Mayor Ana Ruiz said.'), [{ text: 'We will stay,', kind: 'speech', speaker: 'ruiz' }]);
});

test('inverted attribution: said Kirby', () => {
  assert.deepEqual(said('“We will stay,” said Kirby.'), [{ text: 'We will stay,', kind: 'speech', speaker: 'kirby' }]);
});

test('inverted attribution with a description first: said her neighbor, Tom Riggs', () => {
  const speakers = [
    '“We left,” said her neighbor, Tom Riggs.',
    '“We left,” said the mayor, Dan Fuller.',
    '“We left,” said company spokeswoman Karen Holt.',
    '“We left,” said Smith’s lawyer, Jane Doe.',
    '“We left,” said Fuller’s wife.',
    '“We left,” said on Tuesday Dan Fuller.',
    '“We followed every rule,” said developer Aaron Pike.',
    '“It was fine,” said longtime resident Mary Jones.',
    '“He lied,” said of Maria Lopez.',
  ].map((text) => said(text)[0].speaker);
  assert.deepEqual(speakers, ['riggs', 'fuller', 'holt', 'doe', null, null, 'pike', 'jones', null]);
});

test('a quote interrupted by its attribution is one quotation', () => {
  const { quotations } = model('“We will stay,” she said, “until it is done.”');
  assert.equal(quotations.length, 1);
  assert.equal(quotations[0].parts.length, 2);
  assert.equal(quotations[0].text, 'We will stay, until it is done.');
});

test('two quoted sentences around “she said.” stay two quotations', () => {
  assert.equal(model('“We will stay,” she said. “Until it is done.”').quotations.length, 2);
});

test('a multi-paragraph quote is one quotation, attributed at its end', () => {
  const text = 'Not only has Russia “failed to take Kyiv,” Kirby said, “they’ve failed to hold any city.\n\n“It’s hard to see how they are succeeding,” he said.';
  const { quotations } = model(text);
  assert.equal(quotations.length, 1);
  assert.equal(quotations[0].unclosed, false);
  assert.equal(quotations[0].attribution?.speaker, 'kirby');
  assert.equal(text.slice(quotations[0].end - 3, quotations[0].end), 'g,”');
});

test('an open quote not followed by an opening mark is unclosed', () => {
  const { quotations } = model('“We will stay, she said.\n\nThe council voted on Monday.');
  assert.equal(quotations[0].unclosed, true);
});

test('titles, nicknames and scare quotes are not speech', () => {
  const kinds = said('Beloved cult hit “Rez Infinite” returns, and “Thumper” is a “violent” ride in the “sharing economy.”').map((q) => q.kind);
  assert.deepEqual(kinds, ['not-speech', 'not-speech', 'not-speech', 'not-speech']);
});

test('a phrase with a reporting cue in its sentence is a partial quote', () => {
  assert.deepEqual(said('Russia’s deputy defense minister pledged to “cut back military activity.”'), [
    { text: 'cut back military activity.', kind: 'partial', speaker: 'phrase:russia’s deputy defense minister' },
  ]);
});

test('a speech verb inside the quote does not attribute it', () => {
  assert.equal(model('“He said he would come, and he never did.”').quotations[0].attribution, undefined);
});

test('a floating quote takes the speaker of the paragraph before', () => {
  const { quotations } = model('“We will stay,” Kirby said.\n\n“There are still bombs falling.”');
  assert.equal(quotations[1].attribution?.speaker, 'kirby');
  assert.equal(quotations[1].attribution?.where, 'previous-paragraph');
});

test('a block quote is attributed by the paragraph before it', () => {
  const { quotations } = model('A key approach is patience, Zuckerberg said at the trial.\n\n> I’ve been building relationships for years.', 'markdown');
  assert.equal(quotations[0].kind, 'speech');
  assert.equal(quotations[0].attribution?.speaker, 'zuckerberg');
});

test('a block quote is attributed by a byline line after it', () => {
  const { quotations, speakers } = model('The study was small.\n\n> "Awareness follows the decision."\n>\n> Michael Shadlen, Ph.D.', 'markdown');
  assert.equal(quotations.length, 1);
  assert.equal(quotations[0].attribution?.where, 'byline');
  assert.equal(speakers.get(quotations[0].attribution?.speaker ?? '')?.name, 'Michael Shadlen');
});

test('a quote repeating an attributed one belongs to the same speaker', () => {
  const text = 'Uber tweeted: “Fares have increased to encourage more drivers to come online.”\n\nThat is the point.\n\n*“… Fares have increased to encourage more drivers to come online.”*';
  const { quotations } = model(text.replace(/\*/g, ''), 'markdown');
  assert.equal(quotations[1].attribution?.speaker, 'uber');
});

test('quotedSpans covers quotes of every kind and never apostrophes', () => {
  const text = 'The team’s “Rez” review: “It’s great,” she said of the ’90s game.';
  const paragraph = buildArticle(text, 'plaintext').paragraphs[0];
  assert.deepEqual(quotedSpans(paragraph).map((span) => text.slice(span.start, span.end)), ['“Rez”', '“It’s great,”']);
  assert.equal(isQuoted(paragraph, text.indexOf('great')), true);
  assert.equal(isQuoted(paragraph, text.indexOf('team')), false);
});

test('per-paragraph analysis is memoized by the paragraph’s syntax tree', () => {
  const [paragraph] = buildArticle('“One,” she said.', 'plaintext').paragraphs;
  const moved = { ...paragraph, start: paragraph.start + 40 };
  assert.equal(paragraphQuotes(moved, []), paragraphQuotes(paragraph, []));
  assert.notEqual(paragraphQuotes(buildArticle('“One,” she said.', 'plaintext').paragraphs[0], []), paragraphQuotes(paragraph, []));
});

test('an appositive after the name: the name is the speaker, the appositive its description', () => {
  const { quotations, speakers } = model('“We are done,” John Kirby, press secretary for the Pentagon, said on Tuesday.');
  const speaker = speakers.get(quotations[0].attribution?.speaker ?? '');
  assert.equal(speaker?.name, 'John Kirby');
  assert.equal(speaker?.description, 'press secretary for the Pentagon');
});

test('a job title before the name goes to the description', () => {
  const { quotations, speakers } = model('Facebook CEO Mark Zuckerberg said, “We move fast.”');
  assert.deepEqual(speakers.get(quotations[0].attribution?.speaker ?? ''), { key: 'zuckerberg', name: 'Mark Zuckerberg', description: 'Facebook CEO' });
});

test('a later, fuller reference names the speaker: Dr. Shadlen, then Michael Shadlen', () => {
  const text = '“The moment was subjective,” Dr. Shadlen says.\n\n> "Awareness follows the decision."\n>\n> Michael Shadlen, Ph.D.';
  const { speakers } = model(text, 'markdown');
  assert.deepEqual(speakers.list().map((speaker) => speaker.name), ['Michael Shadlen']);
});

test('British single-mark quotes run over paragraphs the same way', () => {
  const text = '‘We will stay,’ she said, ‘until every house is rebuilt.\n\n‘Then we will go home,’ she said.';
  const { quotations } = model(text);
  assert.equal(quotations.length, 1);
  assert.equal(quotations[0].unclosed, false);
});

test('a full sentence right after its verb is speech, not a partial quote', () => {
  assert.deepEqual(said('She said “We will win the final.”').map((q) => q.kind), ['speech']);
});

test('an edit to the paragraph a floating quote leans on is not skipped when the pass catches up after it', () => {
  // Sixteen paragraphs: the pass keeps checkpoints every four, and one falls on the quote.
  const filler = Array.from({ length: 7 }, (_, i) => `The council met on day ${i}.`);
  const draft = (ending: string) => [...filler, `Here is the text${ending}`, '“We will appeal.”', ...filler.slice(0, 7)].join('\n\n');
  const linter = new Linter();
  linter.lint(draft(':'), 'plaintext');
  for (const ending of ['.', ':']) {
    const kept = quotationsOf(linter.lint(draft(ending), 'plaintext').article).quotations;
    assert.deepEqual(kept, quotationsOf(buildArticle(draft(ending), 'plaintext')).quotations);
  }
  assert.equal(quotationsOf(buildArticle(draft(':'), 'plaintext')).quotations[0].attribution?.where, 'previous-paragraph');
  assert.equal(quotationsOf(buildArticle(draft('.'), 'plaintext')).quotations[0].attribution, undefined);
});

test('after a paragraph is typed in, the pass catches up with the last one, and a later edit resumes from its moved checkpoints', () => {
  // Sixteen paragraphs, checkpoints every four; a quote at 6 is given to the speaker the opener at 7 names.
  const filler = (i: number) => `The council met on day ${i}.`;
  const paragraphs = Array.from({ length: 16 }, (_, i) => filler(i));
  paragraphs[6] = '“We will appeal.”';
  paragraphs[7] = 'That’s what Ruiz told reporters.';
  const inserted = [paragraphs[0], 'A new paragraph.', ...paragraphs.slice(1)];
  const edited = inserted.map((text, i) => (i === 11 ? 'The council met on day ten, late.' : text));
  const linter = new Linter();
  for (const draft of [paragraphs, inserted, edited]) {
    const text = draft.join('\n\n');
    const kept = quotationsOf(linter.lint(text, 'plaintext').article);
    const fresh = quotationsOf(buildArticle(text, 'plaintext'));
    assert.deepEqual(kept.quotations, fresh.quotations);
    assert.equal(kept.quotations[0].attribution?.speaker, 'ruiz');
  }
});

test('a quote lede is the speaker’s whose title holds a lowercase job word (“Council member Rosa Delgado delivered that warning”)', () => {
  const lede = '“We are not going to balance this budget on the backs of kids.”\n\nCouncil member Rosa Delgado delivered that warning shortly before midnight Tuesday.';
  assert.deepEqual(said(lede).map((quotation) => quotation.speaker), ['delgado']);
});

test('a figure’s period before a capital ends the sentence before a speaker: “takes effect July 1. Hendricks said”', () => {
  const { speakers } = model('The budget takes effect July 1. Hendricks said the city’s “structural gap” would last.');
  assert.deepEqual(speakers.list().map((speaker) => [speaker.name, speaker.description]), [['Hendricks', undefined]]);
});

test('a possessive credit before a colon names the speaker: the possessor', () => {
  const { quotations } = model('Ortiz’s message to the owner was simple: “Come back with a better offer.”');
  assert.equal(quotations[0].attribution?.verb, 'message');
  assert.deepEqual(said('The governor’s response came later: “We will not be bullied.”'), [{ text: 'We will not be bullied.', kind: 'speech', speaker: 'phrase:governor' }]);
  assert.deepEqual(said('Her answer was the same: “No comment.”').map((q) => q.speaker), [null]);
  assert.equal(said('Ortiz’s message was simple: “Come back.”')[0].speaker, 'ortiz');
});

test('a transcript label names the speaker', () => {
  assert.equal(said('CRUZ: “As long as it takes.”')[0].speaker, 'cruz');
  assert.equal(said('Q: “Why now?”')[0].speaker, null);
});

test('a document is the source of the words quoted from it, when it is the subject of its verb', () => {
  const bill = 'The bill would require media outlets that receive more than 20% of their funding from abroad to register as “pursuing the interests of a foreign power.”';
  assert.deepEqual(said(bill), [{ text: 'pursuing the interests of a foreign power.', kind: 'partial', speaker: 'phrase:bill' }]);
  const ruling = 'The ruling found that officers had “acted with reckless disregard for the rights of residents.”';
  assert.equal(said(ruling)[0].speaker, 'phrase:ruling');
  const memo = 'The 11-page memo, dated Oct. 3 and signed by acting U.S. Immigration and Customs Enforcement Director Paul Darrow, directs field offices to begin using the process “to the fullest extent authorized by law” starting Nov. 1.';
  assert.equal(said(memo)[0].speaker, 'phrase:11-page memo');
  // Not a document, or no quotation in the sentence: nothing attributes.
  assert.equal(said('The job requires workers to be “on call at every hour of the day and night.”')[0].speaker, null);
  assert.equal(said('The law requires a permit. Owners were “shocked and angry and very upset about it.”')[0].speaker, null);
});

test('a negation, a count or a month is not the speaker: “She will not say”, “has twice asked”, “in February, … asking”', () => {
  assert.equal(said('She will not say how much they brought. “Enough to fix the roof,” she said.')[0].speaker, null);
  const owner = 'The building’s owner has twice asked whether she would move, calling the shop “a fine tenant but a poor investment.”';
  assert.equal(said(owner)[0].speaker, 'phrase:building’s owner');
  assert.equal(said('On a gray Tuesday in February, a teenager walks in, asking whether the shop has “anything by Al Green at all, anything.”')[0].speaker, null);
});

test('“she” stands for the last one person named, “they” for a group too', () => {
  const ridge = 'Mayor Ana Ruiz said the road would stay closed.\n\nThe road climbs to a ridge that locals call “the Wildcat and the Devil’s Spine.”\n\n“It is the worst road in the county,” she said.';
  assert.deepEqual(said(ridge).map((quotation) => quotation.speaker), ['phrase:locals', 'ruiz']);
  const residents = 'Mayor Ana Ruiz said the road would stay closed.\n\nThe detour adds an hour, residents said.\n\n“We are stuck out here,” they said.';
  assert.deepEqual(said(residents).map((quotation) => quotation.speaker), ['phrase:residents']);
  // A party or a people is a group, named with a capital: "he" is still the council member.
  const party = 'Council member Ray Morrow said Democrats had written the budget alone.\n\n“That is simply not true,” he said.';
  assert.deepEqual(said(party).map((quotation) => quotation.speaker), ['morrow']);
  assert.deepEqual(said('“We will block it,” Senate Republicans said.').map((quotation) => quotation.speaker), ['phrase:senate republicans']);
  // A noun that says who: "her husband" is a "he", so "she" is still his wife.
  const couple = '“We just buy too much,” Linda Jones said.\n\n“She buys too much,” her husband said.\n\n“He eats too much,” she said.';
  assert.deepEqual(said(couple).map((quotation) => quotation.speaker), ['jones', 'phrase:her husband', 'jones']);
  // "Many of them": a crowd, whose paraphrase lends no speaker to a floating quote.
  const many = 'Dozens of residents packed the hall. Many of them said they had waited years for a vote.\n\n“We were ignored for a decade.”';
  assert.deepEqual(model(many).quotations.map((quotation) => quotation.attribution), [undefined]);
  assert.deepEqual(said('Some of the residents said, “We were ignored.”').map((quotation) => quotation.speaker), ['phrase:residents']);
});

test('an age, a party and district, or an owner’s title set off after a name leave the name the speaker', () => {
  assert.equal(said('“We are not going to balance this budget on the backs of schools,” Matt Bradford, 54, said.')[0].speaker, 'bradford');
  assert.equal(said('Majority Leader Matt Bradford, D-Montgomery, said the plan was “dead on arrival in the House.”')[0].speaker, 'bradford');
  assert.equal(said('“Elevated mortgage rates are the story,” Lawrence Yun, NAR’s chief economist, said.')[0].speaker, 'yun');
});

test('“she said” means the person the story has just brought in, by full name or by a surname already quoted', () => {
  const tillis = 'Mayor Ana Ruiz said the water had receded.\n\nRhonda Tillis, 58, has lived on the block for 30 years.\n\n“We just redid these floors in March,” she said.';
  assert.deepEqual(said(tillis).map((quotation) => quotation.speaker), ['tillis']);
  const delgado = '“I always knew,” said Rosa Delgado.\n\n“She never missed a practice,” said forward Kiara Banks.\n\nDelgado was 4 when her father hung a rim on the garage.\n\n“My dad rebounded for me every night,” she said.';
  assert.deepEqual(said(delgado).map((quotation) => quotation.speaker), ['delgado', 'banks', 'delgado']);
  // A capitalised word opening a sentence is no one unless already quoted: "Every" is not a speaker.
  const every = '“I always knew,” said Rosa Delgado.\n\nEvery morning the gym was empty.\n\n“I loved it,” she said.';
  assert.deepEqual(said(every).map((quotation) => quotation.speaker), ['delgado', 'delgado']);
  assert.equal(said('Judge Jay Bybee dissented, writing that the majority had treated the ruling “as a demand for a historical twin.”')[0].speaker, 'bybee');
});

test('whom a speaker tells is the listener, and “in an interview” goes with the verb before it', () => {
  const text = '“I wanted it to sound like driving home,” Vale told The Associated Press in an interview. “Every song on it is about leaving.”';
  assert.deepEqual(said(text).map((quotation) => quotation.speaker), ['vale', 'vale']);
});

test('a long aside about the subject, however it starts, leaves the subject the speaker', () => {
  assert.equal(said('Simmons, a retired firefighter who has served on the council since 2009, said the site was “a fire trap with one way in.”')[0].speaker, 'simmons');
  assert.equal(said('Johnson, who has spent most of the past decade in action franchises, said in a statement that the film was “a gift to everyone who made it.”')[0].speaker, 'johnson');
  assert.equal(said('Samuel Adeyemi, who trained as a baker in Lagos, Nigeria, before moving to Riverton in 1979, said he was “ready to rest.”')[0].speaker, 'adeyemi');
});

test('an opening participle’s phrase names no subject: “Speaking to supporters in Oak Park, Alvarez thanked…”', () => {
  assert.equal(said('Speaking to about 300 supporters at a union hall in Oak Park, Alvarez thanked Brennan and called the result “a win for every neighborhood that has been told to wait.”')[0].speaker, 'alvarez');
});

test('in the passive, the subject is what was said, not the speaker: “When the vote was announced, … a chant of “Let’s go!””', () => {
  assert.deepEqual(said('When the vote was announced, the room broke into a chant of “Let’s go, Foxes!”').map((quotation) => quotation.speaker), [null]);
  assert.deepEqual(said('“We won,” the coach announced.').map((quotation) => quotation.speaker), ['phrase:coach']);
});

test('titles listed together stay titles, a comma inside the last one’s marks or not', () => {
  const text = 'Whitaker closed her last set with “Skylark” and “Lush Life,” and drummer Calvin Reyes said he had never heard the room so quiet.';
  assert.deepEqual(said(text).filter((quotation) => quotation.kind !== 'not-speech'), []);
  assert.deepEqual(said('“Some,” he admitted.').map((quotation) => quotation.kind), ['speech']);
});

test('people brought in by name are whom “she” may mean: “Among them was Alma Reyes”, “Council member Rosa Delgado”', () => {
  const among = 'Hundreds fled the fire. Among them was Alma Reyes, 71, who left with her two dogs.\n\n“I didn’t even lock the door,” she said.';
  assert.deepEqual(said(among).map((quotation) => quotation.speaker), ['reyes']);
  const council = 'Council member Rosa Delgado pointed to the comments when she made the motion.\n\n“That’s who this is for,” she said.';
  assert.deepEqual(said(council).map((quotation) => quotation.speaker), ['delgado']);
});
