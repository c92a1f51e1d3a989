import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixed, flagged } from '../../../../test/support/rules';

const RULE = 'ap-states';

test('a state abbreviated after a city is spelled out, the sentence’s period kept', () => {
  const text = 'The fire started near Santa Clarita, Calif., on Monday. Crews came from Reno, NV, and from Kansas City, Mo.';
  assert.deepEqual(flagged(RULE, text), ['Calif.', 'NV', 'Mo.']);
  assert.equal(fixed(RULE, text), 'The fire started near Santa Clarita, California, on Monday. Crews came from Reno, Nevada, and from Kansas City, Missouri.');
});

test('datelines, party affiliations, addresses with a ZIP code and states never abbreviated stay', () => {
  const text = 'SANTA CLARITA, Calif. (AP) — Sen. Alex Padilla, D-Calif., toured the site. Mail goes to 1 Main St., Reno, NV 89501. Austin, Texas, sent crews.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('a dateline’s postal code becomes AP’s abbreviation, or the name of a state AP never abbreviated', () => {
  assert.deepEqual(flagged(RULE, 'TULSA, OK (AP) — The council voted.'), ['OK']);
  assert.deepEqual(fixed(RULE, 'TULSA, OK (AP) — The council voted.'), 'TULSA, Okla. (AP) — The council voted.');
  assert.deepEqual(fixed(RULE, 'HOUSTON, TX — The storm hit.'), 'HOUSTON, Texas — The storm hit.');
});

test('headlines, captions and quotations keep what they say', () => {
  assert.deepEqual(flagged(RULE, '# Fire near Santa Clarita, Calif.\n\nThe fire spread.', 'markdown'), []);
  assert.deepEqual(flagged(RULE, 'Firefighters work near Santa Clarita, Calif., on Monday. (AP Photo/Ethan Swope)'), []);
  assert.deepEqual(flagged(RULE, '“I drove in from Fresno, Calif., last night,” she said.'), []);
});

test('a handout caption credited “via AP” is a caption', () => {
  const caption = 'In this photo provided by the Vermont State Police, a trooper carries a child in Londonderry, Vt., on Monday. (Vermont State Police via AP)';
  assert.deepEqual(flagged(RULE, caption), []);
  assert.deepEqual(flagged(RULE, 'A trooper carried a child in Londonderry, Vt., on Monday, police said.'), ['Vt.']);
});

test('ordinary words after a comma are not states', () => {
  assert.deepEqual(flagged(RULE, 'Officials in Washington, D.C., agreed. The mayor, OK with the plan, signed. Ruiz, ME and all, stayed home.'), []);
  // Credentials after a person's name: a doctor of medicine, a physician assistant.
  assert.deepEqual(flagged(RULE, '“It’s a breakthrough,” says Katie Allen, MD, PhD. Her colleague Jane M. Doe, PA, agreed.'), []);
  // A town named like a person is a town before an AP abbreviation.
  assert.deepEqual(flagged(RULE, 'She lived in Ann Arbor, Mich., for 40 years.'), ['Mich.']);
});

test('an old abbreviation standing alone is spelled out too; a title, a party and a name are not states', () => {
  const text = 'The company has workers in five states, including Calif. and Fla. Most live in Ariz.';
  assert.deepEqual(flagged(RULE, text), ['Calif.', 'Fla.', 'Ariz.']);
  assert.equal(fixed(RULE, text), 'The company has workers in five states, including California and Florida. Most live in Arizona.');
  assert.deepEqual(flagged(RULE, 'Sen. Alex Padilla, D-Calif., spoke to Miss. Ruiz and Del. Ortiz in Ind. races. Then she went to Mass.'), []);
});
