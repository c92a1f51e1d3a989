import type { Paragraph } from '../model/article';
import { paragraphSummary } from '../model/summaries';
import { familyOf, isOkina, localRole, QUOTE_CHARACTERS, type LocalRole, type MarkFamily } from './marks';
import { execAll } from '../text/exec-all';

/** A pair of quotation marks in one paragraph; offsets relative to the paragraph. */
export interface MarkPair {
  family: MarkFamily;
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark; absent when the quote is still open at the paragraph's end. */
  close?: number;
  /** 0 for an outermost quote, 1 for a quote inside it, … */
  depth: number;
}

/** How the marks of one paragraph pair up. */
export interface ParagraphMarks {
  /** Every pair, in the order of their opening marks. */
  pairs: MarkPair[];
  /** Closing marks with no opening mark before them. */
  orphanCloses: number[];
  /** Offsets of marks that are apostrophes, and which of them are inch or foot marks. */
  apostrophes: number[];
  measures: number[];
  /** The family of the mark opening the paragraph, if one does: the paragraph may continue a quotation. */
  opensWith?: MarkFamily;
}

interface Open {
  family: MarkFamily;
  at: number;
  straight: boolean;
}

/** Pairs the paragraph's quotation marks as a copy editor reads them, nesting allowed; memoized per paragraph text. */
export function marksOf(paragraph: Paragraph): ParagraphMarks {
  return paragraphSummary(paragraph, 'quote-marks', (it) => pairMarks(it.prose));
}

export function pairMarks(prose: string): ParagraphMarks {
  const result: ParagraphMarks = { pairs: [], orphanCloses: [], apostrophes: [], measures: [] };
  const stack: Open[] = [];
  const pairAt = new Map<number, MarkPair>();

  const open = (family: MarkFamily, at: number) => {
    const pair: MarkPair = { family, open: at, depth: stack.length };
    stack.push({ family, at, straight: prose[at] === '"' || prose[at] === "'" });
    pairAt.set(at, pair);
    result.pairs.push(pair);
  };
  /** Closes the innermost open quote of `family`; inner single quotes left open were apostrophes. */
  const close = (family: MarkFamily, at: number): boolean => {
    const index = findLast(stack, (entry) => entry.family === family);
    if (index < 0) return false;
    for (const dropped of stack.splice(index + 1)) forget(dropped.at);
    const entry = stack.pop() as Open;
    (pairAt.get(entry.at) as MarkPair).close = at;
    return true;
  };
  const forget = (at: number) => {
    result.pairs.splice(result.pairs.indexOf(pairAt.get(at) as MarkPair), 1);
    result.apostrophes.push(at);
  };

  for (const match of execAll(QUOTE_CHARACTERS, prose)) {
    const at = match.index ?? 0;
    const family = familyOf(match[0]);
    const role: LocalRole = localRole(prose, at);
    switch (role) {
      case 'open':
        open(family, at);
        break;
      case 'close':
        if (close(family, at)) break;
        // A right single mark with no single quote open is an apostrophe; a double one is an orphan.
        if (family === 'double') result.orphanCloses.push(at);
        else result.apostrophes.push(at);
        break;
      case 'either':
        if (!close(family, at)) open(family, at);
        break;
      case 'close-or-apostrophe': {
        const single = findLast(stack, (entry) => entry.family === 'single');
        const double = findLast(stack, (entry) => entry.family === 'double');
        if (single >= 0 && single > double) close('single', at);
        else result.apostrophes.push(at);
        break;
      }
      case 'measure':
        // A straight double mark after a number closes an open straight quote ("…in 2016"),
        // unless it is plainly feet and inches (6'2").
        if (family === 'double' && stack.some((entry) => entry.straight && entry.family === 'double') && !/\d['’]\d+$/.test(prose.slice(0, at))) close(family, at);
        else result.measures.push(at);
        break;
      default:
        result.apostrophes.push(at);
    }
  }
  // Straight single marks left open were apostrophes after all ('cause, the '90s), and a ‘ left
  // open before a Hawaiian word was its ʻokina (‘Oumuamua).
  for (const entry of stack) if (entry.family === 'single' && (entry.straight || isOkina(prose, entry.at))) forget(entry.at);
  result.apostrophes.sort((a, b) => a - b);
  const first = prose.search(/\S/);
  const opening = first >= 0 ? result.pairs.find((pair) => pair.open === first) : undefined;
  if (opening) result.opensWith = opening.family;
  return result;
}

function findLast<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}
