import { PLACEHOLDER_PATTERNS } from '../data/placeholders';
import type { ParagraphRule, Report } from '../rule';
import { execAll } from '../text/exec-all';

const PLACEHOLDER = new RegExp(PLACEHOLDER_PATTERNS.join('|'), 'g');

export const leftoverPlaceholder: ParagraphRule = {
  id: 'leftover-placeholder',
  scope: 'paragraph',
  description: 'Placeholders left in the copy: “TK”, “[SOURCE]”, “[SPEAKER]”, “(PHOTOGRAPHER/AGENCY)”, “lorem ipsum”.',
  why: 'Reporters mark what is still to come with TK, and templates and Copydesk’s own fill-in fixes leave bracketed placeholders for the writer to complete. Printed, either is a correction. Only the writer knows what goes there, so there is no fix.',
  defaultSeverity: 'error',
  fixable: false,
  check(paragraph) {
    if (paragraph.kind === 'code' || paragraph.kind === 'front-matter') return [];
    const reports: Report[] = [];
    for (const match of execAll(PLACEHOLDER, paragraph.prose)) {
      const start = paragraph.start + match.index;
      const written = match[0];
      const message = /^\[?(?:TK)+\]?$/.test(written)
        ? `“${written}” marks material still to come: fill it in before the story runs.`
        : `“${written}” is a placeholder: fill it in before the story runs.`;
      reports.push({ start, end: start + written.length, message });
    }
    return reports;
  },
};
