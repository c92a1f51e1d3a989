import retextQuotes from 'retext-quotes';
import { VFile } from 'vfile';
import type { ParagraphRule, Report } from '../rule';
import type { Article, Paragraph } from '../model/article';
import { treeOf } from '../model/tree';
import { quotationsOf } from '../quotes/model';
import { marksOf } from '../quotes/pairing';
import type { RuleOptions } from '../settings';

/** Marks of the style other than the preferred one, the only ones retext-quotes reports as mismatched. */
const OTHER_STYLE = { smart: /["']/, straight: /[“”‘’]/ };

/** The style most marks in the article's prose already use; smart on a tie, as print does. */
export function dominantQuoteStyle(article: Article, options: RuleOptions): 'smart' | 'straight' {
  const { smart, straight } = quotationsOf(article, options).marks;
  return straight > smart ? 'straight' : 'smart';
}

export const quoteStyle: ParagraphRule = {
  id: 'quote-style',
  scope: 'paragraph',
  description: 'Quotation marks and apostrophes in one style: curly (“ ” ’) or straight (" \').',
  why: 'Mixed straight and curly marks look like copy pasted from different sources, and straight marks survive into print as inch and foot signs. The article’s dominant style wins unless `quoteStyle` forces one.',
  defaultSeverity: 'warning',
  fixable: true,
  contextKey({ article, options }) {
    return options.quoteStyle === 'auto' ? dominantQuoteStyle(article, options) : options.quoteStyle;
  },
  check(paragraph, _context, preferred) {
    const reports: Report[] = preferred === 'smart' ? wrongWayApostrophes(paragraph) : [];
    // Only a mark in the other style can be wrong: most paragraphs have none, and skip retext-quotes.
    if (!OTHER_STYLE[preferred as 'smart' | 'straight'].test(paragraph.prose)) return reports;
    const roles = new Map(rolesOf(paragraph));
    for (const offset of styleMismatches(paragraph, preferred as 'smart' | 'straight')) {
      // retext-quotes finds the marks in the other style; the quotation model says what each mark
      // is, so an inch mark (6'2") is left alone and ’90s gets an apostrophe, not an opening quote.
      const role = roles.get(offset);
      if (!role) continue;
      const actual = paragraph.prose[offset];
      const expected = preferred === 'straight' ? STRAIGHTENED[actual] : CURLED[role][actual];
      if (!expected || expected === actual) continue;
      const start = paragraph.start + offset;
      const what = role === 'apostrophe' ? 'apostrophe' : 'quotation mark';
      const style = preferred === 'straight' ? 'Curly' : 'Straight';
      reports.push({
        start,
        end: start + 1,
        message: `${style} ${what} ${actual} in ${preferred === 'straight' ? 'straight' : 'curly'}-quoted copy: use ${expected}.`,
        fixes: [{ title: `Replace ${actual} with ${expected}`, edits: [{ start, end: start + 1, newText: expected }] }],
        data: { actual, expected },
      });
    }
    return reports;
  },
};

/** Paragraph offsets of the marks retext-quotes finds in the style other than `preferred`. */
function styleMismatches(paragraph: Paragraph, preferred: 'smart' | 'straight'): number[] {
  const file = new VFile();
  retextQuotes({ preferred })(treeOf(paragraph), file);
  const offsets: number[] = [];
  for (const message of file.messages) {
    // Nesting order (‘ inside “) is a house matter, not this rule's: keep only style mismatches.
    if (!/^Unexpected (straight|smart) /.test(message.reason)) continue;
    const offset = message.place && 'start' in message.place ? message.place.start.offset : message.place?.offset;
    if (offset !== undefined) offsets.push(offset);
  }
  return offsets;
}

type Role = 'open' | 'close' | 'apostrophe';

const STRAIGHTENED: Record<string, string> = { '“': '"', '”': '"', '‘': "'", '’': "'" };
const CURLED: Record<Role, Record<string, string>> = {
  open: { '"': '“', "'": '‘' },
  close: { '"': '”', "'": '’' },
  apostrophe: { "'": '’' },
};

/** What follows an apostrophe that clips the start: ’90s, ’n’, ’em, ’til, ’tis, ’cause. */
const CLIPPED = /^(?:\d\ds\b|n’|(?:em|til|tis|twas|cause|bout)\b)/i;

/**
 * ‘90s and rock ‘n’ roll: an opening single quote where the apostrophe belongs, as word processors
 * curl a mark typed before a number or a clipped word. (Curly copy only: in straight copy the
 * mark is in the other style, and the loop above straightens it.)
 */
function wrongWayApostrophes(paragraph: Paragraph): Report[] {
  const prose = paragraph.prose;
  if (!prose.includes('‘')) return [];
  return marksOf(paragraph)
    // Only where no quote can open: a decade or a clipped word. ‘90 days’ may be a nested quote.
    .apostrophes.filter((offset) => prose[offset] === '‘' && CLIPPED.test(prose.slice(offset + 1, offset + 6)))
    .map((offset) => {
      const start = paragraph.start + offset;
      return {
        start,
        end: start + 1,
        message: 'Opening quotation mark ‘ where an apostrophe belongs: use ’ (’90s, rock ’n’ roll).',
        fixes: [{ title: 'Replace ‘ with ’', edits: [{ start, end: start + 1, newText: '’' }] }],
        data: { actual: '‘', expected: '’' },
      };
    });
}

/**
 * What each mark is, from the quotation model: quotes open and close, apostrophes are
 * apostrophes (’90s, never ‘90s), and inch and foot marks (6'2") are left as they are.
 */
function rolesOf(paragraph: Paragraph): Array<[number, Role]> {
  const marks = marksOf(paragraph);
  const roles: Array<[number, Role]> = [];
  for (const pair of marks.pairs) {
    roles.push([pair.open, 'open']);
    if (pair.close !== undefined) roles.push([pair.close, 'close']);
  }
  for (const offset of marks.orphanCloses) roles.push([offset, 'close']);
  for (const offset of marks.apostrophes) roles.push([offset, 'apostrophe']);
  return roles.sort((a, b) => a[0] - b[0]);
}
