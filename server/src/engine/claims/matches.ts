import { execAll } from '../text/exec-all';

/** A stretch of text found by a detector, offsets relative to the paragraph. */
export interface Match {
  start: number;
  end: number;
  text: string;
}

/** Every match of a global regex in `text[from, to)`, offsets relative to `text`. */
export function matchesIn(pattern: RegExp, text: string, from = 0, to = text.length): Match[] {
  const found: Match[] = [];
  for (const match of execAll(pattern, text.slice(from, to))) {
    const start = from + (match.index ?? 0);
    found.push({ start, end: start + match[0].length, text: match[0] });
  }
  return found;
}
