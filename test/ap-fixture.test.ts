import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter } from '../server/src/engine/linter';
import { applyEdits, chooseFixEdits } from '../server/src/engine/fixes';
import { rules } from '../server/src/engine/rules';
import type { PartialSettings } from '../server/src/engine/settings';

// Tests run bundled from out/test; the fixtures stay in the source tree.
const FIXTURES = join(__dirname, '..', '..', 'test', 'fixtures');
const mistakes = readFileSync(join(FIXTURES, 'ap-mistakes.md'), 'utf8');
const golden = readFileSync(join(FIXTURES, 'ap-mistakes.fixed.md'), 'utf8');
const settings: PartialSettings = { options: { house: { substitutions: { 'e-mail': 'email' } } } };

const AP_RULES = new Set(['ap-numerals', 'ap-dates', 'ap-time', 'ap-percent', 'ap-titles', 'ap-courtesy-titles', 'name-second-reference', 'name-spelling', 'repeated-word', 'headline-length', 'house-style']);

function fixOnce(linter: Linter, text: string): string {
  return applyEdits(text, chooseFixEdits(linter.lint(text, 'markdown', settings).findings));
}

test('the fixture holds a mistake for every fixable AP rule', () => {
  const found = new Set(new Linter().lint(mistakes, 'markdown', settings).findings.map((finding) => finding.rule));
  const fixable = rules.filter((rule) => AP_RULES.has(rule.id) && rule.fixable).map((rule) => rule.id);
  assert.deepEqual(fixable.filter((id) => !found.has(id)), []);
});

test('fixing everything, pass after pass, reaches the golden text and then stops', () => {
  const linter = new Linter();
  let text = mistakes;
  for (let pass = 0; pass < 5; pass++) {
    const next = fixOnce(linter, text);
    if (next === text) break;
    text = next;
  }
  assert.equal(text, golden);
  assert.equal(fixOnce(linter, golden), golden);
});

test('one pass of fix-all over the AP rules already reaches the golden text', () => {
  const linter = new Linter(rules.filter((rule) => AP_RULES.has(rule.id)));
  assert.equal(fixOnce(linter, mistakes), golden);
});

test('the golden text is clean for the AP rules', () => {
  const linter = new Linter(rules.filter((rule) => AP_RULES.has(rule.id)));
  assert.deepEqual(linter.lint(golden, 'markdown', settings).findings.map((finding) => `${finding.rule}: ${finding.message}`), []);
});
