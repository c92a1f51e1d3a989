import type { Credit } from '../photos/credits';
import { analyseParagraph, creditReader } from '../photos/paragraph';
import type { ParagraphRule, Report } from '../rule';

export const photoCreditDuplicate: ParagraphRule = {
  id: 'photo-credit-duplicate',
  scope: 'paragraph',
  description: 'A caption prints its credit once: not `(Alex Wong/Getty Images) (Getty Images)`.',
  why: 'Copy pasted from a web page often brings the credit twice, once from the caption and once from the page’s credit line; the second copy, or the agency repeated alone, reads as a production error.',
  defaultSeverity: 'warning',
  fixable: true,
  check(paragraph, { options }) {
    if (paragraph.kind === 'code' || paragraph.kind === 'front-matter') return [];
    const photos = analyseParagraph(paragraph, options.house.agencies);
    if (photos.credits.length < 2) return [];
    const reader = creditReader(options.house.agencies);
    const text = photos.captionText;
    const reports: Report[] = [];
    const redundant = new Set<Credit>();
    // "In this photo provided by the Vermont State Police, … (Vermont State Police via AP)": AP's
    // handout captions say in the sentence where a picture came from and credit it as well.
    const lines = photos.credits.filter((credit) => credit.format !== 'prose');
    lines.forEach((later, index) => {
      for (const earlier of lines.slice(0, index)) {
        if (redundant.has(earlier) || /[\r\n]/.test(text.slice(earlier.end, later.start))) continue;
        const [extra, kept] = covers(reader.parts(earlier), reader.parts(later)) ? [later, earlier] : covers(reader.parts(later), reader.parts(earlier)) ? [earlier, later] : [];
        if (!extra || !kept) continue;
        redundant.add(extra);
        const quote = (credit: Credit) => paragraph.text.slice(credit.start, credit.end);
        reports.push({
          start: paragraph.start + extra.start,
          end: paragraph.start + extra.end,
          message: `Credit “${quote(extra)}” repeats “${quote(kept)}”: print it once.`,
          fixes: [{ title: 'Remove the repeated credit', edits: [removal(text, extra, paragraph.start)] }],
        });
        return;
      }
    });
    return reports;
  },
};

/** Whether every credited name of `smaller` is already in `larger` (`Getty Images` in `Alex Wong/Getty Images`). */
function covers(larger: string[], smaller: string[]): boolean {
  return smaller.length > 0 && smaller.every((part) => larger.includes(part));
}

/** Deletes the credit with the spaces separating it from the text before it (or after it, at a line's start). */
function removal(text: string, credit: Credit, base: number) {
  let start = credit.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  let end = credit.end;
  if (start === 0 || /[\r\n]/.test(text[start - 1])) {
    start = credit.start;
    while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  }
  return { start: base + start, end: base + end, newText: '' };
}
