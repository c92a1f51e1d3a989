import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseFixEdits } from './fixes';
import { Linter, lint } from './linter';
import { rules } from './rules';
import { DocumentText } from './model/document-text';
import type { Rule } from './rule';
import { claimUnsourced } from './rules/claim-unsourced';

const broken: Rule = {
  id: 'broken',
  scope: 'article',
  description: 'Always throws.',
  why: 'Stands for a rule with a bug.',
  defaultSeverity: 'warning',
  fixable: false,
  check() {
    throw new Error('boom');
  },
};

test('a rule that throws is reported and skipped; the others still run', () => {
  const result = new Linter([broken, ...rules]).lint('Text.\n\nAdvertisement', 'plaintext');
  assert.equal(result.failures.length, 1);
  assert.equal(result.failures[0].rule, 'broken');
  assert.match(result.failures[0].error, /boom/);
  assert.deepEqual(result.findings.map((f) => f.rule), ['leftover-boilerplate']);
});

test('re-linting with a kept Linter equals a fresh lint after edits', () => {
  const linter = new Linter();
  const drafts = ['“One,” she said.\n\nTwo\'s here.\n\nAdvertisement', '“One,” she said.\n\nTwo\'s here, now.\n\nAdvertisement', 'Intro.\n\n“One,” she said.\n\nTwo\'s here, now.'];
  for (const text of drafts) assert.deepEqual(linter.lint(text, 'plaintext').findings, lint(text, 'plaintext').findings);
});

test('a finding inside text another rule’s fix deletes is moot: a leftover line draws one finding', () => {
  const text = 'The Senate passed the bill.\n\nUpdated 6:45 PM EST\n\nIt funds the government until 6:45 PM.';
  const { findings } = lint(text, 'plaintext');
  assert.deepEqual(findings.map((f) => [f.rule, text.slice(f.start, f.end)]), [['leftover-boilerplate', 'Updated 6:45 PM EST'], ['ap-time', '6:45 PM.']]);
  assert.equal(findings[1].start, text.lastIndexOf('6:45 PM'));
});

test('suppression comments silence one line or the rest of the file', () => {
  const text = 'Intro.\n\n<!-- copydesk-disable-next-line leftover-boilerplate -->\nAdvertisement\n\nAdvertisement';
  assert.equal(lint(text, 'plaintext').findings.length, 1);
  const all = '<!-- copydesk-disable -->\n\nAdvertisement\n\nIt\'s here.';
  assert.equal(lint(all, 'plaintext').findings.length, 0);
  const enabled = '<!-- copydesk-disable leftover-boilerplate -->\n\nAdvertisement\n\n<!-- copydesk-enable leftover-boilerplate -->\n\nAdvertisement';
  assert.equal(lint(enabled, 'plaintext').findings.length, 1);
});

test('every rule is documented, registered once and named like its module', () => {
  const ids = rules.map((rule) => rule.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const rule of rules) {
    assert.match(rule.id, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(rule.description.length > 10 && rule.why.length > 20, rule.id);
  }
});

test('fix-all leaves fill-in blanks to the writer unless asked for them', () => {
  const text = 'The plant closed in May.\n\n“Nobody saw it coming.”\n\nAdvertisement';
  const { findings } = lint(text, 'plaintext');
  const blank = findings.find((finding) => finding.rule === 'quote-unattributed')!;
  assert.equal(blank.fixes[0].fillIn, true);
  assert.ok(!chooseFixEdits(findings).some((edit) => edit.newText.includes('[SPEAKER]')));
  assert.ok(chooseFixEdits(findings, { fillIns: true }).some((edit) => edit.newText.includes('[SPEAKER]')));
});

test('a keystroke on a DocumentText is linted through its blocks: no rule joins the whole text', () => {
  const draft = [
    '# Council “votes” on budget',
    '“We will stay, she said.',
    'The council met on Tuesday.',
    'The vote was close. “This is a disaster for everyone in town.” The council adjourned.',
    '![A crowd outside](crowd.jpg)',
    'The mayor spoke later.',
    'Kirby speaks on Tuesday. (Alex Wong/Getty Images)',
    'A tank near Donetsk on March 26. (Sefa Karacan/AP)',
    'Smoke rises over Kharkiv on Monday. Photo: Jane Doe/Reuters',
    'Officials said it\'s "final".',
    'Advertisement',
  ].join('\r\n\r\n');
  const linter = new Linter();
  const opened = DocumentText.of(draft, 'markdown');
  linter.lint(opened, 'markdown');
  const typed = opened.edit(draft.indexOf('budget'), draft.indexOf('budget'), 'city ');
  typed.toString = () => assert.fail('the whole text was joined');
  const rules = new Set(linter.lint(typed, 'markdown').findings.filter((finding) => finding.fixes.length > 0 || finding.rule === 'quote-unbalanced').map((finding) => finding.rule));
  // The rules that read characters of the text around their findings, each with a finding here.
  for (const rule of ['quote-unbalanced', 'quote-unattributed', 'photo-credit-missing', 'photo-credit-format', 'leftover-boilerplate']) assert.ok(rules.has(rule), rule);
});

test('when the next paragraph stops sourcing a figure, only that paragraph’s claims are checked again', () => {
  const checked: string[] = [];
  const counted: Rule = { ...claimUnsourced, check: (paragraph, context, key) => (checked.push(paragraph.text), claimUnsourced.check(paragraph, context, key)) };
  const filler = Array.from({ length: 6 }, (_, i) => `The council met for the ${i + 1}th time on Tuesday to discuss the budget.`);
  const draft = (opening: string) => [...filler, 'Unemployment rose to 7.4% in March across the region.', `${opening}, released Friday by the Labor Department, show a steady rise.`, ...filler].join('\n\n');
  const linter = new Linter([counted]);
  assert.deepEqual(linter.lint(draft('The figures'), 'plaintext').findings, []);
  checked.length = 0;
  // "Figures" no longer points back at the paragraph before: the sourcing key changes.
  const edited = draft('Figures');
  const { findings } = linter.lint(edited, 'plaintext');
  assert.deepEqual(findings, lint(edited, 'plaintext', { rules: Object.fromEntries(rules.map((rule) => [rule.id, rule.id === 'claim-unsourced' ? 'information' : 'off'])) }).findings);
  assert.deepEqual(findings.map((finding) => edited.slice(finding.start, finding.end)), ['7.4%']);
  assert.deepEqual(checked, ['Unemployment rose to 7.4% in March across the region.', 'Figures, released Friday by the Labor Department, show a steady rise.']);
});
