import { DATE_PATTERNS } from '../data/dates';
import { matchesIn, type Match } from './matches';

const DATE = new RegExp(DATE_PATTERNS.join('|'), 'g');

/** Calendar dates, weekdays and years with a preposition in `text[from, to)`. */
export function datesIn(text: string, from = 0, to = text.length): Match[] {
  return matchesIn(DATE, text, from, to);
}
