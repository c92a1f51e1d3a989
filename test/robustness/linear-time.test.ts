import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArticle } from '../../server/src/engine/model/build';
import type { Rule, RuleContext } from '../../server/src/engine/rule';
import { rules } from '../../server/src/engine/rules';
import { resolveSettings } from '../../server/src/engine/settings';
import { BOILERPLATE_LINES } from '../../server/src/engine/data/boilerplate';

/**
 * Strings that make careless regular expressions backtrack: long runs of one class, of
 * alternating classes, and of near-matches of the rules' own phrases repeated without a break.
 */
const ADVERSARIAL: Record<string, (size: number) => string> = {
  spaces: (n) => `a${' '.repeat(n)}!`,
  letters: (n) => 'a'.repeat(n),
  'words without end': (n) => 'word '.repeat(n / 5),
  digits: (n) => '1'.repeat(n),
  'digits and separators': (n) => '1,0.'.repeat(n / 4),
  'straight quotes': (n) => `"'`.repeat(n / 2),
  'curly quotes': (n) => '“‘’”'.repeat(n / 4),
  'quoted words': (n) => '“a ‘b” c’ '.repeat(n / 10),
  apostrophes: (n) => "a'".repeat(n / 2),
  punctuation: (n) => '.,;:!?—-'.repeat(n / 8),
  'capitalized words': (n) => 'Aa '.repeat(n / 3),
  markup: (n) => '*_`#>|'.repeat(n / 6),
  'rule phrases': (n) => `${BOILERPLATE_LINES.map((line) => line.replace(/[^\w ]/g, '')).join(' ')} `.repeat(Math.ceil(n / 2000)).slice(0, n),
  'line breaks': (n) => 'a\n'.repeat(n / 2),
  'number forms': (n) => 'a 1 year old 1-years-old $1,000,000 about 1000 people passed 5 to 4 in the Spring $5.00 in Calif. 5 dollars 9 for 9 '.repeat(Math.ceil(n / 110)).slice(0, n),
  'crowds and names': (n) => 'Some economists say Aa Bb, an analyst. Critics say '.repeat(Math.ceil(n / 50)).slice(0, n),
  'credits': (n) => '(Ann Lee/The Bulletin) (The Bulletin) '.repeat(Math.ceil(n / 38)).slice(0, n),
  'document verbs': (n) => 'The bill would require the order directs laws ban “a b” '.repeat(Math.ceil(n / 56)).slice(0, n),
  'claim phrases': (n) => 'Aa Bb Cc Dd Ee Ff Gg 5% approved a 1% budget Inc. for 2% offered raises of 3% 2% of the expected votes 1,000 votes Hundreds of people marched I ended 4% best under $5 shooting 5% held them to 6% from Sales, a, b of, c, fell 5% voted to raise 2% town of 1,000 study a found '.repeat(Math.ceil(n / 100)).slice(0, n),
};

/** The rule's own time (the article is parsed beforehand): the fastest of three runs, so a busy machine does not fail the test. */
function ruleTime(rule: Rule, context: RuleContext): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const began = performance.now();
    if (rule.scope === 'article') rule.check(context);
    else {
      const key = rule.contextKey?.(context) ?? '';
      for (const paragraph of context.article.paragraphs) rule.check(paragraph, context, key);
    }
    best = Math.min(best, performance.now() - began);
  }
  return best;
}

test('every rule runs in near-linear time on adversarial text (no catastrophic backtracking)', () => {
  // Quadrupling the input may cost at most ten times as much (quadratic would be sixteen);
  // below 5 ms timer noise dominates, so the small size gets that floor.
  const options = resolveSettings().options;
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    for (const language of ['plaintext', 'markdown'] as const) {
      const [small, large] = [5_000, 20_000].map((size): RuleContext => ({ article: buildArticle(make(size), language), options }));
      for (const rule of rules) {
        const smallMs = Math.max(5, ruleTime(rule, small));
        const largeMs = ruleTime(rule, large);
        assert.ok(largeMs <= smallMs * 10, `${rule.id} on ${name} (${language}): 5k chars ${smallMs.toFixed(1)} ms, 20k chars ${largeMs.toFixed(1)} ms`);
      }
    }
  }
});
