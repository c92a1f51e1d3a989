import { FIGURE_PATTERNS } from '../data/claims';
import { matchesIn, type Match } from './matches';

const FIGURE = new RegExp(FIGURE_PATTERNS.join('|'), 'gi');

/** Figures that make a statement a claim (see FIGURE_PATTERNS), in `text[from, to)`. */
export function figuresIn(text: string, from = 0, to = text.length): Match[] {
  return matchesIn(FIGURE, text, from, to);
}
