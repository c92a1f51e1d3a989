import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Linter, lint } from '../../server/src/engine/linter';
import { quotationsOf, type QuotationModel } from '../../server/src/engine/quotes/model';
import { resolveSettings } from '../../server/src/engine/settings';
import type { Language } from '../../server/src/engine/types';
import { applyEdit, edit } from './arbitraries';

const NAMES = ['Maria Lopez', 'Lopez', 'John Kirby', 'Kirby', 'Dr. Shadlen', 'Michael Shadlen', 'a spokesman', 'officials'];
const WORDS = ['the', 'vote', 'was', 'close', 'we', 'will', 'appeal', 'Tuesday', 'council', 'it’s', 'fair'];

const name = fc.constantFrom(...NAMES);
const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((list) => list.join(' '));

/** Paragraphs as news copy links them: speakers named and then "he", floating and multi-paragraph quotes, openers, colons, marks of both styles. */
const paragraph = fc.oneof(
  fc.tuple(words, name).map(([said, who]) => `“${said},” said ${who}.`),
  fc.tuple(name, words).map(([who, said]) => `${who} said, “${said}.”`),
  words.map((said) => `“${said},” he said.`),
  // Marks counted differently: straight, and punctuation outside the closing mark.
  fc.tuple(words, name).map(([said, who]) => `"${said}," said ${who}.`),
  words.map((said) => `“${said}”, he said.`),
  words.map((said) => `“${said}.”`),
  words.map((said) => `“${said}.`),
  name.map((who) => `That’s what ${who} told reporters.`),
  name.map((who) => `${who} testified:`),
  name.map((who) => `${who} testified.`),
  words.map((text) => `${text}.`),
  words.map((said) => `> “${said}.”`),
  words.map((text) => `# ${text}`),
);

const article = fc.record({
  language: fc.constantFrom<Language>('markdown', 'plaintext'),
  paragraphs: fc.array(paragraph, { minLength: 12, maxLength: 40 }),
});

const options = resolveSettings().options;

/** The model as plain data: its paragraphs (objects of one lint) by index. */
function plain(model: QuotationModel) {
  return { quotations: model.quotations, speakers: model.speakers.list(), marks: { ...model.marks, withOrphans: model.marks.withOrphans.map((p) => p.index) } };
}

test('a kept Linter, resuming its quotation pass from a checkpoint before each edit, makes the model a fresh lint makes', () => {
  fc.assert(
    fc.property(article, fc.array(edit, { minLength: 1, maxLength: 6 }), ({ language, paragraphs }, edits) => {
      let text = paragraphs.join('\n\n');
      const linter = new Linter();
      linter.lint(text, language);
      for (const change of edits) {
        text = applyEdit(text, change);
        const kept = quotationsOf(linter.lint(text, language).article, options);
        const fresh = quotationsOf(lint(text, language).article, options);
        assert.deepEqual(plain(kept), plain(fresh));
      }
    }),
    { seed: 20261130, numRuns: 150 },
  );
});

/**
 * `removed` paragraphs from `at` on replaced by `replacements`: as many as there are replacements
 * unless `removed` says otherwise (a paragraph typed in, two joined, a paste). The pass may catch
 * up with the last one after them.
 */
const rewrite = fc.record({ at: fc.nat(), replacements: fc.array(paragraph, { minLength: 1, maxLength: 3 }), removed: fc.option(fc.nat({ max: 3 }), { freq: 2 }) });

function rewritten(paragraphs: string[], { at, replacements, removed }: { at: number; replacements: string[]; removed: number | null }): string[] {
  const from = at % paragraphs.length;
  return [...paragraphs.slice(0, from), ...replacements.slice(0, removed === null ? paragraphs.length - from : undefined), ...paragraphs.slice(from + (removed ?? replacements.length))];
}

test('a kept Linter, taking the rest of its last quotation pass after the paragraphs an edit rewrote, makes the model a fresh lint makes', () => {
  // One or two places rewritten at once (an undo, a paste over a selection and more), so some
  // paragraphs after the first place are the last draft's and some are not; some rewrites add or
  // remove paragraphs, so those after them stand at other places.
  const change = fc.array(rewrite, { minLength: 1, maxLength: 2 });
  fc.assert(
    fc.property(article, fc.array(change, { minLength: 1, maxLength: 6 }), ({ language, paragraphs }, changes) => {
      const linter = new Linter();
      linter.lint(paragraphs.join('\n\n'), language);
      let current = paragraphs;
      for (const places of changes) {
        current = places.reduce(rewritten, current);
        const text = current.join('\n\n');
        const kept = quotationsOf(linter.lint(text, language).article, options);
        const fresh = quotationsOf(lint(text, language).article, options);
        assert.deepEqual(plain(kept), plain(fresh));
      }
    }),
    { seed: 20261130, numRuns: 300 },
  );
});
