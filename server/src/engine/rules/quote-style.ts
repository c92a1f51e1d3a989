import retextQuotes from 'retext-quotes';
import { VFile } from 'vfile';
import type { Root } from 'nlcst';
import type { ParagraphRule, Report } from '../rule';
import type { Article } from '../model/article';
import { paragraphSummary } from '../model/summaries';

const SMART = /[“”‘’]/g;
const STRAIGHT = /["']/g;

/** The style most marks in the article's prose already use; smart on a tie, as print does. */
export function dominantQuoteStyle(article: Article): 'smart' | 'straight' {
  let smart = 0;
  let straight = 0;
  for (const paragraph of article.paragraphs) {
    // Counted once per paragraph text, so typing in one paragraph does not recount the rest.
    const marks = paragraphSummary(paragraph, 'quote-style-marks', ({ prose }) => ({
      smart: prose.match(SMART)?.length ?? 0,
      straight: prose.match(STRAIGHT)?.length ?? 0,
    }));
    smart += marks.smart;
    straight += marks.straight;
  }
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
    return options.quoteStyle === 'auto' ? dominantQuoteStyle(article) : options.quoteStyle;
  },
  check(paragraph, _context, preferred) {
    if (!/["'“”‘’]/.test(paragraph.prose)) return [];
    const file = new VFile();
    retextQuotes({ preferred: preferred as 'smart' | 'straight' })(paragraph.tree as Root, file);
    const reports: Report[] = [];
    for (const message of file.messages) {
      // Only the choice between straight and curly is this rule's; nesting order is a house matter.
      if (!message.reason.startsWith('Unexpected straight') && !message.reason.startsWith('Unexpected smart')) continue;
      const offset = message.place && 'start' in message.place ? message.place.start.offset : message.place?.offset;
      const expected = message.expected?.[0];
      if (offset === undefined || expected === undefined || !message.actual) continue;
      const start = paragraph.start + offset;
      const end = start + message.actual.length;
      reports.push({
        start,
        end,
        message: `${message.reason.replace(/`/g, '')}.`,
        fixes: [{ title: `Replace ${message.actual} with ${expected}`, edits: [{ start, end, newText: expected }] }],
        data: { actual: message.actual, expected },
      });
    }
    return reports;
  },
};
