import { FIGURE_PATTERNS, MARKET_MOVE, MONEY } from '../data/claims';
import { matchesIn, type Match } from './matches';

const FIGURE = new RegExp(FIGURE_PATTERNS.join('|'), 'gi');
const AMOUNT = new RegExp(MONEY, 'gi');
const MARKET = new RegExp(MARKET_MOVE, 'gi');

/** Figures that make a statement a claim (see FIGURE_PATTERNS), in `text[from, to)`. */
export function figuresIn(text: string, from = 0, to = text.length): Match[] {
  return matchesIn(FIGURE, text, from, to);
}

/** The figures of `text[from, to)` that need a source: all but a market's moves, which are public record. */
export function unsourcedFiguresIn(text: string, from = 0, to = text.length): Match[] {
  const figures = figuresIn(text, from, to);
  if (figures.length === 0) return figures;
  const moves = matchesIn(MARKET, text, from, to);
  return moves.length === 0 ? figures : figures.filter((figure) => !moves.some((move) => move.start <= figure.start && figure.end <= move.end));
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
