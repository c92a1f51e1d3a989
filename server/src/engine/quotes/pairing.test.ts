import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairMarks } from './pairing';

/** The quoted stretches of `prose`, as text. */
function quoted(prose: string): string[] {
  return pairMarks(prose).pairs.map((pair) => prose.slice(pair.open, pair.close === undefined ? prose.length : pair.close + 1));
}

test('curly double quotes pair', () => {
  assert.deepEqual(quoted('“We will stay,” she said.'), ['“We will stay,”']);
});

test('straight double quotes pair by position', () => {
  assert.deepEqual(quoted('"We will stay," she said. "Until it is done."'), ['"We will stay,"', '"Until it is done."']);
});

test('single quotes nest inside double quotes', () => {
  const prose = '“He called it ‘a disgrace,’ and left,” Ruiz said.';
  const { pairs } = pairMarks(prose);
  assert.deepEqual(quoted(prose), ['“He called it ‘a disgrace,’ and left,”', '‘a disgrace,’']);
  assert.deepEqual(pairs.map((pair) => pair.depth), [0, 1]);
});

test('possessives are apostrophes: Russia’s, dogs’, Jones\'', () => {
  const prose = 'Russia’s army took the dogs’ kennels and Jones\' farm.';
  assert.deepEqual(quoted(prose), []);
  assert.equal(pairMarks(prose).apostrophes.length, 3);
  assert.deepEqual(pairMarks(prose).orphanCloses, []);
});

test('a plural possessive inside a quote does not close it', () => {
  assert.deepEqual(quoted('“The players’ union will not sign,” Ortiz said.'), ['“The players’ union will not sign,”']);
});

test('elisions are apostrophes: ’90s, rock ’n’ roll, ’em, can’t, O’Brien', () => {
  const prose = 'In the ’90s O’Brien played rock ’n’ roll and told ’em he can’t stop. The \'80s were louder.';
  assert.deepEqual(quoted(prose), []);
  assert.deepEqual(pairMarks(prose).orphanCloses, []);
  // An elision before a plural possessive is not a quote running between them.
  const suburbs = 'Life in the \'burbs was quiet for the kids\' bikes, \'cept on Sundays, \'neath the Joneses\' elms.';
  assert.deepEqual(quoted(suburbs), []);
});

test('an ʻokina typed as ‘ opens no quote: Hawai‘i, ‘Oumuamua, the ‘ohana; a quote opening the same way still does', () => {
  const prose = 'Astronomers at the University of Hawai‘i spotted ‘Oumuamua, and the ‘ohana gathered.';
  assert.deepEqual(quoted(prose), []);
  assert.deepEqual(pairMarks(prose).apostrophes.length, 3);
  assert.deepEqual(quoted('‘Alohas are cheap,’ she said.'), ['‘Alohas are cheap,’']);
  // Not Hawaiian in shape (a consonant cluster, a consonant last): an unclosed quote after all.
  assert.equal(pairMarks('He said ‘Hello there and left.').pairs.length, 1);
  assert.equal(pairMarks('He said ‘Outside the fence and left.').pairs.length, 1);
});

test('inch and foot marks are measures, not quotes: 6\'2", a 12" record', () => {
  const prose = 'The 6\'2" guard signed a 12" record for a fan.';
  assert.deepEqual(quoted(prose), []);
  assert.equal(pairMarks(prose).measures.length, 3);
});

test('a straight quote ending on a number still closes', () => {
  assert.deepEqual(quoted('"We were founded in 1998" is how the ad begins.'), ['"We were founded in 1998"']);
});

test('an unclosed quote stays open to the paragraph end', () => {
  const { pairs } = pairMarks('“It is over, he said.');
  assert.equal(pairs.length, 1);
  assert.equal(pairs[0].close, undefined);
});

test('a closing mark with nothing open is an orphan', () => {
  const prose = 'It is over,” he said.';
  assert.deepEqual(pairMarks(prose).orphanCloses, [prose.indexOf('”')]);
});

test('a quote runs across line breaks inside a paragraph', () => {
  assert.deepEqual(quoted('“We will stay\nuntil it is done,” she said.'), ['“We will stay\nuntil it is done,”']);
});

test('the paragraph opening with a mark is noted for multi-paragraph quotes', () => {
  assert.equal(pairMarks('  “It’s hard to see how,” he said.').opensWith, 'double');
  assert.equal(pairMarks('He said “no.”').opensWith, undefined);
});
