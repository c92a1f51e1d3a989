import { NAMING_WORDS, SPEECH_VERBS, WORK_NOUNS } from '../data/speech-verbs';

const speechVerbs = new Set(SPEECH_VERBS);

/**
 * What a quotation is, from its words and how it sits in the sentence:
 * - `speech`: a full sentence of someone's words, set off by punctuation (“We will stay,” she said);
 * - `partial`: a phrase of someone's words run into the reporter's sentence (pledged to “cut back”);
 * - `not-speech`: titles (“Rez Infinite”), nicknames, scare quotes (“sharing economy”), single terms.
 */
export type QuotationKind = 'speech' | 'partial' | 'not-speech';

/** A phrase run into the sentence needs this many words to read as someone's words without a cue. */
const PARTIAL_MIN_WORDS = 6;
const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;
const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'that', 'vs', 'into', 'is']);
/** What may stand before a quotation that is set off: nothing, end punctuation, commas, colons, dashes. */
const SETS_OFF = /^(?:|[.!?,:;(\u2014\u2013…]|\s-)$/;

/** Words that introduce a name or a term, not someone's speech: so-called “experts”, the phrase “…”. */
const NAMED = new RegExp(`(?:^|[^\\p{L}])(?:${NAMING_WORDS.join('|')})[\\s,:\\u2014\\u2013]*$`, 'iu');
/** A work or a sign, perhaps placed: "the sign at the entrance — “No trespassing”". */
const WORK = new RegExp(`(?:^|[^\\p{L}])(?:${WORK_NOUNS.join('|')})(?: (?:at|on|in|outside|over|above|near|by) (?:the|a|an|its|their) [\\p{L}-]+)?[\\s,:\\u2014\\u2013]*$`, 'iu');

/** Right after another quotation and "and", "or" or a comma: a list of titles. */
const LISTED_AFTER_TITLE = /[”"]\s*(?:,\s*|\s(?:and|or|&)\s+)$/;

/** A work's credit after its title: “Work-clothes quilt with center medallion of strips” (1976) by Annie Mae Young. */
const CREDITED_WORK = /^[,.]?\s*(?:\(\d{4}\)|by\s+\p{Lu})/u;

/**
 * `content` is the text between the marks; `before` is the paragraph's prose before the opening
 * mark, `after` the prose right after the closing one.
 */
export function kindOf(content: string, before: string, hasCue: boolean, after = ''): QuotationKind {
  const words = content.match(WORD) ?? [];
  if (words.length === 0 || CREDITED_WORK.test(after)) return 'not-speech';
  // “Some,” he admitted: a word with its attribution's comma inside the marks is an answer, not a
  // title; unless it follows another quoted title in a list (“Skylark” and “Lush Life,” and …).
  const answered = hasCue && /[,!?]$/.test(content.trim()) && !LISTED_AFTER_TITLE.test(before.slice(-12));
  if (!answered && isTitle(words, content)) return 'not-speech';
  if (!hasCue && (NAMED.test(before.slice(-40)) || (WORK.test(before.slice(-40)) && startsUpper(content)))) return 'not-speech';
  const preceding = before.trimEnd();
  const lastWord = /[\p{L}]+$/u.exec(preceding.slice(-40))?.[0].toLowerCase() ?? '';
  // "She said “We will win.”": a quote right after its verb is set off too.
  const setOff = SETS_OFF.test(preceding.slice(-1)) || SETS_OFF.test(preceding.slice(-2)) || speechVerbs.has(lastWord);
  if (setOff && startsUpper(content)) return 'speech';
  return hasCue || words.length >= PARTIAL_MIN_WORDS ? 'partial' : 'not-speech';
}

/** Title case with no sentence inside: “Super Mario Run”, “A Paradise Built in Hell”, “Thumper”. */
function isTitle(words: string[], content: string): boolean {
  if (/[.!?]\s+\S/.test(content.trim())) return false;
  if (/[?!]\s*$/.test(content) && words.length > 1) return false;
  return words.every((word, index) => /^[\p{Lu}\p{N}]/u.test(word) || (index > 0 && MINOR_WORDS.has(word.toLowerCase())));
}

/** Whether the quotation opens with a capital, past ellipses, brackets and escapes ("[T]he", "… Fares"). */
function startsUpper(content: string): boolean {
  const first = /[\p{L}\p{N}]/u.exec(content);
  return first !== null && /\p{Lu}/u.test(first[0]);
}
