import type { Paragraph } from '../model/article';
import { quotedSpans } from '../model/quoted';

/**
 * Matches of the global `pattern` in a paragraph's prose that the reporter wrote: a match touching
 * quoted matter is skipped whole, because the quoted words are the speaker's (proselint#24).
 */
export function reporterMatches(paragraph: Paragraph, pattern: RegExp): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let spans: ReturnType<typeof quotedSpans> | undefined;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(paragraph.prose); match; match = pattern.exec(paragraph.prose)) {
    if (match[0] === '') {
      pattern.lastIndex++;
      continue;
    }
    spans ??= quotedSpans(paragraph);
    const start = match.index;
    const end = start + match[0].length;
    if (!spans.some((span) => start < span.end && end > span.start)) matches.push(match);
  }
  return matches;
}
