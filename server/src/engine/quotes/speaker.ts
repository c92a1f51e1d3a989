import { CLAUSE_WORDS, JOB_TITLES, NAME_TITLES, NOT_NAMES, SPEAKER_PRONOUNS, VERB_MODIFIERS } from '../data/speech-verbs';
import type { Cue } from './cues';
import { execAll } from '../text/exec-all';
import { isGivenName } from '../text/given-name';
import { GROUP_NAMES } from '../data/people';

/** Who a cue names, as written: "Defense Department spokesman John Kirby" → name John Kirby. */
export interface SpeakerPhrase {
  /** The whole noun phrase. */
  text: string;
  /** The proper name in it, or the phrase itself when it names no one ("the company"). */
  name: string;
  /** Words before the name: a title or job ("Defense Department spokesman"). */
  description?: string;
  pronoun: boolean;
  /** Whether `name` is a proper name (capitalized words). */
  proper: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'.\-]*/gu;
/**
 * Clause boundaries; not the comma inside a figure ("18,000 employees"). A figure's period before a
 * capital ends a sentence the sentence splitter keeps whole ("takes effect July 1. Hendricks said").
 */
const BOUNDARY = /,(?!\d)|[;:()\u2014\u2013\u0001]|\s-\s|(?<=\d)\.(?=[ \t]+\p{Lu})/gu;
const clauseWords = new Set(CLAUSE_WORDS);
const jobTitles = new Set(JOB_TITLES);
const modifiers = new Set(VERB_MODIFIERS);
const notNames = new Set(NOT_NAMES);
const titles = new Set(NAME_TITLES);
const pronouns = new Set(SPEAKER_PRONOUNS);
const groupNames = new Set(GROUP_NAMES);
const PROPER_NAME = "(?:the\\s+Rev\\.\\s+|(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Det|Adm|Cmdr|Insp|Supt|Rev)\\.\\s+)?\\p{Lu}[\\p{L}’'\\-]*(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}’'\\-]*)){0,5}";
const INVERTED = new RegExp(`^\\s+(${PROPER_NAME})`, 'u');
/**
 * "said her neighbor, Tom Riggs", "said the mayor, Dan Fuller", "said company spokeswoman Karen
 * Holt", "said her neighbor, retired firefighter Gus Albertson", "said Palmer’s neighbor Gus
 * Albertson": a description before the name, set off by a comma after a determiner or possessive,
 * or ending in a job title. A bare "said on Tuesday" names no one.
 */
const JOB = `(?:\\p{Ll}[\\p{L}’'\\-]*\\s+){0,2}(?:${JOB_TITLES.join('|')})`;
const INVERTED_DESCRIBED = new RegExp(
  `^\\s+((?:(?:the|a|an|his|her|their|its|our|my|\\p{Lu}[\\p{L}’'\\-]*['’]s)(?:\\s+\\p{Ll}[\\p{L}’'\\-]*){1,3},(?:\\s+${JOB})?|(?:\\p{Lu}[\\p{L}’'\\-]*['’]s\\s+|(?:\\p{Lu}[\\p{L}&’'\\-]*\\s+){1,3})?${JOB})\\s+${PROPER_NAME})`,
  'u',
);

/**
 * "said developer Aaron Pike", "said longtime resident Mary Jones": a lowercase description of a
 * word or two, then a full name; the caller checks that the given name is known and that the first
 * word is no preposition or conjunction ("said of Maria Lopez" names whom the words are about).
 */
const INVERTED_DESCRIBED_NAME = /^\s+((\p{Ll}[\p{L}’'-]*)(?:\s+\p{Ll}[\p{L}’'-]*)?\s+(\p{Lu}[\p{L}’'-]*)\s+\p{Lu}[\p{L}’'-]*)/u;

interface Token {
  text: string;
  start: number;
}

function words(text: string, offset: number): Token[] {
  return execAll(WORD, text).map((match) => ({ text: trimPeriod(match[0]), start: offset + (match.index ?? 0) }));
}

/** "Shadlen." ends a sentence; "Dr." and "U.S." keep their periods. */
function trimPeriod(word: string): string {
  return word.endsWith('.') && !titles.has(word.toLowerCase()) && !/^(?:\p{L}\.)+$/u.test(word) ? word.slice(0, -1) : word;
}

const isCapitalized = (word: string) => /^\p{Lu}/u.test(word) && !notNames.has(word.toLowerCase());

/**
 * The speaker a cue names within `[from, cue)` or just after it, read from `outside` text (quoted
 * matter blanked): the subject right before the verb ("Kirby said"), the inverted subject ("said
 * Kirby"), or else the sentence's first name ("Emery retweeted the story, saying, …").
 */
export function speakerOf(outside: string, cue: Cue, from: number, to: number, cues: Cue[]): SpeakerPhrase | undefined {
  const before = outside.slice(from, cue.start);
  const boundaries = execAll(BOUNDARY, before).map((match) => ({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
  const clauseStart = boundaries.at(-1)?.end ?? 0;
  const clause = words(before.slice(clauseStart), from + clauseStart);
  // "When the vote was announced, …": in the passive, the subject is what was said, not who said it.
  if (cue.verb && /ed$/i.test(cue.text) && PASSIVE_BEFORE.test(before)) return undefined;
  while (clause.length > 0 && (modifiers.has(clause[clause.length - 1].text.toLowerCase()) || /ly$/.test(clause[clause.length - 1].text))) clause.pop();
  if (cue.noun) return undefined;
  const phrase: Token[] = [];
  for (let i = clause.length - 1; i >= 0 && phrase.length < 8; i--) {
    const word = clause[i];
    if (clauseWords.has(word.text.toLowerCase()) || cues.some((other) => !other.noun && word.start >= other.start && word.start < other.end)) break;
    phrase.unshift(word);
    // "a dark green it calls": a pronoun is the whole subject.
    if (phrase.length === 1 && pronouns.has(word.text.toLowerCase())) break;
  }
  // "One entry from 2011": a year or a count says nothing; "14 senators" counts people.
  if (phrase.length > 0 && /^\p{N}/u.test(phrase[0].text) && !(phrase.length > 1 && /^\p{Ll}+s$/u.test(phrase[phrase.length - 1].text))) phrase.length = 0;
  // "according to Kirby", "said Kirby": the speaker follows the cue; "One entry quotes Joni Mitchell": the one quoted.
  const after = outside.slice(cue.end, to);
  const described = INVERTED_DESCRIBED_NAME.exec(after);
  const describesName = described && !clauseWords.has(described[2]) && !/^(?:of|for)$/.test(described[2]) && isGivenName(described[3]);
  const inverted = INVERTED_DESCRIBED.exec(after) ?? INVERTED.exec(after) ?? (describesName ? described : null);
  // "said Fuller's wife" is not Fuller.
  const owner = inverted && /['’]s$/.test(inverted[1]) && /^\s+\p{Ll}/u.test(after.slice(inverted[0].length));
  const quoting = /^quot/i.test(cue.text);
  // "told The Associated Press", "accused Washington of…", "introduced Osei as…": whom a speaker tells, accuses or introduces is never the speaker.
  const listener = /^(?:tell|told|accus|urg|blam|thank|prais|remind|assur|invit|introduc)/i.test(cue.text);
  if ((phrase.length === 0 || !cue.verb || quoting) && inverted && !owner && !listener && !notNames.has(inverted[1].toLowerCase())) return toSpeaker(words(inverted[1], 0));
  // "…, for Brennan, according to unofficial results": whom "according to" credits follows it, never precedes it.
  if (/^according/i.test(cue.text)) return undefined;
  if (phrase.length > 0) return toSpeaker(phrase);
  // "Jane Doe, a spokeswoman, said" and "A spokeswoman, Jane Doe, said": the clause set off by commas.
  const last = boundaries.at(-1);
  // Not after a participle: in "Kirby said, noting that…" the subject is the sentence's.
  if (last && before[last.start] === ',' && before.slice(last.end).trim() === '' && !/ing$/i.test(cue.text)) {
    const opening = boundaries.at(-2);
    const innerStart = opening?.end ?? 0;
    const aside = words(before.slice(innerStart, last.start), from + innerStart);
    const inner = aside.slice(-8);
    // "The statement, issued at 6 p.m., read", "The mayor, speaking at City Hall, said", "Jane Doe, who
    // was there, said", "Simmons, a retired firefighter who has served on the council since 2009,
    // said": a clause about the subject, which stands before it. An age or a party and district set
    // off the same way: "Matt Bradford, 54, said", "Bradford, D-Montgomery, said".
    const asideText = inner.map((word) => word.text).join(' ');
    const about = isModifier(aside[0]?.text) || isModifier(inner[0]?.text) || /^\p{N}+$/u.test(asideText) || PARTY.test(asideText);
    if (opening && before[opening.start] === ',' && about) {
      // Past a party and state set off before it: "Rep. Marjorie Taylor Greene, R-Ga., who has…".
      let end = boundaries.length - 2;
      // A relative clause may hold commas of its own: "Samuel Adeyemi, who trained in Lagos, Nigeria, before moving…, said".
      const relative = boundaries.findIndex((boundary) => before[boundary.start] === ',' && /^\s*(?:who|whose)\b/.test(before.slice(boundary.end)));
      if (relative >= 0 && relative < end) end = relative;
      // …and past an age: "Olena Savchenko, 52, who…".
      while (end > 0 && (PARTY.test(before.slice(boundaries[end - 1].end, boundaries[end].start)) || AGE_ASIDE.test(before.slice(boundaries[end - 1].end, boundaries[end].start)))) end--;
      const subjectStart = boundaries[end - 1]?.end ?? 0;
      const subject = words(before.slice(subjectStart, boundaries[end].start), from + subjectStart).slice(-8);
      return subject.length > 0 ? toSpeaker(subject) : undefined;
    }
    const hasVerb = inner.some((word) => cues.some((other) => !other.noun && word.start >= other.start && word.start < other.end));
    if (inner.length > 0 && !hasVerb) return appositive(before.slice(0, innerStart), from, inner) ?? toSpeaker(inner);
  }
  // "Nouri said Iran would take part “in good faith” and accused Washington…": the subject of the sentence's earlier verb.
  const earlier = cues.filter((other) => other.verb && !other.noun && other.start >= from && other.end <= cue.start).at(-1);
  if (earlier) return speakerOf(outside, earlier, from, to, cues);
  // "Speaking to about 300 supporters in Oak Park, Alvarez thanked…": an opening participle's phrase names no subject.
  const opening = /^\s*\p{Lu}\p{Ll}+ing\s[^,]*,/u.exec(before);
  const tokens = words(opening ? before.slice(opening[0].length) : before, from + (opening?.[0].length ?? 0));
  const first = tokens.findIndex((word) => pronouns.has(word.text.toLowerCase()) || isCapitalized(word.text));
  if (first < 0) return undefined;
  // The whole name, title and all, up to any punctuation: "Judge Jay Bybee dissented, writing that…",
  // not "WASHINGTON (AP) — President Joe Biden".
  let end = first + 1;
  const spaced = (at: number) => /^\s+$/.test(outside.slice(tokens[at - 1].start + tokens[at - 1].text.length, tokens[at].start));
  // "Council member Rosa Delgado": a lowercase job title inside the name's title goes with it.
  const titleWord = (at: number) => jobTitles.has(tokens[at].text) && at + 1 < tokens.length && isCapitalized(tokens[at + 1].text);
  while (!pronouns.has(tokens[first].text.toLowerCase()) && end < tokens.length && end - first < 5 && (isCapitalized(tokens[end].text) || titleWord(end)) && spaced(end)) end++;
  return toSpeaker(tokens.slice(first, end));
}

/** A passive's auxiliary right before the verb: "was announced", "had been reported". */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being|be)\s+$/i;

/** An age set off after a name: "Olena Savchenko, 52, who…". */
const AGE_ASIDE = /^\s*\d{1,3}\s*$/;

/** A party and state set off after a name: "R-Ga.", "D-N.Y.", "I-Vt.". */
const PARTY = /^\s*[DRI]-\p{Lu}[\p{L}.]*\s*$/u;

/** A word opening a clause about a noun, not naming it: a participle, a relative pronoun, a preposition. */
function isModifier(word: string | undefined): boolean {
  return word !== undefined && /^\p{Ll}/u.test(word) && (/(?:ed|ing)$/.test(word) || clauseWords.has(word) || word === 'whose' || word === 'whom');
}

/** "John Kirby, press secretary for the Pentagon, said": the name stands before the description. */
function appositive(before: string, from: number, description: Token[]): SpeakerPhrase | undefined {
  // Lowercase, or an owner's: "the group's chief economist", "NAR's chief economist".
  const describes = /^\p{Ll}/u.test(description[0].text) || (/['’]s$/.test(description[0].text) && /^\p{Ll}/u.test(description[1]?.text ?? ''));
  if (!describes || pronouns.has(description[0].text) || !/,\s*$/.test(before)) return undefined;
  const previous = words(before.slice(before.lastIndexOf(',', before.length - 2) + 1, -1), from);
  let nameStart = previous.length;
  while (nameStart > 0 && (isCapitalized(previous[nameStart - 1].text) || titles.has(previous[nameStart - 1].text.toLowerCase()))) nameStart--;
  if (nameStart === previous.length || previous.length - nameStart < 2) return undefined;
  const name = previous.slice(nameStart).map((word) => word.text).join(' ');
  const text = description.map((word) => word.text).join(' ');
  return { text: `${name}, ${text}`, name, description: text, pronoun: false, proper: true };
}

/** Plural nouns for people that open a sentence capitalised and name no one ("Forecasters said"), besides the plural of a job title. */
const CROWDS = new Set(['officials', 'experts', 'critics', 'lawmakers', 'forecasters', 'meteorologists', 'authorities', 'investigators', 'prosecutors', 'organizers', 'protesters', 'volunteers', 'supporters', 'opponents', 'advocates', 'activists', 'scholars', 'historians', 'regulators', 'executives', 'leaders', 'voters', 'locals', 'witnesses', 'people']);

function isCrowd(word: string): boolean {
  const lower = word.toLowerCase();
  return CROWDS.has(lower) || (/^\p{Lu}\p{Ll}+s$/u.test(word) && jobTitles.has(lower.slice(0, -1)));
}

function toSpeaker(phrase: Token[]): SpeakerPhrase | undefined {
  const texts = phrase.map((word) => word.text);
  let counted = false;
  while (texts.length > 1 && notNames.has(texts[0].toLowerCase()) && /^\p{Lu}/u.test(texts[0])) {
    texts.shift();
    counted = true;
  }
  // "Many of them said", "Some of the residents said": the group they are counted from.
  if (counted && texts.length > 1 && texts[0] === 'of') texts.shift();
  if (texts.length === 1 && /^(?:them|those)$/.test(texts[0])) return { text: texts[0], name: 'they', pronoun: true, proper: false };
  if (texts.length === 0) return undefined;
  if (texts.length === 1 && pronouns.has(texts[0].toLowerCase())) return { text: texts[0], name: texts[0], pronoun: true, proper: false };
  if (texts.length === 1 && isCrowd(texts[0])) return { text: texts[0], name: texts[0], pronoun: false, proper: false };
  // "Democrats", "Senate Republicans": a party or a people, not a person's name.
  if (groupNames.has(texts[texts.length - 1].toLowerCase())) return { text: texts.join(' '), name: texts.join(' '), pronoun: false, proper: false };
  let nameStart = texts.length;
  while (nameStart > 0 && (isCapitalized(texts[nameStart - 1]) || titles.has(texts[nameStart - 1].toLowerCase()))) nameStart--;
  // "Mayor Ana Ruiz", "Facebook CEO Mark Zuckerberg": the name starts after the last job title.
  for (let i = texts.length - 2; i >= nameStart; i--) {
    if (jobTitles.has(texts[i].toLowerCase())) {
      nameStart = i + 1;
      break;
    }
  }
  const text = texts.join(' ');
  if (nameStart === texts.length) return { text, name: text, pronoun: false, proper: false };
  // "Residents of Thornby": a place after a preposition, not a person, unless a given name says so ("Secretary of State Antony Blinken").
  if (nameStart > 0 && /^(?:of|from|in|at|for)$/.test(texts[nameStart - 1]) && !texts.slice(nameStart).some(isGivenName)) return { text, name: text, pronoun: false, proper: false };
  // "the Rev. Martha Greer": the article goes with the title, and describes no one.
  const description = /^(?:the|a|an)$/i.test(texts[0]) && nameStart === 1 ? '' : texts.slice(0, nameStart).join(' ');
  return { text, name: texts.slice(nameStart).join(' '), ...(description ? { description } : {}), pronoun: false, proper: true };
}

/** A speaker named outright, as after a dash (“…” — Ana Ruiz) or in a byline. */
export function namedSpeaker(name: string): SpeakerPhrase | undefined {
  return toSpeaker(words(name, 0));
}

/** A name's last word, possessive and title dropped: how later references name the speaker. */
export function surnameKey(name: string): string {
  const last = name.split(/\s+/).filter((word) => !titles.has(word.toLowerCase())).pop() ?? name;
  return last.replace(/[’']s$/, '').toLowerCase();
}

/** How many words of a name are not titles: "Dr. Shadlen" has one, "Michael Shadlen" two. */
export function givenWords(name: string): number {
  return name.split(/\s+/).filter((word) => !titles.has(word.toLowerCase())).length;
}
