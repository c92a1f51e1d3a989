import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../linter';
import { quotedSpans } from '../model/quoted';

// The reference wire story: published copy, so the claim rules may say little, and only what is true.
const text = readFileSync(join(process.cwd(), 'seeds/000_d99372c84347be6b.txt'), 'utf8');
const CLAIM_RULES = ['claim-unsourced', 'claim-superlative', 'attribution-vague', 'source-anonymous', 'language-loaded'];

test('the reference article: one unsourced-figure finding, on the casualty and refugee sentence', () => {
  const { findings } = lint(text, 'plaintext');
  const claims = findings.filter((finding) => CLAIM_RULES.includes(finding.rule));
  assert.deepEqual(
    claims.map((finding) => [finding.rule, text.slice(finding.start, finding.end)]),
    [['claim-unsourced', 'thousands of deaths and forced nearly 4 million']],
  );
});

test('the reference article: nothing flagged inside Kirby’s quotations', () => {
  const { article, findings } = lint(text, 'plaintext');
  const quoted = article.paragraphs.flatMap((paragraph) => quotedSpans(paragraph).map((span) => [paragraph.start + span.start, paragraph.start + span.end]));
  const insideQuotes = findings.filter(
    (finding) => CLAIM_RULES.includes(finding.rule) && quoted.some(([start, end]) => finding.start >= start && finding.end <= end),
  );
  assert.deepEqual(insideQuotes, []);
  assert.ok(text.includes('unprovoked and unjustified invasion'));
});
