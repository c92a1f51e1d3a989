import type { Paragraph } from '../model/article';
import type { Report } from '../rule';

/** A report that replaces the paragraph-relative range `[start, end)` with `newText`. */
export function replacement(paragraph: Paragraph, start: number, end: number, newText: string, message: string): Report {
  const from = paragraph.start + start;
  const to = paragraph.start + end;
  const shown = newText === '' ? 'Delete' : `Change to “${newText.trim()}”`;
  return { start: from, end: to, message, fixes: [{ title: shown, edits: [{ start: from, end: to, newText }] }] };
}
