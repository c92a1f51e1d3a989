import { GIVEN_NAMES } from '../data/given-names';

/** "José" as "Jose", "Zoë" as "Zoe": accents dropped, so a listed name matches however it is written. */
const fold = (word: string) => word.normalize('NFD').replace(/\p{Mn}/gu, '');

const GIVEN = new Set(GIVEN_NAMES.map(fold));

/** Whether `word` is a common given name (GIVEN_NAMES), with or without its accents. */
export function isGivenName(word: string): boolean {
  // Most names are plain ASCII: only the others are folded.
  return GIVEN.has(word) || (/[^\x00-\x7f]/.test(word) && GIVEN.has(fold(word)));
}
