import type { Finding, TextEdit } from './types';

/**
 * The first fix of each finding whose edits overlap no fix already taken, in document order.
 * Overlapping fixes wait for the next pass, after a re-lint, as ESLint's fixer does. Fill-in
 * fixes (blanks for the writer) are left out unless asked for: fix-all runs unattended.
 */
export function chooseFixEdits(findings: Finding[], { fillIns = false } = {}): TextEdit[] {
  const candidates = findings
    .map((finding) => finding.fixes[0])
    .filter((fix) => fix !== undefined && (fillIns || !fix.fillIn))
    .map((fix) => [...fix.edits].sort(byPosition))
    .sort((a, b) => byPosition(a[0], b[0]));
  const taken: TextEdit[] = [];
  for (const edits of candidates) {
    if (edits.length === 0) continue;
    if (edits.every((edit) => !taken.some((other) => overlaps(edit, other)))) taken.push(...edits);
  }
  return taken.sort(byPosition);
}

/** Applies non-overlapping edits to `text`. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  let result = '';
  let cursor = 0;
  for (const edit of [...edits].sort(byPosition)) {
    result += text.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
  }
  return result + text.slice(cursor);
}

function byPosition(a: TextEdit, b: TextEdit): number {
  return a.start - b.start || a.end - b.end;
}

/** Edits conflict when they share characters, or when one inserts where the other starts. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start < b.end && b.start < a.end) return true;
  return a.start === b.start && (a.start === a.end || b.start === b.end);
}
