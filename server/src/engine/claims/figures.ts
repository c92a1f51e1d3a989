import { ADOPTED_MEASURE, APPROPRIATION, ATTENDANCE, BARGAINING_POSITION, BINDING_TERMS, BUDGET_CHANGE, CROWD_SEEN, DIMENSION, ELECTION_RETURNS, FIGURE_PATTERNS, FIRST_PERSON_ACCOUNT, INCOME_THRESHOLD, LEGAL_LIMIT, LIST_PRICE, MARGIN_OF_ERROR, MARKET_MOVE, MONEY, POLICY_PROVISION, POPULATION, PRICE_BRACKET, PRICE_RANGE, RATE_DECISION, REPORTED_RESULTS, SHOOTING_PERCENTAGE, SPORTS_STATISTIC, UNIT_PRICE, VOTED_MEASURE, VOTE_SHARES } from '../data/claims';
import { matchesIn, type Match } from './matches';
import { execAll } from '../text/exec-all';

const FIGURE = new RegExp(FIGURE_PATTERNS.join('|'), 'gi');
const AMOUNT = new RegExp(MONEY, 'gi');
const SHARES = new RegExp(VOTE_SHARES, 'gi');

const isShare = (figure: string) => figure.includes('%') || /per ?cent/i.test(figure);
const isMoney = (figure: string) => /[$€£¥]/.test(figure);
const isCount = (figure: string) => /\d,\d/.test(figure);
const isLarge = (figure: string) => isCount(figure) || /\d\s(?:million|billion|trillion)\b/i.test(figure);
const isVague = (figure: string) => /\b(?:hundreds|thousands)\b/i.test(figure);

/**
 * Figures a story states as public record: a market's move, a company's reported results, a
 * measure's terms, an income threshold, what a bill holds or cuts, what a body adopts or votes to
 * do, a bank's rate decision, a side's offer or demand, a place's population, what a treaty or
 * contract binds someone to, a price by the unit or a review's price bracket, an election's
 * returns, a player's statistics, a team's shooting, a ground's attendance, a thing's size or
 * distance, a legal limit or penalty; and what the writer counted or saw first-hand. Each pattern is tried only on a
 * paragraph holding the kind of figure it can cover: large patterns take V8 milliseconds to
 * compile, which a keystroke should pay only where they can match.
 */
const PUBLIC_RECORDS: ReadonlyArray<{ pattern: RegExp; covers: (figure: string) => boolean }> = [
  { pattern: new RegExp(MARKET_MOVE, 'gi'), covers: (figure) => isShare(figure) || isCount(figure) },
  { pattern: new RegExp(POLICY_PROVISION, 'gi'), covers: isShare },
  { pattern: new RegExp(INCOME_THRESHOLD, 'gi'), covers: (figure) => isMoney(figure) || isShare(figure) || isCount(figure) },
  { pattern: new RegExp(APPROPRIATION, 'gi'), covers: isMoney },
  { pattern: new RegExp(BUDGET_CHANGE, 'gi'), covers: (figure) => isShare(figure) || isMoney(figure) },
  { pattern: new RegExp(ADOPTED_MEASURE, 'gi'), covers: (figure) => isShare(figure) || isMoney(figure) },
  { pattern: new RegExp(BARGAINING_POSITION, 'gi'), covers: (figure) => isShare(figure) || isMoney(figure) },
  { pattern: new RegExp(VOTED_MEASURE, 'gi'), covers: (figure) => isShare(figure) || isMoney(figure) },
  { pattern: new RegExp(RATE_DECISION, 'gi'), covers: isShare },
  { pattern: new RegExp(POPULATION, 'gi'), covers: isLarge },
  { pattern: new RegExp(UNIT_PRICE, 'gi'), covers: isMoney },
  { pattern: new RegExp(LIST_PRICE, 'gi'), covers: isMoney },
  { pattern: new RegExp(PRICE_BRACKET, 'gi'), covers: isMoney },
  { pattern: new RegExp(PRICE_RANGE, 'gi'), covers: isMoney },
  { pattern: new RegExp(ELECTION_RETURNS, 'gi'), covers: (figure) => isShare(figure) || isCount(figure) },
  { pattern: new RegExp(REPORTED_RESULTS, 'gu'), covers: (figure) => isShare(figure) || isMoney(figure) || isCount(figure) },
  { pattern: new RegExp(SPORTS_STATISTIC, 'gi'), covers: isCount },
  { pattern: new RegExp(SHOOTING_PERCENTAGE, 'gi'), covers: isShare },
  { pattern: new RegExp(ATTENDANCE, 'g'), covers: isCount },
  { pattern: new RegExp(DIMENSION, 'gi'), covers: isLarge },
  { pattern: new RegExp(BINDING_TERMS, 'gi'), covers: () => true },
  { pattern: new RegExp(FIRST_PERSON_ACCOUNT, 'g'), covers: () => true },
  { pattern: new RegExp(CROWD_SEEN, 'gi'), covers: isVague },
  { pattern: new RegExp(MARGIN_OF_ERROR, 'gi'), covers: () => true },
  { pattern: new RegExp(LEGAL_LIMIT, 'gi'), covers: (figure) => isShare(figure) || isMoney(figure) },
];

/** Figures that make a statement a claim (see FIGURE_PATTERNS), in `text[from, to)`. */
export function figuresIn(text: string, from = 0, to = text.length): Match[] {
  return matchesIn(FIGURE, text, from, to);
}

/** The figures of `text[from, to)` that need a source: all but the public record (PUBLIC_RECORDS) and a vote's result. */
export function unsourcedFiguresIn(text: string, from = 0, to = text.length): Match[] {
  const figures = figuresIn(text, from, to);
  if (figures.length === 0) return figures;
  const record: Match[] = [];
  for (const { pattern, covers } of PUBLIC_RECORDS) if (figures.some((figure) => covers(figure.text))) record.push(...matchesIn(pattern, text, from, to));
  if (figures.some((figure) => isShare(figure.text))) record.push(...voteResultsIn(text, from, to));
  const stated = figures.filter((figure) => !isConversion(text, figure));
  return record.length === 0 ? stated : stated.filter((figure) => !record.some((span) => span.start <= figure.start && figure.end <= span.end));
}

/** What a conversion in parentheses converts: a figure with its unit or currency right before it. */
const MEASURED_BEFORE = /[$€£¥]?\d[\d,.]*(?:[ \t\u00a0]+(?:million|billion))?(?:[ \t\u00a0]+[A-Za-z.]+){0,2}[ \t\u00a0]*$/;
/** A conversion's own words: an approximation at most, then the amount. */
const CONVERTED = /^\((?:(?:about|roughly|nearly|almost|around|approximately|some|or|more than|less than)[ \t\u00a0]+)?$/;
/** The longest stretch CONVERTED can match. */
const CONVERTED_REACH = 16;

/**
 * A figure that converts the one before it into other units or money: "400 meters (1,300 feet)",
 * "175 Danish kroner (about $25)". Its source is the figure it converts.
 */
function isConversion(text: string, figure: Match): boolean {
  // The opening parenthesis is within a few words of the figure, or there is none to look for.
  const near = Math.max(0, figure.start - CONVERTED_REACH);
  const open = text.slice(near, figure.start).lastIndexOf('(') + near;
  if (open < near || !CONVERTED.test(text.slice(open, figure.start))) return false;
  const close = text.indexOf(')', figure.end);
  if (close < 0 || close - figure.end > 24 || text.slice(figure.end, close).includes('(')) return false;
  return MEASURED_BEFORE.test(text.slice(Math.max(0, open - 40), open));
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
