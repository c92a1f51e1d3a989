import { FIGURE_PATTERNS, MONEY } from '../data/claims';
import { matchesIn, type Match } from './matches';

const FIGURE = new RegExp(FIGURE_PATTERNS.join('|'), 'gi');
const AMOUNT = new RegExp(MONEY, 'gi');

/** Figures that make a statement a claim (see FIGURE_PATTERNS), in `text[from, to)`. */
export function figuresIn(text: string, from = 0, to = text.length): Match[] {
  return matchesIn(FIGURE, text, from, to);
}

/**
 * What a fact-checker confirms: the claim figures plus every amount of money, prices and deal
 * terms included, which the rule leaves alone because they need no attribution, not no check.
 */
export function checkableFiguresIn(text: string, from = 0, to = text.length): Match[] {
  const figures = figuresIn(text, from, to);
  const amounts = matchesIn(AMOUNT, text, from, to).filter((amount) => !figures.some((figure) => figure.start <= amount.start && amount.end <= figure.end));
  return [...figures, ...amounts].sort((a, b) => a.start - b.start);
}
