import type { Paragraph } from '../model/article';
import { nameMentions } from '../model/names';
import { paragraphSummary } from '../model/summaries';
import { findCues, QUOTED, type Cue } from './cues';
import { kindOf, type QuotationKind } from './kind';
import type { MarkFamily } from './marks';
import { marksOf, type MarkPair } from './pairing';
import { namedSpeaker, speakerOf, type SpeakerPhrase } from './speaker';
import { HELD_CREDIT, JOB_TITLES, POSSESSIVE_CREDIT } from '../data/speech-verbs';

/** One stretch between an opening and a closing mark; offsets relative to the paragraph. */
export interface Span {
  start: number;
  end: number;
}

/** A cue together with the speaker it names. */
export interface Attribution {
  cue: Cue;
  speaker?: SpeakerPhrase;
}

/** A quotation as one paragraph sees it. */
export interface LocalQuotation {
  /** Its quoted stretches, marks included; several when interrupted by the attribution. */
  parts: Span[];
  /** The quoted words without the marks, parts joined by a space. */
  text: string;
  kind: QuotationKind;
  /** The last part has no closing mark: the quotation is open at the paragraph's end. */
  open: boolean;
  /** Double or single marks: a quote left open goes on only in a paragraph opening with the same. */
  family: MarkFamily;
  /** The attribution found in its sentence, or elsewhere in the paragraph. */
  attribution?: Attribution;
  /** Where the attribution was found. */
  attributedIn?: 'sentence' | 'paragraph';
  /** Nothing but punctuation precedes it in the paragraph: it may float on the previous paragraph's speaker. */
  leadsParagraph: boolean;
}

/** Everything the quotation rules need to know about one paragraph, computed once per text. */
export interface ParagraphQuotes {
  quotations: LocalQuotation[];
  /** Attributions anywhere in the paragraph, outside quoted matter, in order. */
  attributions: Attribution[];
  /** Prose with quoted matter replaced by QUOTED: the reporter's own words. */
  outside: string;
  /** A short block-quote line naming who said the block quote before it (`> Michael Shadlen, Ph.D.`). */
  byline?: string;
  /** People brought in by full name as a sentence's subject, whom a later "she said" may mean. */
  introduced?: Introduction[];
}

/** "Rhonda Tillis, 58, has lived on the block…": someone introduced; `start` is relative to the paragraph. */
export interface Introduction {
  start: number;
  speaker: SpeakerPhrase;
  /** A surname alone ("Delgado was 4 when…"): someone already quoted, or any capitalised word. */
  knownOnly?: boolean;
}

/** The paragraph's quotations and attributions, memoized per paragraph text, kind and house verbs. */
export function paragraphQuotes(paragraph: Paragraph, houseVerbs: readonly string[]): ParagraphQuotes {
  const key = houseVerbs.length === 0 ? 'quotes' : `quotes\u0000${houseVerbs.join('\u0000')}`;
  return paragraphSummary(paragraph, key, analyse, houseVerbs);
}

function analyse(paragraph: Paragraph, houseVerbs: readonly string[]): ParagraphQuotes {
  if (paragraph.kind !== 'blockquote') return analyseProse(paragraph, houseVerbs);
  // A block quote that quotes and attributes in its own sentences (`> “…,” Cho said.`) is a
  // paragraph set off, read as one; otherwise the whole block is the quotation.
  const asProse = paragraph.prose.includes('"') || /[“”‘’]/.test(paragraph.prose) ? analyseProse(paragraph, houseVerbs) : undefined;
  return asProse?.quotations.some((quotation) => quotation.attribution) ? asProse : analyseBlockquote(paragraph.prose);
}

function analyseProse(paragraph: Paragraph, houseVerbs: readonly string[]): ParagraphQuotes {
  const prose = paragraph.prose;
  const outer = marksOf(paragraph).pairs.filter((pair) => pair.depth === 0);
  const spans = outer.map((pair) => spanOf(pair, prose));
  let outside = prose;
  for (const span of spans) outside = outside.slice(0, span.start) + QUOTED.repeat(span.end - span.start) + outside.slice(span.end);
  const cues = withoutVerbPhrases(outside, findCues(outside, houseVerbs));
  const attributions: Attribution[] = cues.map((cue) => {
    const sentence = sentenceAround(paragraph, cue.start);
    return { cue, speaker: speakerOf(outside, cue, sentence.start, sentence.end, cues) };
  });
  const label = labelAttribution(outside);
  if (label) attributions.push(label);
  for (const span of spans) {
    const dashed = dashAttribution(outside, span.end);
    if (dashed) attributions.push(dashed);
    const credited = possessiveCredit(outside, span.start, sentenceAround(paragraph, span.start).start);
    if (credited) attributions.push(credited);
  }
  attributions.sort((a, b) => a.cue.start - b.cue.start);

  const quotations: LocalQuotation[] = [];
  for (let i = 0; i < outer.length; i++) {
    const parts = [spans[i]];
    let last = outer[i];
    // “We will stay,” she said, “until it is done.” is one quotation, interrupted by its attribution.
    while (i + 1 < outer.length && interrupts(prose, outside, last, spans[i + 1], attributions)) {
      i++;
      parts.push(spans[i]);
      last = outer[i];
    }
    quotations.push(localQuotation(paragraph, outside, parts, last, attributions));
  }
  return { quotations, attributions, outside, introduced: introductions(paragraph) };
}

/**
 * Names opening a sentence in the reporter's words, titles and all: the people the next "he said"
 * may mean. A surname alone counts only for someone already quoted (see `Speakers.add`).
 */
function introductions(paragraph: Paragraph): Introduction[] {
  const introduced: Introduction[] = [];
  for (const mention of nameMentions(paragraph)) {
    if (mention.quoted) continue;
    // "At a shelter in Moore, Teresa Gomez, 41, sat…", "Hayes’ sister, Lorraine Hayes, was…": the subject after one opening phrase;
    // "Council member Rosa Delgado delivered…": after a title with a lowercase job word; "Among them was Marcus O’Neill, …".
    const sentenceStart = sentenceAround(paragraph, mention.start).start;
    const lead = paragraph.prose.slice(sentenceStart, mention.start);
    const titled = mention.given !== undefined && LOWERCASE_TITLE_OPENING.test(lead);
    const opened = mention.given !== undefined && (OPENING_PHRASE.test(lead) || titled || INTRODUCING.test(lead));
    if (!mention.sentenceInitial && mention.titleOpening === undefined && !opened) continue;
    const speaker = namedSpeaker(paragraph.prose.slice(mention.titleOpening ?? (titled ? sentenceStart : mention.start), mention.end));
    if (speaker && !speaker.pronoun) introduced.push(mention.given ? { start: mention.start, speaker } : { start: mention.start, speaker, knownOnly: true });
  }
  return introduced;
}

/**
 * A phrase that goes with the verb before it in the same clause ("told The Associated Press in an
 * interview", "said in a statement"): part of that attribution, not one whose subject is the listener.
 */
function withoutVerbPhrases(outside: string, cues: Cue[]): Cue[] {
  const kept: Cue[] = [];
  let verb: Cue | undefined;
  for (const cue of cues) {
    if (cue.verb) {
      // "said on a conference call", "said in a video posted on Telegram", "said after the results were announced".
      if (verb && !cue.noun && cue.start - verb.end <= VERB_PHRASE_REACH && WITHIN_VERB_PHRASE.test(outside.slice(verb.end, cue.start))) continue;
      if (!cue.noun) verb = cue;
      kept.push(cue);
    } else if (!verb || cue.start - verb.end > VERB_PHRASE_REACH || CLAUSE_BREAK.test(outside.slice(verb.end, cue.start))) {
      kept.push(cue);
    }
  }
  return kept;
}

/** A title opening the sentence with a lowercase job word in it: "Council member ", "School board member ". */
const LOWERCASE_TITLE_OPENING = new RegExp(`^\\s*(?:\\p{Lu}[\\p{L}’'-]*\\s+){1,3}(?:${JOB_TITLES.join('|')})\\s+$`, 'u');
/** Words that bring someone in by name: "Among them was ", "One of them was ", "including ". */
const INTRODUCING = /(?:\b[Aa]mong them (?:was|were)|\b[Oo]ne of them (?:was|is)|\bincluding)\s+$/;

/** One phrase opening a sentence, set off by a comma: what may stand before its subject. */
const OPENING_PHRASE = /^\s*\p{Lu}[^,;:.!?\u0001]{0,80},\s*$/u;

const CLAUSE_BREAK = /[,;:.!?()\u2014\u2013\u0001]/;
/** Between a verb and a later cue of its clause: the cue is a noun after a preposition, a participle after one, or passive. */
const WITHIN_VERB_PHRASE = /^[^,;:.!?()\u2014\u2013\u0001]*(?:\b(?:on|in|at|during|from|with|via|through|after|before)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}’'-]+\s+){0,3}|\b(?:was|were|is|are|been|being)\s+(?:\p{L}+ly\s+)?)$/u;
/** How far a phrase may follow its verb: "told The Associated Press in an interview"; bounded, so the scan stays linear. */
const VERB_PHRASE_REACH = 120;

/** “Quote text.” — Ana Ruiz: the dash names the speaker, as pull quotes and epigraphs do. */
const DASHED_NAME = /^\s*(?:[\u2014\u2013]|--?)\s*(@?\p{Lu}[\p{L}\p{N}.’'\-]*(?:\s+(?:\p{Lu}|of\b|the\b|de\b)[\p{L}\p{N}.’'\-]*){0,4})/u;

function dashAttribution(outside: string, from: number): Attribution | undefined {
  const match = DASHED_NAME.exec(outside.slice(from, from + 120));
  if (!match) return undefined;
  const dash = from + match[0].indexOf(match[0].trim()[0]);
  return { cue: { start: dash, end: dash + 1, text: outside[dash], verb: false, noun: false }, speaker: namedSpeaker(match[1]) };
}

/** "Q:", "A.", "Question:", or a transcript's "CRUZ:" or "MS. ALVAREZ:" opening a paragraph: the label says who speaks. */
const SPEAKER_LABEL = /^\s*(?:(Q|A|Question|Answer)\s*[:.]|(?!(?:EDITOR[’']S )?(?:NOTE|UPDATE|UPDATED|CORRECTION|CLARIFICATION|BREAKING|WATCH|LISTEN|VIDEO|PHOTOS?|RELATED|READ MORE)\s*:)(\p{Lu}[\p{Lu}’'.-]+(?: \p{Lu}[\p{Lu}’'.-]+){0,2})\s*:)\s/u;

/** Words of a blotter or briefs item, past its label, that no one speaks: it is the reporter's. */
const BRIEF_AT_LEAST = 15;
const FIRST_OR_SECOND_PERSON = /\b(?:I|I['’](?:m|ve|ll|d)|me|my|mine|we|we['’](?:re|ve|ll|d)|us|our|ours|you|you['’](?:re|ve|ll|d)|your|yours)\b/i;

/**
 * The speaker label opening a paragraph, if it is one. A briefs column or a police blotter opens
 * its items with a label too ("FAIRVIEW: Police arrested…", "ELM STREET FIRE: Firefighters
 * rescued…"): a long item in the third person is the reporter's, not an answer.
 */
function speakerLabel(prose: string): RegExpExecArray | null {
  const match = SPEAKER_LABEL.exec(prose);
  if (!match || match[1]) return match;
  // Quoted words are not the item's, whether marked (prose) or blanked (the attribution pass's text).
  const rest = prose.slice(match[0].length).replace(/["“][^"“”]*["”]?|\u0001+/g, ' ');
  const reported = rest.split(/\s+/).filter(Boolean).length >= BRIEF_AT_LEAST && !FIRST_OR_SECOND_PERSON.test(rest);
  return reported ? null : match;
}

/** A line of Q&A or transcript copy ("Q: …", "MS. ALVAREZ: …"): someone's words verbatim, questions too. */
export function hasSpeakerLabel(prose: string): boolean {
  return speakerLabel(prose) !== null;
}

/** An answer in Q&A or transcript copy ("A: …", "CRUZ: …"): the speaker's words, not the reporter's. */
export function isLabelledAnswer(prose: string): boolean {
  const match = speakerLabel(prose);
  return match !== null && !/^Q(?:uestion)?$/.test(match[1] ?? '');
}

/** Q&A and transcript copy: the interviewer's questions and the answers are attributed by their labels. */
function labelAttribution(outside: string): Attribution | undefined {
  const match = speakerLabel(outside);
  if (!match) return undefined;
  const text = match[1] ?? match[2];
  const start = match[0].indexOf(text);
  const name = match[2] ? match[2].toLowerCase().replace(/(^|[\s’'-])(\p{Ll})/gu, (_, lead: string, letter: string) => lead + letter.toUpperCase()) : undefined;
  return { cue: { start, end: start + text.length, text, verb: false, noun: false }, ...(name ? { speaker: namedSpeaker(name) } : {}) };
}

const POSSESSIVE = new RegExp(POSSESSIVE_CREDIT, 'u');
const HELD = new RegExp(HELD_CREDIT, 'u');
const PRONOUN_OF: Record<string, string> = { his: 'he', her: 'she', their: 'they' };

/**
 * Ortiz’s message was simple: “…”; Munoz had a message for residents: “…”. Whose words they are,
 * named before the colon, is who speaks.
 */
function possessiveCredit(outside: string, quoteStart: number, sentenceStart: number): Attribution | undefined {
  const from = Math.max(sentenceStart, quoteStart - 160);
  const before = outside.slice(from, quoteStart);
  const match = POSSESSIVE.exec(before) ?? HELD.exec(before);
  if (!match) return undefined;
  const possessor = match[1].replace(/['’]s$/, '');
  const start = from + match.index + match[0].indexOf(match[2], match[1].length);
  return {
    cue: { start, end: start + match[2].length, text: match[2], verb: false, noun: false },
    speaker: namedSpeaker(PRONOUN_OF[possessor.toLowerCase()] ?? possessor),
  };
}

function spanOf(pair: MarkPair, prose: string): Span {
  if (pair.close !== undefined) return { start: pair.open, end: pair.close + 1 };
  return { start: pair.open, end: prose.trimEnd().length };
}

/** A comma-ended quote, a short attribution ending in a comma, then the quote goes on. */
function interrupts(prose: string, outside: string, previous: MarkPair, next: Span, attributions: Attribution[]): boolean {
  if (previous.close === undefined) return false;
  const between = outside.slice(previous.close + 1, next.start);
  const endsWithComma = prose[previous.close - 1] === ',' || between.startsWith(',');
  return endsWithComma && between.length <= 80 && /,\s*$/.test(between) && !/[.!?]/.test(between) &&
    attributions.some((attribution) => attribution.cue.start > previous.close! && attribution.cue.end <= next.start);
}

function localQuotation(paragraph: Paragraph, outside: string, parts: Span[], last: MarkPair, attributions: Attribution[]): LocalQuotation {
  const prose = paragraph.prose;
  const first = parts[0];
  const end = parts[parts.length - 1].end;
  const sentenceStart = sentenceAround(paragraph, first.start).start;
  const sentenceEnd = Math.max(sentenceAround(paragraph, Math.max(first.start, end - 1)).end, end);
  const inSentence = nearest(attributions.filter((a) => a.cue.start >= sentenceStart && a.cue.end <= sentenceEnd), first.start, end);
  const inParagraph = inSentence ? undefined : nearest(attributions, first.start, end);
  const open = last.close === undefined;
  const text = parts.map((part, index) => contentOf(prose, part, !open || index < parts.length - 1)).join(' ');
  return {
    parts,
    text,
    kind: kindOf(contentOf(prose, first, !open || parts.length > 1), prose.slice(0, first.start), inSentence !== undefined, prose.slice(first.end, first.end + 24)),
    open,
    family: last.family,
    ...(inSentence ? { attribution: inSentence, attributedIn: 'sentence' as const } : {}),
    ...(inParagraph ? { attribution: inParagraph, attributedIn: 'paragraph' as const } : {}),
    leadsParagraph: !/[\p{L}\p{N}]/u.test(outside.slice(0, first.start)),
  };
}

/** The quoted words without their marks. */
function contentOf(prose: string, span: Span, closed: boolean): string {
  return prose.slice(span.start + 1, closed ? span.end - 1 : span.end).trim();
}

/**
 * The cue closest to a quotation: after it first (“…,” Kirby said), else before it. A cue word
 * used as a noun (“the state would”, “the report”) only when no verb is there to attribute.
 */
function nearest(all: Attribution[], start: number, end: number): Attribution | undefined {
  const verbs = all.filter((a) => !a.cue.noun);
  const attributions = verbs.length > 0 ? verbs : all;
  const after = attributions.find((a) => a.cue.start >= end);
  const before = [...attributions].reverse().find((a) => a.cue.end <= start);
  if (after && before) return after.cue.start - end <= start - before.cue.end ? after : before;
  return after ?? before ?? attributions.find((a) => a.cue.start >= start && a.cue.end <= end);
}

function sentenceAround(paragraph: Paragraph, offset: number): Span {
  const sentence = paragraph.sentences.find((s) => offset >= s.start && offset < s.end);
  return sentence ?? { start: 0, end: paragraph.prose.length };
}

const BYLINE = /^\s*(\p{Lu}[^\n"“”]{0,80})$/u;
/** A line opening with a dash names who said the block quote: `— Donald J. Trump (@realDonaldTrump) May 1, 2017`. */
const DASH_LINE = /^[ \t]*(?:[\u2014\u2013]|--?)[ \t]*([^\n(,]{1,80})/u;
const MINOR = /^(?:of|the|and|for|at|de|van|von)$/;

/**
 * A block quote is quoted matter as a whole. A short line of capitalized words in it is its
 * byline (`> Michael Shadlen, Ph.D.`), as is a last line opening with a dash (`> — Ada Lovelace`).
 */
function analyseBlockquote(prose: string): ParagraphQuotes {
  const trimmed = prose.trim();
  const start = prose.indexOf(trimmed);
  const lastLine = trimmed.lastIndexOf('\n') + 1;
  const dashed = DASH_LINE.exec(trimmed.slice(lastLine));
  if (dashed && lastLine === 0) return { quotations: [], attributions: [], outside: prose, byline: dashed[1].trim() };
  const bylineMatch = BYLINE.exec(trimmed);
  const words = trimmed.match(/[\p{L}\p{N}][\p{L}\p{N}.’'-]*/gu) ?? [];
  if (bylineMatch && words.length > 0 && words.length <= 8 && words.every((word) => /^\p{Lu}/u.test(word) || MINOR.test(word))) {
    return { quotations: [], attributions: [], outside: prose, byline: bylineMatch[1].split(',')[0].trim() };
  }
  if (trimmed === '') return { quotations: [], attributions: [], outside: prose };
  const quoted = dashed ? trimmed.slice(0, lastLine).trimEnd() : trimmed;
  const span = { start, end: start + quoted.length };
  const quotation: LocalQuotation = { parts: [span], text: quoted.replace(/^["“]|["”]$/g, ''), kind: 'speech', open: false, family: 'double', leadsParagraph: true };
  if (dashed) {
    const dash = start + lastLine + dashed[0].search(/[\u2014\u2013-]/);
    const attribution: Attribution = { cue: { start: dash, end: dash + 1, text: prose[dash], verb: false, noun: false }, speaker: namedSpeaker(dashed[1].trim()) };
    return { quotations: [{ ...quotation, attribution, attributedIn: 'sentence' }], attributions: [attribution], outside: QUOTED.repeat(prose.length) };
  }
  return { quotations: [quotation], attributions: [], outside: QUOTED.repeat(prose.length) };
}
