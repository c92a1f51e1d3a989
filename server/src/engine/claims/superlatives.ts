import { MEASURABLE_SUPERLATIVES, SUPERLATIVE_PATTERNS } from '../data/superlatives';
import { matchesIn, type Match } from './matches';

const SUPERLATIVE = new RegExp(
  SUPERLATIVE_PATTERNS.map((pattern) => pattern.replace('SUPERLATIVE', MEASURABLE_SUPERLATIVES.join('|'))).join('|'),
  'gi',
);

/** Record, first and measurable-superlative claims in `text[from, to)`. */
export function superlativesIn(text: string, from = 0, to = text.length): Match[] {
  return matchesIn(SUPERLATIVE, text, from, to);
}
