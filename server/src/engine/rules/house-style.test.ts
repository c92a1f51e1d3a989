import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagged, fixed } from '../../../../test/support/rules';

const RULE = 'house-style';
const HOUSE = { options: { house: { substitutions: { 'e-mail': 'email', Kiev: 'Kyiv', 'web site': 'website' }, banned: ['slammed'] } } };

test('house substitutions are fixed, keeping the writer’s capitals where the term has none', () => {
  const text = 'E-mail the desk about Kiev. KIEV fell quiet; the web site and e-mails stayed up.';
  assert.deepEqual(flagged(RULE, text, 'plaintext', HOUSE), ['E-mail', 'Kiev', 'KIEV', 'web site']);
  assert.equal(fixed(RULE, text, 'plaintext', HOUSE), 'Email the desk about Kyiv. KYIV fell quiet; the website and e-mails stayed up.');
});

test('a capitalised term matches only its own form: “kiev” in a URL-like word is not the city', () => {
  assert.deepEqual(flagged(RULE, 'The kiev-style dish and Kievan Rus are history.', 'plaintext', HOUSE), []);
});

test('banned words are flagged without a fix', () => {
  const text = 'Critics Slammed the plan 🙄.';
  assert.deepEqual(flagged(RULE, text, 'plaintext', HOUSE), ['Slammed']);
  assert.equal(fixed(RULE, text, 'plaintext', HOUSE), text);
});

test('quoted speech and an empty house list are left alone', () => {
  assert.deepEqual(flagged(RULE, '“Send an e-mail to Kiev,” she said.', 'plaintext', HOUSE), []);
  assert.deepEqual(flagged(RULE, 'Send an e-mail to Kiev.'), []);
});
