import { isGivenName } from '../text/given-name';
import { ABBREVIATED_NAME_PREFIXES, COURTESY_TITLES, INSTITUTION_WORDS, NAME_PREFIXES, PLACE_WORDS_BEFORE_NAME } from '../data/titles';
import type { Paragraph } from './article';
import { quotedSpans } from './quoted';
import { paragraphSummary } from './summaries';
import { startsSentence } from '../text/sentence-start';
import { execAll } from '../text/exec-all';

/** A person's name as written in one place, offsets relative to its paragraph. */
export interface NameMention {
  /** The name itself, given name to surname, without a possessive ending. */
  start: number;
  end: number;
  /** Set for a full name ("John Kirby"); absent for a surname alone ("Kirby"). */
  given?: string;
  surname: string;
  /** A courtesy title written before the name ("Mr."), with its offset. */
  courtesy?: { text: string; start: number };
  /** Whether a title or occupation stands before it, which marks it as a person's name. */
  titled: boolean;
  /** Whether it opens a sentence, where any word is capitalised ("Every day…" is not a name). */
  sentenceInitial: boolean;
  /**
   * Where its title starts, when a title opens the sentence before it ("Councilman Robert Hayes
   * sat…"): the name is then the sentence's subject, though not its first word.
   */
  titleOpening?: number;
  quoted: boolean;
}

const PREFIXES = new Set(NAME_PREFIXES);
const INSTITUTIONS = new Set(INSTITUTION_WORDS);
const PLACES_BEFORE = new Set(PLACE_WORDS_BEFORE_NAME);
const COURTESY = new Set(COURTESY_TITLES);

/**
 * A capitalised word ending in a lowercase letter ("Kirby", "McCarthy", "O’Neill", "Kirby’s"), or
 * an initial. The length is bounded so a long run of letters and apostrophes cannot make the
 * search quadratic.
 */
const WORD = String.raw`(?:\p{Lu}[\p{L}’'-]{0,40}\p{Ll}|\p{Lu}\.)(?![\p{L}\p{N}])`;
/** Abbreviated titles end in a period, which WORD leaves out. */
const ABBREVIATED_TITLE = String.raw`(?:${ABBREVIATED_NAME_PREFIXES.join('|')})\.`;
/** A run of capitalised words and titles separated by single spaces. */
const RUN = new RegExp(`(?<![\\p{L}\\p{N}.’'-])(?:${ABBREVIATED_TITLE}|${WORD})(?:[ \\u00a0](?:${ABBREVIATED_TITLE}|${WORD}))*`, 'gu');
const TOKEN = new RegExp(`${ABBREVIATED_TITLE}|${WORD}`, 'gu');

/** People's names in a paragraph, full and surname-only; computed once per paragraph text. */
export function nameMentions(paragraph: Paragraph): NameMention[] {
  return paragraphSummary(paragraph, 'name-mentions', findMentions);
}

function findMentions(paragraph: Paragraph): NameMention[] {
  const prose = paragraph.prose;
  if (!/\p{Lu}/u.test(prose)) return [];
  const spans = quotedSpans(paragraph);
  const mentions: NameMention[] = [];
  for (const run of execAll(RUN, prose)) {
    const tokens = execAll(TOKEN, run[0]).map((token) => ({ text: token[0], start: (run.index ?? 0) + (token.index ?? 0) }));
    const mention = personIn(tokens, prose);
    if (!mention) continue;
    mention.quoted = spans.some((span) => mention.start < span.end && mention.end > span.start);
    mentions.push(mention);
  }
  return mentions;
}

const bare = (word: string) => word.replace(/\.$/, '').toLowerCase();

/** The person's name at the end of a capitalised run, after any titles, or undefined. */
function personIn(tokens: Array<{ text: string; start: number }>, prose: string): NameMention | undefined {
  let first = 0;
  for (let i = 0; i < tokens.length - 1; i++) if (PREFIXES.has(bare(tokens[i].text))) first = i + 1;
  const titled = first > 0;
  const courtesyToken = titled && COURTESY.has(tokens[first - 1].text) ? tokens[first - 1] : undefined;
  let name = tokens.slice(first);
  // "But Kirby", "Then John Kirby": a capitalised sentence opener is not part of the name.
  if (!titled && name.length > 1 && !isGivenName(name[0].text) && startsSentence(prose, name[0].start)) name = name.slice(1);
  // "Temple Beth Shalom", "Lake Mary Jane": a place named like a person.
  if (name.length === 3 && PLACES_BEFORE.has(name[0].text.toLowerCase())) return undefined;
  // "Grandmaster Daniel Novak", "Councilwoman Janet Ruiz": a capitalised word before a given name and a surname is a title.
  let described = false;
  if (name.length === 3 && !isGivenName(name[0].text) && isGivenName(name[1].text) && !/^\p{Lu}\.$/u.test(name[2].text)) {
    name = name.slice(1);
    described = true;
  }
  if (name.length === 0 || name.length > 3) return undefined;
  const last = name[name.length - 1];
  const surname = last.text.replace(/[’']s$/, '');
  // "the Lady Vols", "the Lord Mayors": a team or an office in the plural, not a titled person.
  if (titled && name.length === 1 && /s$/.test(surname) && /\bthe\s+$/i.test(prose.slice(Math.max(0, tokens[first - 1].start - 5), tokens[first - 1].start))) return undefined;
  // "Park", "Hall": a place's last word, unless a courtesy title or a title and a given name make it a surname ("Mr. Park", "Chief Executive Jane Park").
  const person = courtesyToken !== undefined || (titled && name.length > 1 && isGivenName(name[0].text));
  if (surname.length < 2 || /\.$/.test(surname) || (INSTITUTIONS.has(surname.toLowerCase()) && !person)) return undefined;
  const start = name[0].start;
  const end = last.start + surname.length;
  const courtesy = courtesyToken ? { text: courtesyToken.text, start: courtesyToken.start } : undefined;
  const sentenceInitial = !titled && !described && startsSentence(prose, start);
  const opening = (titled || described) && startsSentence(prose, tokens[0].start) ? { titleOpening: tokens[0].start } : {};
  if (name.length === 1) return { start, end, surname, titled, sentenceInitial, quoted: false, ...opening, ...(courtesy ? { courtesy } : {}) };
  const given = name[0].text;
  // A full name needs a known given name or a title before it: "Yahoo Japan" is not a person.
  if (!titled && !isGivenName(given)) return undefined;
  if (name.length === 3 && !/^\p{Lu}\.$/u.test(name[1].text) && !isGivenName(name[1].text) && !titled) return undefined;
  return { start, end, given, surname, titled: titled || described, sentenceInitial, quoted: false, ...opening, ...(courtesy ? { courtesy } : {}) };
}

const SPEECH_AFTER = /^[ \u00a0]+(?:said|says|told|spoke|added|asked|wrote|explained|noted|argued|warned|testified|insisted|tweeted)\b/;
const SPEECH_BEFORE = /\b(?:said|says|according to)[ \u00a0]+$/;

/**
 * Whether a lone surname is plainly a person: speaking ("Kirby said", "said Kirby") or with a title.
 * A capitalised word alone may be a place or a thing ("Washington" before "Denzel Washington").
 */
export function isSpeaking(paragraph: Paragraph, mention: NameMention): boolean {
  if (mention.titled) return true;
  const after = paragraph.prose.slice(mention.end, mention.end + 20);
  return SPEECH_AFTER.test(after) || SPEECH_BEFORE.test(paragraph.prose.slice(Math.max(0, mention.start - 20), mention.start));
}
