import type { Article } from '../model/article';
import { quotationsOf } from '../quotes/model';
import { marksOf } from '../quotes/pairing';
import type { ParagraphRule, Report } from '../rule';
import type { RuleOptions } from '../settings';

/** Logical punctuation this often, and far more often than American, is the article's house style. */
const LOGICAL_AT_LEAST = 3;

/**
 * British papers open quotes with single marks (‘We will stay’, she said) and punctuate logically;
 * so do sites like Wikipedia with double marks. Copy that does either consistently keeps its style.
 */
function britishByMarks(article: Article, options: RuleOptions): 'american' | 'british' {
  const { single, double, inside, outside } = quotationsOf(article, options).marks;
  const logical = outside >= LOGICAL_AT_LEAST && outside > 2 * inside;
  return single > double || logical ? 'british' : 'american';
}

/**
 * American style (AP): periods and commas always go inside the closing quotation mark, even
 * after a title or a single word. Question and exclamation marks go by meaning, so they are
 * left alone; so is any mark after a quote that already ends in punctuation.
 */
export const quotePunctuation: ParagraphRule = {
  id: 'quote-punctuation',
  scope: 'paragraph',
  description: 'Commas and periods inside the closing quotation mark (American style).',
  why: 'AP and American usage put commas and periods inside closing quotation marks, whatever the quote. Copy that quotes with single marks first, or punctuates logically throughout, follows British style, where they may stand outside; `punctuationStyle` forces either.',
  defaultSeverity: 'warning',
  fixable: true,
  contextKey({ article, options }) {
    return options.punctuationStyle === 'auto' ? britishByMarks(article, options) : options.punctuationStyle;
  },
  check(paragraph, _context, style) {
    if (style === 'british') return [];
    const prose = paragraph.prose;
    const reports: Report[] = [];
    const pairs = marksOf(paragraph).pairs;
    const closes = new Set(pairs.map((pair) => pair.close));
    for (const pair of pairs) {
      if (pair.close === undefined) continue;
      const close = pair.close;
      const outside = prose[close + 1];
      if (outside !== ',' && outside !== '.') continue;
      // `“Why?”.` or `‘a-ha!’,` — the quote already ends in punctuation; an ellipsis is no period to move.
      if (/[.,!?;:…]/.test(prose[close - 1]) || prose.startsWith('..', close + 1)) continue;
      const start = paragraph.start + close;
      const mark = prose[close];
      // Nested quotes closing together (‘bold’”,): the mark goes inside both, ‘bold,’”.
      let inside = close;
      while (closes.has(inside - 1)) inside--;
      const name = outside === ',' ? 'comma' : 'period';
      reports.push({
        start,
        end: start + 2,
        message: `${name[0].toUpperCase()}${name.slice(1)} outside the closing quotation mark: in American style it goes inside (${outside}${mark}, not ${mark}${outside}).`,
        fixes: [{
          title: `Move the ${name} inside`,
          edits: [{ start: paragraph.start + inside, end: paragraph.start + inside, newText: outside }, { start: start + 1, end: start + 2, newText: '' }],
        }],
        data: { actual: `${mark}${outside}`, expected: `${outside}${mark}` },
      });
    }
    return reports;
  },
};
