import { ABBREVIATIONS } from '../data/abbreviations';

const OPENING = /[\s"“‘(*_]/;
const ABBREVIATED = new RegExp(`(?:^|[^\\p{L}])(?:${ABBREVIATIONS.join('|')}|\\p{Lu})$`, 'u');

/**
 * Whether the paragraph-relative `index` begins a sentence: nothing but space and opening marks
 * back to the paragraph start or to a full stop (a closing quote or bracket may follow the stop).
 */
export function startsSentence(prose: string, index: number): boolean {
  let at = index;
  while (at > 0 && OPENING.test(prose[at - 1])) at--;
  if (at === 0) return true;
  if (at === index) return false;
  if (/["”’)]/.test(prose[at - 1])) at--;
  if (/[!?]/.test(prose[at - 1] ?? '')) return true;
  // A period ends a sentence unless it closes an abbreviation ("Feb. 23") or an ellipsis.
  if (prose[at - 1] !== '.' || prose[at - 2] === '.') return false;
  return !ABBREVIATED.test(prose.slice(Math.max(0, at - 8), at - 1));
}

/** A letter, a figure or a comma and one space before `index`: the word there is inside a sentence. */
const AFTER_WORD = /[\p{L}\p{N},] $/u;

/**
 * Whether the word at `index` plainly follows another in its sentence, so a capital there is a
 * name's ("New York State Rifle", "School Business Officials"), not a sentence's first letter.
 */
export function followsWord(text: string, index: number): boolean {
  return AFTER_WORD.test(text.slice(Math.max(0, index - 2), index));
}
