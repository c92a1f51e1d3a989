import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, fixed, flagged } from '../../../../test/support/rules';

const RULE = 'quote-unattributed';

test('a quote with its speaker in the sentence passes: past, present and inverted', () => {
  const text = '“We will stay,” Ruiz said.\n\n“We are ready,” says Katie Allen, MD.\n\n“It is done,” said Kirby.\n\nLee told reporters, “We won.”';
  assert.deepEqual(flagged(RULE, text), []);
});

test('a quote with no one saying it is flagged, and an attribution template is added', () => {
  const text = 'The plant closed in May.\n\n“Nobody saw it coming.”';
  const [finding] = findings(RULE, text);
  assert.equal(text.slice(finding.start, finding.end), '“Nobody saw it coming.”');
  assert.match(finding.message, /no attribution/);
  assert.equal(fixed(RULE, text), 'The plant closed in May.\n\n“Nobody saw it coming,” [SPEAKER] said.');
  assert.deepEqual(flagged(RULE, fixed(RULE, text)), []);
});

test('a question keeps its mark and gets the template after it', () => {
  const text = 'The plant closed.\n\n“Who could have known?”';
  assert.equal(fixed(RULE, text), 'The plant closed.\n\n“Who could have known?” [SPEAKER] said.');
});

test('a floating quote after an attributed paragraph passes', () => {
  const text = '“We all should be prepared,” Kirby said.\n\n“There are still bombs falling, there’s still people dying.”';
  assert.deepEqual(flagged(RULE, text), []);
});

test('a quote standing alone as a lede is attributed by the paragraph after it that credits it', () => {
  assert.deepEqual(flagged(RULE, '“This offer is an insult.”\n\nThat was the message from union leaders Tuesday.'), []);
  assert.deepEqual(flagged(RULE, '“It was chaos.”\n\nThat’s how one survivor described the scene at the station.'), []);
  assert.deepEqual(flagged(RULE, '“We’re prepared to strike.”\n\nThe comment came from local president Dana Cruz.'), []);
  assert.deepEqual(flagged(RULE, '“We will rebuild.”\n\nSo said the mayor on Monday, standing in the rubble.'), []);
  assert.deepEqual(flagged(RULE, '“It was chaos.”\n\nThe storm hit the coast at noon.'), ['“It was chaos.”']);
  assert.deepEqual(flagged(RULE, 'The crowd grew quiet. “It was chaos.”\n\nThat was the message from union leaders.'), ['“It was chaos.”']);
});

test('a second quoted sentence in an attributed paragraph passes (medicalnewstoday)', () => {
  const text = '"The moment was subjective," Dr. Shadlen says. "And because it was subjective, it ought to be unverifiable."';
  assert.deepEqual(flagged(RULE, text), []);
});

test('a partial quote is attributed by a reporting cue anywhere in its sentence (reference article)', () => {
  const text = 'The Pentagon cast doubt on reports that Russia plans to “drastically reduce” its activities.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('a long partial quote with no cue is flagged; the template goes at the sentence end', () => {
  const text = 'Fans doubt his decision to finish each film “the way it was always meant to be” in the end.';
  assert.deepEqual(flagged(RULE, text), ['“the way it was always meant to be”']);
  assert.equal(fixed(RULE, text), 'Fans doubt his decision to finish each film “the way it was always meant to be” in the end, [SPEAKER] said.');
});

test('titles, nicknames and scare quotes are never flagged (yahoo-1, wikia, salon-1)', () => {
  const text = 'Soccer meets “Portal” in the weird “Headmaster,” and there is no such thing as “the sharing economy.” The “Han shot first” scene stayed.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('block quotes: introduced by a colon or followed by a byline pass, bare ones are flagged (cnet, medicalnewstoday)', () => {
  const introduced = 'She testified:\n\n> We never saw the money.';
  const byline = 'The study was small.\n\n> "Awareness follows the decision."\n>\n> Michael Shadlen, Ph.D.';
  const bare = 'The study was small.\n\n> Awareness follows the decision.';
  assert.deepEqual(flagged(RULE, introduced, 'markdown'), []);
  assert.deepEqual(flagged(RULE, byline, 'markdown'), []);
  assert.deepEqual(flagged(RULE, bare, 'markdown'), ['Awareness follows the decision.']);
});

test('a block quote that quotes and attributes in its own sentence is read as a paragraph', () => {
  const attributed = 'The board met.\n\n> "This is the most important vote we\'ll take this year," said board president Linda Cho.';
  assert.deepEqual(flagged(RULE, attributed, 'markdown'), []);
  const unattributed = 'The board met.\n\n> “This is the most important vote we will take this year,” the minutes show.';
  assert.deepEqual(flagged(RULE, unattributed, 'markdown'), ['“This is the most important vote we will take this year,” the minutes show.']);
});

test('In Dr. Shadlen’s words, a possessive phrase attributes (medicalnewstoday)', () => {
  assert.deepEqual(flagged(RULE, 'In Dr. Shadlen’s words, “Could the moment be tied to awareness?”'), []);
});

test('house speech verbs attribute too', () => {
  const text = '“We are done,” the mayor harrumphed.';
  assert.deepEqual(flagged(RULE, text), ['“We are done,”']);
  assert.deepEqual(flagged(RULE, text, 'plaintext', { options: { house: { speechVerbs: ['harrumphed'] } } }), []);
});

test('a game title quoted as what “you will say” is not a speaker’s quote (yahoo-1)', () => {
  assert.deepEqual(flagged(RULE, '“I’m Batman,” you will say. And you will be right.'), []);
});

test('a pull quote repeating an attributed tweet is not flagged (salon-1)', () => {
  const text = 'Uber tweeted this announcement: “We are all concerned with events in CBD. Fares have increased to encourage more drivers to come online.”\n\nCritics were unmoved.\n\n*“… Fares have increased to encourage more drivers to come online.”*';
  assert.deepEqual(flagged(RULE, text, 'markdown'), []);
});

test('a dash after the quote names the speaker, as pull quotes do', () => {
  assert.deepEqual(flagged(RULE, '“Nobody saw it coming, and nobody will admit it now.” — Ana Ruiz, plant manager'), []);
});

test('an embedded tweet: the dash line names who wrote the block quote', () => {
  const text = 'Reaction was swift.\n\n> We will not back down from this fight.\n>\n> — Ana Ruiz (@anaruiz) May 1, 2017';
  assert.deepEqual(flagged(RULE, text, 'markdown'), []);
});

test('a quote paragraph introduced by a colon is attributed by it', () => {
  assert.deepEqual(flagged(RULE, 'The statement ended this way:\n\n“We will not back down from this fight, whatever it costs.”'), []);
});

test('a phrase introduced as a term or a slogan is not speech', () => {
  assert.deepEqual(flagged(RULE, 'Crowds chanted under a banner reading “we will not be moved from this place again” all night.'), []);
  assert.deepEqual(flagged(RULE, 'Astronomers named it ʻOumuamua, a Hawaiian word often translated as “a messenger from afar arriving first.”'), []);
});

test('a bare block quote gets no template fix: its speaker belongs before it or in a byline', () => {
  const text = 'The study was small.\n\n> Awareness follows the decision.';
  assert.equal(fixed(RULE, text, 'markdown'), text);
});

test('a phrase quoted back from an attributed tweet is not flagged (salon-1)', () => {
  const text = 'Uber tweeted: “Fares have increased to encourage more drivers to come online.”\n\nA real ride-sharing service would not be “increasing fares to encourage more drivers” in a crisis.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('a title in sentence case after the work it names is not speech', () => {
  assert.deepEqual(flagged(RULE, 'Her first book, “The year we lost everything and found each other again,” came out in 2019.'), []);
  assert.deepEqual(flagged(RULE, 'The motto — “leave no one behind and never give up on anyone” — was painted on the wall.'), []);
  assert.deepEqual(flagged(RULE, 'The sign at the entrance — “No trespassing, violators will be prosecuted” — had been torn down.'), []);
  assert.deepEqual(flagged(RULE, 'She held up a sign. “We are not leaving.”'), ['“We are not leaving.”']);
});

test('a block quote repeating the article’s own words is a pull quote, not an unattributed quote', () => {
  const text = 'Apple’s goal is clearly to get developers building for the headset before anyone else.\n\n> Apple’s goal is clearly to get developers building for the headset\n\nThe price is high.';
  assert.deepEqual(flagged(RULE, text, 'markdown'), []);
});

test('a speech verb inside the quote does not attribute it', () => {
  const text = 'The plant closed.\n\n“He said he would come back, and he never did.”';
  assert.deepEqual(flagged(RULE, text), ['“He said he would come back, and he never did.”']);
});

test('app and game titles quoted as subjects are not speech (msn)', () => {
  assert.deepEqual(flagged(RULE, 'Thankfully, now we know: "Super Mario Run" will launch on iPhone on December 15.'), []);
});

test('offsets past emoji and CRLF; a CRLF multi-paragraph quote is attributed at its end', () => {
  const text = 'Fans cheered 🎉.\r\n\r\n“It was the best night 🙂 of my life.”\r\n\r\n“We will be back next year,\r\n\r\n“and the year after,” Lee said.';
  const [finding, ...rest] = findings(RULE, text);
  assert.deepEqual(rest, []);
  assert.equal(text.slice(finding.start, finding.end), '“It was the best night 🙂 of my life.”');
  assert.equal(fixed(RULE, text), text.replace('of my life.”', 'of my life,” [SPEAKER] said.'));
});

test('a quote lede attributed in the next paragraph’s first sentence passes (delayed attribution)', () => {
  const text = '“We never saw it coming, not in a hundred years.”\n\nThat is what Mayor Ana Ruiz told reporters on Tuesday, hours after the flood.';
  assert.deepEqual(flagged(RULE, text), []);
  const unrelated = '“We never saw it coming, not in a hundred years.”\n\nThe water rose on Tuesday. Ruiz said later that the dam held.';
  assert.deepEqual(flagged(RULE, unrelated), ['“We never saw it coming, not in a hundred years.”']);
});

test('whose words they are, before the colon that opens the quote, attributes it', () => {
  const texts = [
    'Council President Lena Ortiz led the opposition.\n\nOrtiz’s message to the owner was simple: “Come back with a better offer.”',
    'The governor’s response came an hour later: “We will not be bullied.”',
    'Reporters tried all day. His answer to every question was the same: “No comment.”',
    'Chen’s ruling ended with a line that drew gasps: “The state cannot punish speech it dislikes.”',
  ];
  assert.deepEqual(texts.map((text) => flagged(RULE, text)), [[], [], [], []]);
  // A colon after words nobody owns credits no one.
  assert.deepEqual(flagged(RULE, 'The message on the wall was simple: “Go home.”'), ['“Go home.”']);
});

test('Q&A and transcript labels say who speaks: “Q:”, “A.”, “CRUZ:”', () => {
  const text = 'Dana Cruz spoke with The Times on Monday.\n\nQ: “Will there be a strike?”\n\nA: “That depends on the hospital.”\n\n**Q. “How long can members stay out?”**\n\nCRUZ: “As long as it takes.”';
  assert.deepEqual(flagged(RULE, text, 'markdown'), []);
  // An update label or an abbreviation names no one.
  assert.deepEqual(flagged(RULE, 'UPDATE: “We are safe.”\n\nU.S. troops moved in. “We are here to stay.”'), ['“We are safe.”', '“We are here to stay.”']);
});

test('past the lede, the next paragraph attributes a quote only when it points back at it', () => {
  const story = 'The river crested at 22 feet on Tuesday, and most of Front Street was under water by noon.\n\n';
  assert.deepEqual(flagged(RULE, `${story}“It’s going to take months.”\n\nLopez said she hoped to reopen the bakery by spring.`), ['“It’s going to take months.”']);
  assert.deepEqual(flagged(RULE, `${story}“It’s going to take months.”\n\nThat is what Lopez told the council.`), []);
  assert.deepEqual(flagged(RULE, `By JANE DOE\n\n“It’s going to take months.”\n\nLopez said she hoped to reopen the bakery by spring.`), []);
});

test('a sign or a letter "reads" and "begins" its words; a strike that began in May says nothing', () => {
  const documents = '“Closed until further notice,” a sign on the door read.\n\nThe letter began: “Dear friends, we have news.”\n\nThe sign reads “No entry.”';
  assert.deepEqual(flagged(RULE, documents), []);
  assert.deepEqual(flagged(RULE, 'The strike began in May.\n\n“We are done.” Owens paused.'), ['“We are done.”']);
  assert.deepEqual(flagged(RULE, 'She read the report twice.\n\n“Nobody saw it coming.”'), ['“Nobody saw it coming.”']);
});

test('a verb whose subject is no one in particular attributes nothing: “Nobody asks you why”', () => {
  const text = 'The library is quiet.\n\nNobody asks you what you are doing there. “It is the last room in this city that does not charge admission.”';
  assert.deepEqual(flagged(RULE, text), ['“It is the last room in this city that does not charge admission.”']);
  assert.deepEqual(flagged(RULE, '“We were told to leave,” said resident Carla Mendes. “Nobody told us where to go.”'), []);
});

test('a message held out as someone’s before the colon, and “in her words”, attribute the quote', () => {
  assert.deepEqual(flagged(RULE, 'The river rose all night.\n\nMunoz had a simple message for residents who had not yet left: “Go now, and do not wait for the water.”'), []);
  assert.deepEqual(flagged(RULE, 'Dunaway opened the diner in 1998 and was, in her words, “flat broke and too proud to say so.”'), []);
});

test('a quote after a crowd’s paraphrase is nobody’s: “Forecasters said…” speaks no quote in one voice', () => {
  const text = '“We lost power for three weeks,” Thibodeaux said.\n\nForecasters said the heat would add to the danger after the storm passes.\n\n“Heat has killed more people after recent storms than the wind did.”';
  assert.deepEqual(flagged(RULE, text), ['“Heat has killed more people after recent storms than the wind did.”']);
  assert.deepEqual(flagged(RULE, text.replace('Forecasters said', 'Forecaster Ana Ruiz said')), []);
});

test('a work’s title credited with its year or its maker is no one’s quote', () => {
  assert.deepEqual(flagged(RULE, '“Work-clothes quilt with center medallion of strips” (1976) by Annie Mae Young, on view in the second gallery.'), []);
  assert.deepEqual(flagged(RULE, 'The show opens with “A quilt for the living room of my mother’s house” by Mary Lee Bendolph.'), []);
});

test('lyrics sung and calls radioed are attributed by their singer or caller', () => {
  assert.deepEqual(flagged(RULE, '“I’ve been yours for so long,” they sang, thousands of voices at once.'), []);
  assert.deepEqual(flagged(RULE, '“Endeavour, welcome to orbit,” SpaceX mission control radioed.'), []);
});

test('thanking someone in words quotes them: “she thanked her mother “for every hymn.””', () => {
  assert.deepEqual(flagged(RULE, 'At the ceremony, Vance thanked her mother “for every hymn and every switch.”'), []);
});

test('a song’s or a poem’s own words are the work’s: the chorus, the refrain, its first line, its lyrics', () => {
  const text = [
    'The chorus, “we rise, we fall, we rise again,” drew the loudest cheers of the night.',
    'The song’s first line, “I left my keys in Tallahassee,” set the tone.',
    'Its lyrics — “every road leads back to you” — are printed on the sleeve.',
    'The senator’s line was blunt: the plan “will bankrupt every family farm in this state.”',
  ].join('\n\n');
  assert.deepEqual(flagged(RULE, text), ['“will bankrupt every family farm in this state.”']);
});

test('a dialogue’s answer leans on “he said” even when who “he” is is unclear', () => {
  const text = 'The first customer through the door was a long-haul driver.\n\n“You’re really doing it,” he said.\n\n“I’m really doing it.”';
  assert.deepEqual(flagged(RULE, text), []);
});

test('the one who introduces someone “as” the quoted words speaks them', () => {
  const text = 'Iowa State President Karen Lindqvist introduced Osei as “an Iowan who has seen the whole planet and still calls Ames home.”';
  assert.deepEqual(flagged(RULE, text), []);
});

test('someone who wrote down or wrote off something said nothing: a floating quote after it is unattributed', () => {
  const text = 'She kept a ledger under the register, in which Keller wrote down what customers owed.\n\n“She’d write it in the book and never look at the book again.”';
  assert.deepEqual(flagged(RULE, text), ['“She’d write it in the book and never look at the book again.”']);
  const wrote = 'Keller wrote in a note to customers that the store would close.\n\n“It was time.”';
  assert.deepEqual(flagged(RULE, wrote), []);
});

test('a body reporting data lends a floating quote no voice; a person paraphrased does', () => {
  const data = 'Gaines County reported an exemption rate of about 17%, according to state data.\n\n“This is exactly what we have been warning about.”';
  assert.deepEqual(flagged(RULE, data), ['“This is exactly what we have been warning about.”']);
  const paraphrase = 'Whitfield said the outbreak was still growing.\n\n“This is exactly what we have been warning about.”';
  assert.deepEqual(flagged(RULE, paraphrase), []);
});
