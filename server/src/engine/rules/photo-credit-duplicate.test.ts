import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixed, flagged } from '../../../../test/support/rules';

const RULE = 'photo-credit-duplicate';

test('the reference article: both doubled credits go, and nothing else changes', () => {
  const text = readFileSync('seeds/000_d99372c84347be6b.txt', 'utf8');
  assert.deepEqual(flagged(RULE, text), ['(Getty Images)', '(Anadolu Agency via Getty Images)']);
  const expected = text
    .replace('(Alex Wong/Getty Images) (Getty Images)', '(Alex Wong/Getty Images)')
    .replace('(Sefa Karacan/Anadolu Agency via Getty Images) (Anadolu Agency via Getty Images)', '(Sefa Karacan/Anadolu Agency via Getty Images)');
  assert.equal(fixed(RULE, text), expected);
  assert.deepEqual(flagged(RULE, expected), []);
});

test('the same credit twice: the second goes with its space', () => {
  const text = 'Voters line up in Atlanta. (AP Photo/Jane Doe) (AP Photo/Jane Doe)';
  assert.deepEqual(flagged(RULE, text), ['(AP Photo/Jane Doe)']);
  assert.equal(fixed(RULE, text), 'Voters line up in Atlanta. (AP Photo/Jane Doe)');
});

test('the agency alone after “AP Photo/Name” repeats it', () => {
  const text = 'Voters line up in Atlanta. (AP Photo/Jane Doe) (AP)';
  assert.equal(fixed(RULE, text), 'Voters line up in Atlanta. (AP Photo/Jane Doe)');
});

test('the agency alone before the full credit is the one removed', () => {
  const text = 'Kirby on Tuesday. (Getty Images) (Alex Wong/Getty Images)';
  assert.deepEqual(flagged(RULE, text), ['(Getty Images)']);
  assert.equal(fixed(RULE, text), 'Kirby on Tuesday. (Alex Wong/Getty Images)');
});

test('a labelled credit repeating the caption’s credit', () => {
  const text = 'The mayor at City Hall. (Sam Lee/Reuters) Photo: Sam Lee/Reuters';
  assert.equal(fixed(RULE, text), 'The mayor at City Hall. (Sam Lee/Reuters)');
});

test('a bare credit, a “Photo:” credit and a “Photo by” credit pasted twice', () => {
  const bare = 'Fairgoers line up for elephant ears. Chris Pietsch/The Register-Guard Chris Pietsch/The Register-Guard';
  assert.deepEqual(flagged(RULE, bare), ['Chris Pietsch/The Register-Guard']);
  assert.equal(fixed(RULE, bare), 'Fairgoers line up for elephant ears. Chris Pietsch/The Register-Guard');
  const colon = 'Fairgoers line up for elephant ears. Photo: Chris Pietsch/The Register-Guard Photo: Chris Pietsch/The Register-Guard';
  assert.equal(fixed(RULE, colon), 'Fairgoers line up for elephant ears. Photo: Chris Pietsch/The Register-Guard');
  const by = 'Fairgoers line up for elephant ears. Photo by Chris Pietsch/The Register-Guard (Chris Pietsch/The Register-Guard)';
  assert.equal(fixed(RULE, by), 'Fairgoers line up for elephant ears. Photo by Chris Pietsch/The Register-Guard');
  assert.deepEqual(flagged(RULE, 'Fairgoers line up. Photo by Chris Pietsch (AP)'), []);
  // Any outlet, not only the agencies Copydesk knows.
  assert.equal(fixed(RULE, 'A crew at work. (Carla Mendez/The Bulletin) (The Bulletin)'), 'A crew at work. (Carla Mendez/The Bulletin)');
  assert.deepEqual(flagged(RULE, 'Fairgoers line up. Chris Pietsch/The Register-Guard'), []);
  // The same credit in two forms, either way round.
  assert.equal(fixed(RULE, 'Firefighters rest. Photo: Jane Doe/The Ledger (Jane Doe/The Ledger)'), 'Firefighters rest. Photo: Jane Doe/The Ledger');
  assert.equal(fixed(RULE, 'Firefighters rest. (Jane Doe/The Ledger) Jane Doe/The Ledger'), 'Firefighters rest. (Jane Doe/The Ledger)');
  assert.deepEqual(flagged(RULE, 'Firefighters rest. Photo: Jane Doe (AP)'), []);
});

test('two different credits are two photographers, not a duplicate', () => {
  const text = 'Left, the mayor; right, the governor. (Jane Doe/AP) (John Roe/Reuters)';
  assert.deepEqual(flagged(RULE, text), []);
});

test('AP’s handout caption names the source in its sentence and credits it too: not a duplicate', () => {
  const text = 'In this photo provided by the Vermont State Police, a trooper carries a child to a rescue boat on Monday. (Vermont State Police via AP)';
  assert.deepEqual(flagged(RULE, text), []);
  assert.deepEqual(flagged(RULE, `${text} (Vermont State Police via AP)`), ['(Vermont State Police via AP)']);
});

test('alt text repeating the caption is not a duplicate credit', () => {
  const plain = 'Kirby at a briefing. (Alex Wong/Getty Images)\nKirby at a briefing. (Alex Wong/Getty Images)';
  const markdown = '![Kirby at a briefing. (Alex Wong/Getty Images)](kirby.jpg)\n\nKirby at a briefing. (Alex Wong/Getty Images)';
  assert.deepEqual(flagged(RULE, plain), []);
  assert.deepEqual(flagged(RULE, markdown, 'markdown'), []);
});

test('NYT’s doubled “Credit” label is one credit', () => {
  const text = '![](miners.jpg)\n\nMiners underground.CreditCreditChang W. Lee/The New York Times';
  assert.deepEqual(flagged(RULE, text, 'markdown'), []);
});

test('CRLF, emoji and curly quotes around a doubled credit', () => {
  const text = '“Not yet,” he said 🙂.\r\n\r\nFans in Kyiv.\r\nFans wave flags in Kyiv’s main square. (Efrem Lukatsky/AP) (AP)\r\n';
  assert.deepEqual(flagged(RULE, text), ['(AP)']);
  assert.equal(fixed(RULE, text), '“Not yet,” he said 🙂.\r\n\r\nFans in Kyiv.\r\nFans wave flags in Kyiv’s main square. (Efrem Lukatsky/AP)\r\n');
});

test('HTML figcaptions are checked too', () => {
  const text = '<figure><img src="a.jpg" alt="A tank"><figcaption>A tank near Donetsk. (Sefa Karacan/Anadolu Agency via Getty Images) (Getty Images)</figcaption></figure>';
  assert.equal(fixed(RULE, text, 'markdown'), text.replace(' (Getty Images)</figcaption>', '</figcaption>'));
});
