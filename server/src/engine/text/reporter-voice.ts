import type { Paragraph } from '../model/article';
import { quotedSpans } from '../model/quoted';
import type { Report } from '../rule';

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

/** A report that replaces the paragraph-relative range `[start, end)` with `newText`. */
export function replacement(paragraph: Paragraph, start: number, end: number, newText: string, message: string): Report {
  const from = paragraph.start + start;
  const to = paragraph.start + end;
  const shown = newText === '' ? 'Delete' : `Change to “${newText.trim()}”`;
  return { start: from, end: to, message, fixes: [{ title: shown, edits: [{ start: from, end: to, newText }] }] };
}

/** `word` with the capitalisation of `model`: all capitals, an initial capital, or as given. */
export function matchCase(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  if (model[0] !== model[0].toLowerCase()) return capitalize(word);
  return word;
}

export function capitalize(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}
