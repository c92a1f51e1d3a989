import { marksOf } from '../quotes/pairing';
import type { ParagraphRule, Report } from '../rule';

/**
 * American style (AP): periods and commas always go inside the closing quotation mark, even
 * after a title or a single word. Question and exclamation marks go by meaning, so they are
 * left alone; so is any mark after a quote that already ends in punctuation.
 */
export const quotePunctuation: ParagraphRule = {
  id: 'quote-punctuation',
  scope: 'paragraph',
  description: 'Commas and periods inside the closing quotation mark (American style).',
  why: 'AP and American usage put commas and periods inside closing quotation marks, whatever the quote; set `punctuationStyle` to `british` for logical punctuation, where they may stand outside.',
  defaultSeverity: 'warning',
  fixable: true,
  check(paragraph, { options }) {
    if (options.punctuationStyle === 'british') return [];
    const prose = paragraph.prose;
    const reports: Report[] = [];
    for (const pair of marksOf(paragraph).pairs) {
      if (pair.close === undefined) continue;
      const close = pair.close;
      const outside = prose[close + 1];
      if (outside !== ',' && outside !== '.') continue;
      // `“Why?”.` or `‘a-ha!’,` — the quote already ends in punctuation; an ellipsis is no period to move.
      if (/[.,!?;:…]/.test(prose[close - 1]) || prose.startsWith('..', close + 1)) continue;
      const start = paragraph.start + close;
      const mark = prose[close];
      reports.push({
        start,
        end: start + 2,
        message: `Unexpected ${mark}${outside}, expected ${outside}${mark}: in American style the ${outside === ',' ? 'comma' : 'period'} goes inside the quotation mark.`,
        fixes: [{ title: `Move the ${outside === ',' ? 'comma' : 'period'} inside`, edits: [{ start, end: start + 2, newText: `${outside}${mark}` }] }],
        data: { actual: `${mark}${outside}`, expected: `${outside}${mark}` },
      });
    }
    return reports;
  },
};
