import type { Paragraph } from './article';
import { marksOf } from '../quotes/pairing';
import { paragraphSummary } from './summaries';

/** A stretch of quoted matter, offsets relative to its paragraph. */
export interface QuotedSpan {
  start: number;
  end: number;
}

/**
 * Where a paragraph is quoted matter rather than the reporter's own voice, from the quotation
 * model's pairing of marks (apostrophes, inch marks and the like are never quotes): every
 * outermost quotation, marks included, whatever its kind — speech, partial quotes, and also
 * titles and scare quotes, whose words are not the reporter's to restyle either. A quotation
 * still open at the paragraph's end runs to it (multi-paragraph quotes); a block quote is quoted
 * as a whole. Style and claim rules skip these spans. Computed once per paragraph text (many
 * rules ask, on every keystroke): the list is shared, so callers must not change it.
 */
export function quotedSpans(paragraph: Paragraph): readonly QuotedSpan[] {
  return paragraphSummary(paragraph, 'quoted-spans', spansOf);
}

function spansOf(paragraph: Paragraph): QuotedSpan[] {
  if (paragraph.kind === 'blockquote') return [{ start: 0, end: paragraph.text.length }];
  const end = paragraph.prose.trimEnd().length;
  return marksOf(paragraph)
    .pairs.filter((pair) => pair.depth === 0)
    .map((pair) => ({ start: pair.open, end: pair.close === undefined ? end : pair.close + 1 }));
}

/** Whether the paragraph-relative range `[start, end)` lies in quoted matter. */
export function isQuoted(paragraph: Paragraph, start: number, end = start): boolean {
  return quotedSpans(paragraph).some((span) => start >= span.start && end <= span.end);
}
