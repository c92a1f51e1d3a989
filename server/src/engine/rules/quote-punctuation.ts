import { isCaption } from '../claims/voice';
import type { Paragraph } from '../model/article';
import { punctuationStyleOf } from '../quotes/punctuation-style';
import { attributionPunctuation } from '../quotes/attribution-punctuation';
import { marksOf, type MarkPair } from '../quotes/pairing';
import type { ParagraphRule, Report } from '../rule';

/**
 * In any style, a quote meets its attribution with a comma (see attributionPunctuation). American
 * style (AP): periods and commas always go inside the closing quotation mark, even after a title
 * or a single word. Question and exclamation marks go by meaning, so they are left alone; so is
 * any mark after a quote that already ends in punctuation. Quotes open with double marks: single
 * ones are for a quote within a quote, and for headlines.
 */
export const quotePunctuation: ParagraphRule = {
  id: 'quote-punctuation',
  scope: 'paragraph',
  description: 'Punctuation around quotes: a comma, not a period, before “she said” and after “said”, none after a question mark; in American style, commas and periods inside the closing mark, and double marks around a quote.',
  why: 'A quoted statement meets its attribution with a comma (“We are ready,” she said. / She said, “We are ready.”), and a question or exclamation mark ends a quote alone, in any style. AP and American usage also put commas and periods inside closing quotation marks, whatever the quote, and quote with double marks, keeping single ones for a quote within a quote and for headlines. Copy that quotes with single marks first and most, or punctuates logically throughout, follows British style, where those two differ; `punctuationStyle` forces either.',
  defaultSeverity: 'warning',
  fixable: true,
  contextKey({ article, options }) {
    return punctuationStyleOf(article, options);
  },
  check(paragraph, _context, style) {
    const prose = paragraph.prose;
    const pairs = marksOf(paragraph).pairs;
    if (pairs.length === 0) return [];
    // Headlines, and the captions and standfirsts many papers set like them, quote in their own way.
    const display = paragraph.kind === 'heading' || isCaption(paragraph);
    const reports: Report[] = display ? [] : attributionPunctuation(paragraph, pairs);
    if (style === 'british') return reports;
    if (!display) reports.push(...singleMarkedQuotes(paragraph, pairs));
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

const DOUBLED: Record<string, string> = { '‘': '“', '’': '”', "'": '"' };

/**
 * Outermost quotes in single marks, in American copy (a few among many in double marks). A link's
 * text is another story's headline (“Review: ‘Madden NFL 17’ runs hard”). A quote holding another
 * is left without a fix: its inner marks would have to turn too.
 */
function singleMarkedQuotes(paragraph: Paragraph, pairs: MarkPair[]): Report[] {
  const reports: Report[] = [];
  pairs.forEach((pair, index) => {
    if (pair.family !== 'single' || pair.depth !== 0 || pair.close === undefined) return;
    const { open, close } = pair;
    if (paragraph.links.some((link) => link.start <= open && close < link.end)) return;
    const start = paragraph.start + open;
    const end = paragraph.start + close + 1;
    const [opening, closing] = [paragraph.prose[open], paragraph.prose[close]];
    // Pairs come in the order they open: the next one opens inside this one if any does.
    const next = pairs[index + 1];
    const holdsQuote = next !== undefined && next.open < close;
    reports.push({
      start,
      end,
      message: `Single quotation marks around a quote: American style uses double marks (${DOUBLED[opening]} ${DOUBLED[closing]}), single ones only for a quote within a quote and in headlines.`,
      fixes: holdsQuote
        ? []
        : [{
            title: 'Use double quotation marks',
            edits: [{ start, end: start + 1, newText: DOUBLED[opening] }, { start: end - 1, end, newText: DOUBLED[closing] }],
          }],
      data: { actual: opening, expected: DOUBLED[opening] },
    });
  });
  return reports;
}
