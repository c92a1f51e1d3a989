import { DIMENSION, FIGURE_PATTERNS, INCOME_THRESHOLD, MARKET_MOVE, MONEY, POLICY_PROVISION, SPORTS_STATISTIC, VOTE_SHARES } from '../data/claims';
import { matchesIn, type Match } from './matches';
import { execAll } from '../text/exec-all';

const FIGURE = new RegExp(FIGURE_PATTERNS.join('|'), 'gi');
const AMOUNT = new RegExp(MONEY, 'gi');
/** Figures a story states as public record: a market's move, a measure's terms, a player's statistics, a thing's size. */
const PUBLIC_RECORD = new RegExp(`${MARKET_MOVE}|${POLICY_PROVISION}|${INCOME_THRESHOLD}|${SPORTS_STATISTIC}|${DIMENSION}`, 'gi');
const SHARES = new RegExp(VOTE_SHARES, 'gi');

/** Figures that make a statement a claim (see FIGURE_PATTERNS), in `text[from, to)`. */
export function figuresIn(text: string, from = 0, to = text.length): Match[] {
  return matchesIn(FIGURE, text, from, to);
}

/** The figures of `text[from, to)` that need a source: all but the public record (PUBLIC_RECORD) and a vote's result. */
export function unsourcedFiguresIn(text: string, from = 0, to = text.length): Match[] {
  const figures = figuresIn(text, from, to);
  if (figures.length === 0) return figures;
  const record = [...matchesIn(PUBLIC_RECORD, text, from, to), ...voteResultsIn(text, from, to)];
  return record.length === 0 ? figures : figures.filter((figure) => !record.some((span) => span.start <= figure.start && figure.end <= span.end));
}

/** Pairs of shares that read as a vote's result: falling, and together most of the vote. */
function voteResultsIn(text: string, from: number, to: number): Match[] {
  const results: Match[] = [];
  for (const match of execAll(SHARES, text.slice(from, to))) {
    const [winner, loser] = [Number(match[1]), Number(match[2])];
    if (winner <= loser || winner + loser < 80 || winner + loser > 100.5) continue;
    const start = from + (match.index ?? 0);
    results.push({ start, end: start + match[0].length, text: match[0] });
  }
  return results;
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
