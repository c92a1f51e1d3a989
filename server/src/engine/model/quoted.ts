import type { Paragraph } from './article';

/** A stretch of quoted matter, offsets relative to its paragraph. */
export interface QuotedSpan {
  start: number;
  end: number;
}

const DOUBLE_QUOTED = /“[^“”]*”?|"[^"]*"?/g;

/**
 * Where a paragraph is quoted matter rather than the reporter's own voice: text between double
 * quotation marks (an unclosed one runs to the paragraph's end, as multi-paragraph quotes do) and
 * block quotes. Style and claim rules skip these spans: the words are the speaker's.
 */
export function quotedSpans(paragraph: Paragraph): QuotedSpan[] {
  if (paragraph.kind === 'blockquote') return [{ start: 0, end: paragraph.text.length }];
  const spans: QuotedSpan[] = [];
  for (const match of paragraph.prose.matchAll(DOUBLE_QUOTED)) {
    const start = match.index ?? 0;
    spans.push({ start, end: start + match[0].length });
  }
  return spans;
}

/** Whether the paragraph-relative range `[start, end)` lies in quoted matter. */
export function isQuoted(paragraph: Paragraph, start: number, end = start): boolean {
  return quotedSpans(paragraph).some((span) => start >= span.start && end <= span.end);
}
