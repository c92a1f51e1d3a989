import { FEMININE_GIVEN_NAMES, FEMININE_WORDS, MASCULINE_GIVEN_NAMES, MASCULINE_WORDS } from '../data/genders';
import type { SpeakerPhrase } from './speaker';

/** Whom "he" may stand for ('he'), whom "she" may ('she'); undefined when the phrase does not say. */
export type Gender = 'he' | 'she';

const said = new Map<string, Gender>([
  ...FEMININE_GIVEN_NAMES.map((name) => [name, 'she'] as const),
  ...MASCULINE_GIVEN_NAMES.map((name) => [name, 'he'] as const),
]);
const described = new Map<string, Gender>([
  ...FEMININE_WORDS.map((word) => [word, 'she'] as const),
  ...MASCULINE_WORDS.map((word) => [word, 'he'] as const),
]);

/**
 * Whether a speaker phrase says "he" or "she": a gendered title or description ("Councilwoman",
 * "Mr.", "her husband, Tom Riggs"), a noun that does ("her husband"), or a given name that is almost
 * always one ("Maria Delgado").
 */
export function genderOf(phrase: SpeakerPhrase): Gender | undefined {
  // "her husband", "the boy's mother": the noun says.
  if (!phrase.proper) return phrase.pronoun ? undefined : described.get(phrase.name.split(/\s+/).pop()!.toLowerCase());
  const names = phrase.name.split(/\s+/);
  // A surname says nothing: Carole King is no king.
  const titles = [...(phrase.description?.split(/[\s,]+/) ?? []), ...names.slice(0, -1)];
  for (const word of titles) {
    const gender = described.get(word.toLowerCase());
    if (gender) return gender;
  }
  for (const word of names) {
    const gender = said.get(word);
    if (gender) return gender;
  }
  return undefined;
}
