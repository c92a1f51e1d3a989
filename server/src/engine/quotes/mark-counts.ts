import type { Paragraph } from '../model/article';
import type { MarkFamily } from './marks';
import { marksOf } from './pairing';

/**
 * The article's quotation marks counted, for the rules that take the house style from the copy
 * and the one that reports orphan closing marks. Each paragraph is counted once per text, and
 * the counts are added up in the quotation model's pass over the paragraphs, which looks each
 * paragraph's facts up anyway: one lookup per paragraph serves all the quote rules.
 */
export interface MarkCounts {
  /** Curly and straight marks in the prose of every paragraph. */
  smart: number;
  straight: number;
  /** Outermost quotes by family, in prose paragraphs other than headings, and the family of the first. */
  single: number;
  double: number;
  first?: MarkFamily;
  /** Closing marks with a period or comma just inside, or else just outside, in the same paragraphs. */
  inside: number;
  outside: number;
  /** Prose paragraphs with a closing double mark no mark opens. */
  withOrphans: Paragraph[];
}

/** One paragraph's share of the counts. */
export type ParagraphMarkCounts = Omit<MarkCounts, 'withOrphans'> & { orphans: boolean };

const SMART = /[“”‘’]/g;
const STRAIGHT = /["']/g;

export function noMarks(): MarkCounts {
  return { smart: 0, straight: 0, single: 0, double: 0, first: undefined, inside: 0, outside: 0, withOrphans: [] };
}

/** Adds a paragraph's counts to the article's, each where its rule looks. */
export function addMarks(totals: MarkCounts, counts: ParagraphMarkCounts, paragraph: Paragraph): void {
  const kind = paragraph.kind;
  totals.smart += counts.smart;
  totals.straight += counts.straight;
  if (kind === 'code' || kind === 'html' || kind === 'front-matter') return;
  if (counts.orphans) totals.withOrphans.push(paragraph);
  if (kind === 'heading') return;
  totals.single += counts.single;
  totals.double += counts.double;
  totals.first ??= counts.first;
  totals.inside += counts.inside;
  totals.outside += counts.outside;
}

/** The paragraph's counts; callers keep them with the paragraph. */
export function countMarks(paragraph: Paragraph): ParagraphMarkCounts {
  const prose = paragraph.prose;
  const counts: ParagraphMarkCounts = {
    smart: prose.match(SMART)?.length ?? 0,
    straight: prose.match(STRAIGHT)?.length ?? 0,
    single: 0,
    double: 0,
    first: undefined,
    inside: 0,
    outside: 0,
    orphans: false,
  };
  // Paragraphs without a mark, most of them, need no pairing.
  if (counts.smart + counts.straight === 0) return counts;
  const marks = marksOf(paragraph);
  counts.orphans = marks.orphanCloses.length > 0;
  for (const pair of marks.pairs) {
    if (pair.depth === 0) {
      if (pair.family === 'single') counts.single++;
      else counts.double++;
      counts.first ??= pair.family;
    }
    if (pair.close === undefined) continue;
    if (/[.,]/.test(prose[pair.close - 1])) counts.inside++;
    else if (/[.,]/.test(prose[pair.close + 1] ?? '')) counts.outside++;
  }
  return counts;
}

/** The counts without the paragraphs. */
export function countsOf({ withOrphans, ...counts }: MarkCounts): Omit<MarkCounts, 'withOrphans'> {
  return counts;
}
