import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, flagged } from '../../../../test/support/rules';

const RULE = 'source-anonymous';

test('unnamed sources are flagged, asking for the reason', () => {
  assert.deepEqual(flagged(RULE, 'Officials said the talks would resume.'), ['Officials said']);
  assert.deepEqual(flagged(RULE, 'The deal is close, according to a person familiar with the matter.'), ['according to a person familiar with']);
  assert.deepEqual(flagged(RULE, 'A senior administration official said the plan was dead.'), ['A senior administration official said']);
  assert.deepEqual(flagged(RULE, 'Law enforcement sources tell TMZ the dress was taken.'), ['Law enforcement sources tell']);
  // Wire copy's unnamed official is most often of a place or an office: a county, the U.S., the Pentagon.
  assert.deepEqual(flagged(RULE, 'About 45% of residents were affected, a county official said.'), ['a county official said']);
  assert.deepEqual(flagged(RULE, 'The strike was planned for weeks, said a U.S. official.'), ['said a U.S. official']);
  assert.deepEqual(flagged(RULE, 'A Pentagon official told reporters the review was over.'), ['A Pentagon official told']);
  assert.deepEqual(flagged(RULE, 'We’re told there is security footage.'), ['We’re told']);
  const [finding] = findings(RULE, 'Sources said the company would be sold.');
  assert.equal(finding.severity, 'information');
  assert.equal(finding.message, 'Unnamed source (“Sources said”): say why the source was not named, or name them.');
});

test('“close to” names a source only when the people speak', () => {
  assert.deepEqual(flagged(RULE, 'An infected person can spread it to up to 90% of the people close to them who are not immune.'), []);
  assert.deepEqual(flagged(RULE, 'People close to the family said the funeral would be private.'), ['People close to the family said']);
  assert.deepEqual(flagged(RULE, 'The talks collapsed, according to a person close to the negotiations.'), ['according to a person close to the negotiations']);
});

test('a single source described by where they are close to, or where they work', () => {
  assert.deepEqual(flagged(RULE, 'A source close to the investigation said the suspect had fled.'), ['A source close to the investigation said']);
  assert.deepEqual(flagged(RULE, 'One person close to the family said the funeral would be private.'), ['One person close to the family said']);
  assert.deepEqual(flagged(RULE, 'A law enforcement source said the suspect had fled.'), ['law enforcement source said']);
  assert.deepEqual(flagged(RULE, 'Another person familiar with the contracts said the bids were steered.'), ['Another person familiar with']);
  assert.deepEqual(flagged(RULE, 'A senior official at the Department of Health and Human Services said the agency was weighing it.'), ['A senior official at the Department of Health and Human Services said']);
  // Officials of a public body in the plural speak for it.
  assert.deepEqual(flagged(RULE, 'Officials at the county health department said the clinic would reopen.'), []);
});

test('disclosures in other words: a name not to be used, a condition not to be identified', () => {
  const texts = [
    'The company’s chief executive, who asked that his name not be used, said the deal was off.',
    'A nurse, who spoke on condition that she not be identified, described the ward.',
    'A driver who did not want to be named said the road was closed.',
  ];
  assert.deepEqual(texts.map((text) => flagged(RULE, text)), [['asked that his name not be used'], ['on condition that she not be identified'], ['did not want to be named']]);
});

test('a reason for anonymity in the paragraph drops the finding to a hint and says so', () => {
  const text = 'The official spoke on condition of anonymity because they were not authorized to discuss the talks.';
  const [finding] = findings(RULE, text);
  assert.equal(text.slice(finding.start, finding.end), 'spoke on condition of anonymity');
  assert.equal(finding.severity, 'hint');
  assert.equal(finding.message, 'Unnamed source (“spoke on condition of anonymity”); the reason for anonymity is given.');
});

test('reasons in the words wire copy uses: an inquiry under way, plans not yet public, fear, sensitivity, any “because” after the grant', () => {
  const texts = [
    'A person familiar with the investigation, who spoke on condition of anonymity because the inquiry is ongoing, said a second charity was examined.',
    'Two officials, who spoke on condition of anonymity because the plans have not been made public, said the base would close.',
    'A worker, who spoke on condition of anonymity because she feared retaliation, described the shifts.',
    'The aide requested anonymity because of the sensitivity of the talks.',
    '“Hit the minutes,” said a former therapist, who spoke on condition of anonymity because she now works for another company in the industry.',
    'Two former administrators said they raised concerns. Both asked not to be named, citing nondisclosure agreements.',
    'A U.S. military official, speaking on condition of anonymity to discuss operational details, said the strike was not American.',
  ];
  assert.deepEqual(texts.map((text) => findings(RULE, text).map((finding) => finding.severity)), [['hint'], ['hint'], ['hint'], ['hint'], ['hint'], ['hint'], ['hint']]);
  // Saying the matter is public explains nothing.
  assert.deepEqual(findings(RULE, 'An official, who spoke on condition of anonymity as the report was released, said little.').map((finding) => finding.severity), ['information']);
});

test('one source, one finding: the anonymity disclosure goes with the source it describes', () => {
  const text = 'The deal is off, said a senior administration official, who spoke on condition of anonymity to discuss internal deliberations.';
  const reported = findings(RULE, text);
  assert.deepEqual(reported.map((finding) => text.slice(finding.start, finding.end)), ['said a senior administration official']);
  assert.equal(reported[0].severity, 'hint');
});

test('the reason in the next paragraph, which opens on the same source, counts; that paragraph is not a second finding', () => {
  const text = 'Drones struck a refinery overnight, a Ukrainian security official said Friday.\n\nThe official, who was not authorized to speak publicly and spoke on condition of anonymity, said the strike caused a fire.';
  const reported = findings(RULE, text);
  assert.deepEqual(reported.map((finding) => text.slice(finding.start, finding.end)), ['a Ukrainian security official said']);
  assert.equal(reported[0].severity, 'hint');
});

test('a reason next to another source, or a paragraph further on, does not explain this one', () => {
  const text = 'The talks stalled, officials said.\n\nA second diplomat spoke on condition of anonymity because the talks are private.';
  assert.deepEqual(findings(RULE, text).map((finding) => [text.slice(finding.start, finding.end), finding.severity]), [['officials said', 'information'], ['spoke on condition of anonymity', 'hint']]);
  const far = 'The talks stalled, officials said.\n\nThe vote is Tuesday.\n\nThe officials were not authorized to discuss the talks.';
  assert.deepEqual(findings(RULE, far).map((finding) => finding.severity), ['information']);
});

test('a user setting for the rule wins over the hint', () => {
  const text = 'Officials, who asked not to be named because they were not authorized to speak, said the deal was done.';
  const severities = findings(RULE, text, 'plaintext', { rules: { [RULE]: 'warning' } }).map((finding) => finding.severity);
  assert.deepEqual(severities, ['warning']);
});

test('named sources, officials as the audience and the generic “we” are not flagged', () => {
  const text = 'Defense Department spokesman John Kirby said the talks would resume. A county official, Ana Ruiz, said the same. The vote is off, said an official, Jane Doe. The bridge will close, said a county official, Jane Doe. He told officials he would stay. We’re told that we reveal our character in a crisis. Instead, we are told that the surge was its expression of concern.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('officials of a local or public body speak for it; bare, national and administration officials stay unnamed', () => {
  const institutional = 'City officials said the road would reopen Friday. Measles cases rose, federal health officials said Wednesday. District officials say the policy is meant to reduce distraction. That is the most since 2009, co-op officials said.';
  assert.deepEqual(flagged(RULE, institutional), []);
  const unnamed = 'The talks stalled, officials said. U.S. officials said the strike was planned. Administration officials say the plan is dead.';
  assert.deepEqual(flagged(RULE, unnamed), ['officials said', 'officials said', 'Administration officials say']);
});

test('“the officials” are the sources introduced before, with their reason there', () => {
  const text = 'Two U.S. officials said the strike was planned. They spoke on condition of anonymity to discuss private deliberations.\n\nOne of the officials said the Pentagon had concluded its review. The officials said more strikes were possible.';
  assert.deepEqual(findings(RULE, text).map((finding) => [text.slice(finding.start, finding.end), finding.severity]), [['officials said', 'hint']]);
  assert.deepEqual(flagged(RULE, 'The envoy will travel Monday, the two U.S. officials said. Those same officials said more was possible.'), []);
});

test('a headline’s “officials say” leaves the reason to the story; regional officials speak for their body', () => {
  const text = '# Strike on Dnipro kills at least 14, officials say\n\nThe strike wounded 61 others, regional officials said Thursday.';
  assert.deepEqual(flagged(RULE, text, 'markdown'), []);
});

test('“Officials” capitalised inside a sentence is part of a name', () => {
  assert.deepEqual(flagged(RULE, 'In a survey, the Pennsylvania Association of School Business Officials said 1 in 4 districts would borrow.'), []);
  assert.deepEqual(flagged(RULE, 'Officials said the road would close.'), ['Officials said']);
});

test('sources inside quotations are the speaker’s', () => {
  assert.deepEqual(flagged(RULE, 'Kirby was firm: “Officials said nothing of the kind, and sources tell me the same.”'), []);
});

test('offsets survive emoji and CRLF', () => {
  const text = 'Exclusive 🔒\r\n\r\nThe 💍 ring was taken, sources say.';
  assert.deepEqual(flagged(RULE, text), ['sources say']);
});

test('an aide or a staffer unnamed is an unnamed source', () => {
  assert.deepEqual(flagged(RULE, 'One Senate Republican aide said the vote would slip.'), ['One Senate Republican aide said']);
  assert.deepEqual(flagged(RULE, 'Ruiz, a home health aide, said she was late twice. Diaz, a county official, said the bus was full.'), []);
  // After a place, the source is the subject: no comma sets it off before its verb.
  assert.deepEqual(flagged(RULE, 'The work will move to Saltillo, Mexico, a person familiar with the plans said.'), ['a person familiar with']);
});

test('emergency officials speak for their agency', () => {
  assert.deepEqual(flagged(RULE, 'Here is what doctors and emergency officials say residents should know before the heat arrives.'), []);
});
