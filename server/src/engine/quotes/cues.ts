import { LOADED_VERBS } from '../data/loaded-verbs';
import { DOCUMENT_NOUNS, DOCUMENT_VERBS, FUNCTION_WORDS, QUOTE_BOUND_VERBS, SPEECH_PHRASES, SPEECH_VERBS } from '../data/speech-verbs';
import { execAll } from '../text/exec-all';
import { followsWord } from '../text/sentence-start';

const functionWords = new Set(FUNCTION_WORDS);
const quoteBound = new Set(QUOTE_BOUND_VERBS);

/** A reporting cue outside any quotation: a speech verb or phrase; offsets relative to the paragraph. */
export interface Cue {
  start: number;
  end: number;
  /** The cue as written ("said", "according to"). */
  text: string;
  /** Whether the cue is a verb, whose subject or inverted object names the speaker. */
  verb: boolean;
  /** A verb form used as a noun or infinitive ("reports that…", "the report", "to declare"): it names no speaker. */
  noun: boolean;
}

const patterns = new Map<string, { verbs: RegExp; phrases: RegExp }>();

/** What follows "state" as an adjective: the words of a speaker, then their verb, in the same clause. */
const STATE_ADJECTIVE = /^\s+[^,;:.!?\u0001]{1,80}?\b(?:said|says|told|added|wrote|asked|explained|noted)\b/;

/** Placeholder for quoted matter in `outside` text: no word, no space, a clause boundary. */
export const QUOTED = '\u0001';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function patternsFor(houseVerbs: readonly string[]) {
  const key = houseVerbs.join('\u0000');
  let found = patterns.get(key);
  if (!found) {
    const verbs = new Set([...SPEECH_VERBS, ...LOADED_VERBS.flat(), ...houseVerbs.map((verb) => verb.toLowerCase())]);
    const alternatives = [...verbs].sort((a, b) => b.length - a.length).map(escape).join('|');
    const phrases = SPEECH_PHRASES.map((phrase) => escape(phrase).replace(/ /g, '\\s+')).join('|');
    found = {
      verbs: new RegExp(`(?<![\\p{L}\\p{N}’'-])(?:${alternatives})(?![\\p{L}\\p{N}’'-])`, 'giu'),
      phrases: new RegExp(`(?:${phrases})(?![\\p{L}\\p{N}])`, 'giu'),
    };
    patterns.set(key, found);
  }
  return found;
}

/** "add to the danger", "added to its lead": an object after "to", not a listener. */
const ADD_TO = /^\s+to\s+(?:the|a|an|its|their|his|her|our|that|this|those|these)\b/i;

/** "who is", "that were": a relative clause's progressive before the verb. */
const DESCRIBING = /\b(?:who|that|which)\s+(?:is|was|are|were)\s+$/i;

/** Subjects that are no one in particular, right before the verb. */
const NO_ONE = /\b(?:[Nn]obody|[Nn]o one|[Ee]veryone|[Ee]verybody|[Aa]nyone|[Aa]nybody)\s+$/;

/** The most characters from a document's verb to the words quoted from the document. */
const DOCUMENT_REACH = 200;

/**
 * A document's verb, right after the document, an aside set off by commas, and a modal: "The bill
 * would require", "The 11-page memo, dated Oct. 3, directs". The quotation must follow in the same
 * sentence (checked in `findCues`).
 */
const DOCUMENT_VERB = new RegExp(
  `(?<=\\b(?:${DOCUMENT_NOUNS.join('|')})s?(?:,[^,;!?]{1,120},)?(?: (?:would|will|also|would also|does not|did not|could))? )(?:${DOCUMENT_VERBS.join('|')})(?![\\p{L}\\p{N}’'-])`,
  'giu',
);
/** A sentence's end between a document's verb and the quotation: not an abbreviation's period ("U.S.", "Oct. 3"). */
const SENTENCE_END = /[!?]|(?<![\p{Lu}.]|\b\p{Lu}\p{Ll}{1,3})\.\s+\p{Lu}/u;

/** Every reporting cue in `outside` (prose with quoted matter replaced by QUOTED), in order. */
export function findCues(outside: string, houseVerbs: readonly string[]): Cue[] {
  const { verbs, phrases } = patternsFor(houseVerbs);
  const cues: Cue[] = [];
  for (const match of execAll(verbs, outside)) {
    const start = match.index ?? 0;
    if (quoteBound.has(match[0].toLowerCase()) && !besideQuote(outside, start, start + match[0].length)) continue;
    // "“…,” state Commerce Secretary Alan Pruitt said", "state officials said": "state" names whose officials speak.
    if (/^state$/i.test(match[0]) && STATE_ADJECTIVE.test(outside.slice(start + match[0].length, start + match[0].length + 100))) continue;
    // A capital inside a sentence makes the word part of a name: "New York State Rifle & Pistol Association".
    if (followsWord(outside, start) && /^\p{Lu}/u.test(match[0])) continue;
    const previous = /([\p{L}]+)\s+$/u.exec(outside.slice(Math.max(0, start - 24), start))?.[1].toLowerCase() ?? '';
    // "Nobody asks you why": a verb whose subject is no one in particular quotes no one.
    if (NO_ONE.test(outside.slice(Math.max(0, start - 12), start))) continue;
    // "the girl who is boasting": a progressive in a relative clause describes someone, and attributes nothing.
    if (/ing$/i.test(match[0]) && DESCRIBING.test(outside.slice(Math.max(0, start - 16), start))) continue;
    // "wrote down what customers owed", "wrote off the debt": writing as bookkeeping is no speech.
    if (/^(?:writ|wrote)/i.test(match[0]) && /^\s+(?:down|off|out)\b/.test(outside.slice(start + match[0].length, start + match[0].length + 8))) continue;
    // "the heat would add to the danger": adding to something is no speech.
    if (/^add/i.test(match[0]) && ADD_TO.test(outside.slice(start + match[0].length, start + match[0].length + 16))) continue;
    cues.push({ start, end: start + match[0].length, text: match[0], verb: true, noun: functionWords.has(previous) });
  }
  for (const match of execAll(phrases, outside)) cues.push({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length, text: match[0], verb: false, noun: false });
  for (const match of execAll(DOCUMENT_VERB, outside)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const after = outside.slice(end, end + DOCUMENT_REACH);
    const quoted = after.indexOf(QUOTED);
    if (quoted >= 0 && !SENTENCE_END.test(after.slice(0, quoted))) cues.push({ start, end, text: match[0], verb: true, noun: false });
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** The most characters between a quote-bound verb and its quote: “Closed until further notice,” a sign on the door read. */
const QUOTE_REACH = 40;

/** Whether quoted matter ends or starts within reach of `[start, end)`, in the same sentence. */
function besideQuote(outside: string, start: number, end: number): boolean {
  const before = outside.slice(Math.max(0, start - QUOTE_REACH), start);
  const after = outside.slice(end, end + QUOTE_REACH);
  const quotedBefore = before.lastIndexOf(QUOTED);
  const quotedAfter = after.indexOf(QUOTED);
  return (quotedBefore >= 0 && !/[.!?]/.test(before.slice(quotedBefore + 1))) || (quotedAfter >= 0 && !/[.!?]/.test(after.slice(0, quotedAfter)));
}
