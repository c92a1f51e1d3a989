/**
 * What one quotation-mark character is, judged from its neighbours alone. Curly marks say which
 * way they face; straight ones and the right single mark (which is also the apostrophe) need
 * their context, and some only the pairing pass can settle.
 */
export type MarkFamily = 'double' | 'single';

export type LocalRole =
  | 'open'
  | 'close'
  /** A straight double mark that could open or close: the pairing decides. */
  | 'either'
  /** A right single mark after a word: closes an open single quote, else a possessive (dogs’). */
  | 'close-or-apostrophe'
  | 'apostrophe'
  /** Inch and foot marks: 6'2", a 12" record. */
  | 'measure';

export const QUOTE_CHARACTERS = /["'“”‘’]/g;

const WORD = /[\p{L}\p{N}]/u;
const DIGIT = /\d/;
/** Characters after which a mark starts something: the paragraph start, space, brackets, dashes. */
const OPENS_AFTER = /[\s([{\u2014\u2013\-/“‘"]/;
/** Characters before which a mark ends something: space, punctuation, brackets, dashes. */
const CLOSES_BEFORE = /[\s.,;:!?)\]}\u2014\u2013\-…”’"'*_]/;
/** Elisions written with a leading apostrophe: ’90s, rock ’n’ roll, ’em, ’til, ’cause. */
const ELISION = /^(?:\d\ds?|em|n|tis|twas|til|cause|cuz|bout|round|burbs|cept|fraid|nother|neath|s)(?![\p{L}\p{N}])/iu;

export function familyOf(char: string): MarkFamily {
  return char === '"' || char === '“' || char === '”' ? 'double' : 'single';
}

/** The role of the mark at `index` in `prose`, as far as its neighbours tell. */
export function localRole(prose: string, index: number): LocalRole {
  const char = prose[index];
  const before = index > 0 ? prose[index - 1] : '';
  const after = index + 1 < prose.length ? prose[index + 1] : '';
  const startsSomething = before === '' || OPENS_AFTER.test(before);
  const endsSomething = after === '' || CLOSES_BEFORE.test(after);

  switch (char) {
    case '“':
      return 'open';
    case '”':
      return 'close';
    case '"':
      if (DIGIT.test(before) && /\d['’]?\d*$/.test(prose.slice(Math.max(0, index - 6), index)) && endsSomething) return 'measure';
      if (startsSomething && !endsSomething) return 'open';
      if (!startsSomething && endsSomething) return 'close';
      return 'either';
    case '‘':
      // Autocorrect often turns the apostrophe of ’90s or ’em into ‘; between letters it is an ʻokina (Hawai‘i).
      return ELISION.test(prose.slice(index + 1, index + 8)) || (WORD.test(before) && WORD.test(after)) ? 'apostrophe' : 'open';
    default:
      return singleRole(prose, index, before, after, startsSomething, endsSomething);
  }
}

/** ’ and ': the apostrophe's own marks, and single quotes too. */
function singleRole(prose: string, index: number, before: string, after: string, startsSomething: boolean, endsSomething: boolean): LocalRole {
  const wordBefore = WORD.test(before);
  const wordAfter = WORD.test(after);
  if (wordBefore && wordAfter) return DIGIT.test(before) && DIGIT.test(after) && prose[index] === "'" ? 'measure' : 'apostrophe';
  if (DIGIT.test(before) && (after === '"' || after === '”')) return 'measure';
  if (!startsSomething && endsSomething) return 'close-or-apostrophe';
  if (startsSomething && wordAfter) {
    if (ELISION.test(prose.slice(index + 1, index + 8))) return 'apostrophe';
    // A right mark facing a word is an elision the list does not know, not an opening quote.
    return prose[index] === '’' ? 'apostrophe' : 'open';
  }
  if (startsSomething && !endsSomething) return 'open';
  return 'apostrophe';
}

/**
 * A word spelled as Hawaiian is: a vowel first (an ʻokina always stands before one), then vowels,
 * each consonant of the Hawaiian alphabet followed by a vowel, and no consonant last: Oumuamua,
 * ohana, Iolani. An ʻokina typed as ‘ before it (‘Oumuamua) opens no quote.
 */
const HAWAIIAN_WORD = /^[AEIOUĀĒĪŌŪaeiouāēīōū](?:[aeiouāēīōū]|[hklmnpw‘ʻ][aeiouāēīōū]){2,}(?![\p{L}\p{N}])/u;

/** Whether the left single mark at `index`, which nothing closed, is an ʻokina before a Hawaiian word. */
export function isOkina(prose: string, index: number): boolean {
  return prose[index] === '‘' && HAWAIIAN_WORD.test(prose.slice(index + 1, index + 40));
}
