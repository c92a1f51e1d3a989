import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../linter';
import { applyEdits, chooseFixEdits } from '../fixes';

const QUOTE_RULES = ['quote-unbalanced', 'quote-unattributed', 'quote-punctuation', 'attribution-verb'];

/** One pass of every quotation rule's fixes. */
function fixOnce(text: string): string {
  return applyEdits(text, chooseFixEdits(lint(text, 'plaintext').findings.filter((finding) => QUOTE_RULES.includes(finding.rule)), { fillIns: true }));
}

test('quotation fixes settle: a second lint and fix pass changes nothing', () => {
  const draft = [
    'The mayor spoke on Monday.',
    '“Nobody saw it coming.”',
    'He expressed “skepticism”, Kirby claimed.',
    'It was a disaster,” Ruiz said. The vote is Monday.',
    '“We will rebuild every house on this street.',
  ].join('\n\n');
  const once = fixOnce(draft);
  assert.notEqual(once, draft);
  assert.equal(fixOnce(once), once);
  assert.deepEqual(lint(once, 'plaintext').findings.filter((f) => QUOTE_RULES.includes(f.rule) && f.fixes.length > 0), []);
});
