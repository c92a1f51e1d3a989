import { MEASURABLE_SUPERLATIVES, SUPERLATIVE_PATTERNS } from '../data/superlatives';
import { matchesIn, type Match } from './matches';

/** Longest first, so "highest-paid" is read whole, not as "highest". */
const ADJECTIVES = [...MEASURABLE_SUPERLATIVES].sort((a, b) => b.length - a.length).join('|');
const SUPERLATIVE = new RegExp(SUPERLATIVE_PATTERNS.map((pattern) => pattern.replace('SUPERLATIVE', ADJECTIVES)).join('|'), 'gi');

/** Record, first and measurable-superlative claims in `text[from, to)`. */
export function superlativesIn(text: string, from = 0, to = text.length): Match[] {
  return matchesIn(SUPERLATIVE, text, from, to);
}
