import type { Article, Paragraph } from '../model/article';
import { paragraphSummary } from '../model/summaries';
import { marksOf } from './pairing';

/**
 * The article's quotation marks counted, for the rules that take the house style from the copy
 * and the one that reports orphan closing marks. One pass over the paragraphs, each counted once
 * per paragraph text, serves all three on every keystroke.
 */
export interface MarkCounts {
  /** Curly and straight marks in the prose of every paragraph. */
  smart: number;
  straight: number;
  /** Outermost quotes by family, in prose paragraphs other than headings. */
  single: number;
  double: number;
  /** Closing marks with a period or comma just inside, or else just outside, in the same paragraphs. */
  inside: number;
  outside: number;
  /** Prose paragraphs with a closing double mark no mark opens. */
  withOrphans: Paragraph[];
}

type ParagraphCounts = Omit<MarkCounts, 'withOrphans'> & { orphans: boolean };

const SMART = /[“”‘’]/g;
const STRAIGHT = /["']/g;

const memo = new WeakMap<Article, MarkCounts>();

export function markCounts(article: Article): MarkCounts {
  let counts = memo.get(article);
  if (!counts) memo.set(article, (counts = count(article)));
  return counts;
}

function count(article: Article): MarkCounts {
  const totals: MarkCounts = { smart: 0, straight: 0, single: 0, double: 0, inside: 0, outside: 0, withOrphans: [] };
  for (const paragraph of article.paragraphs) {
    const kind = paragraph.kind;
    const counts = paragraphSummary(paragraph, 'quote-mark-counts', countParagraph);
    totals.smart += counts.smart;
    totals.straight += counts.straight;
    if (kind === 'code' || kind === 'html' || kind === 'front-matter') continue;
    if (counts.orphans) totals.withOrphans.push(paragraph);
    if (kind === 'heading') continue;
    totals.single += counts.single;
    totals.double += counts.double;
    totals.inside += counts.inside;
    totals.outside += counts.outside;
  }
  return totals;
}

function countParagraph(paragraph: Paragraph): ParagraphCounts {
  const prose = paragraph.prose;
  const counts: ParagraphCounts = {
    smart: prose.match(SMART)?.length ?? 0,
    straight: prose.match(STRAIGHT)?.length ?? 0,
    single: 0,
    double: 0,
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
    }
    if (pair.close === undefined) continue;
    if (/[.,]/.test(prose[pair.close - 1])) counts.inside++;
    else if (/[.,]/.test(prose[pair.close + 1] ?? '')) counts.outside++;
  }
  return counts;
}
