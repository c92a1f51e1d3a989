import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, fixed, flagged } from '../../../../test/support/rules';

const RULE = 'photo-credit-format';
const MIXED = [
  'Kirby at a briefing.\nKirby speaks on Tuesday. (Alex Wong/Getty Images)',
  'A tank near Donetsk.\nA tank near Donetsk on March 26. (Sefa Karacan/AP)',
  'Smoke over Kharkiv.\nSmoke rises over Kharkiv on Monday. Photo: Jane Doe/Reuters',
].join('\n\n');

test('the minority format is flagged and rewritten to the article’s dominant one', () => {
  const [finding] = findings(RULE, MIXED);
  assert.equal(finding.message, 'Unexpected credit format “Photo: Jane Doe/Reuters”, expected “(Jane Doe/Reuters)”.');
  assert.equal(finding.severity, 'information');
  const result = fixed(RULE, MIXED);
  assert.equal(result, MIXED.replace('Photo: Jane Doe/Reuters', '(Jane Doe/Reuters)'));
  assert.deepEqual(flagged(RULE, result), []);
});

test('creditFormat forces one format', () => {
  const settings = { options: { creditFormat: 'photo-colon' as const } };
  assert.deepEqual(flagged(RULE, MIXED, 'plaintext', settings), ['(Alex Wong/Getty Images)', '(Sefa Karacan/AP)']);
  assert.equal(
    fixed(RULE, MIXED, 'plaintext', settings),
    MIXED.replace('(Alex Wong/Getty Images)', 'Photo: Alex Wong/Getty Images').replace('(Sefa Karacan/AP)', 'Photo: Sefa Karacan/AP'),
  );
});

test('one format throughout is fine', () => {
  const text = 'Kirby speaks on Tuesday. (Alex Wong/Getty Images)\n\nSmoke rises over Kharkiv. (Jane Doe/Reuters)';
  assert.deepEqual(flagged(RULE, text), []);
});

test('on a tie, AP’s parenthetical format wins', () => {
  const text = 'Pentagon doubts Russian pledge\r\n\r\nKirby speaks on Tuesday. (Alex Wong/Getty Images)\r\n\r\nSmoke rises over Kharkiv 🔥. Photo: Jane Doe/Reuters\r\n';
  assert.equal(fixed(RULE, text), text.replace('Photo: Jane Doe/Reuters', '(Jane Doe/Reuters)'));
});

test('other credit wordings (Photo by, Credit, ©, a map’s label) are not house formats to rewrite', () => {
  const text = '![](a.jpg)\n\n¶ Zuckerberg on stage. ¶ Photo by James Martin/CNET\n\n![](b.jpg)\n\nCredit Harry Campbell\n\nKirby speaks. (Alex Wong/Getty Images)\n\n![Zones](m.png)\n\nMap: Los Angeles County Fire Department';
  assert.deepEqual(flagged(RULE, text, 'markdown'), []);
});
