import { hasProse, isCaption } from '../claims/voice';
import { DELAYED_ATTRIBUTION } from '../data/speech-verbs';
import type { Paragraph } from '../model/article';
import { paragraphSummary } from '../model/summaries';
import type { Quotation } from './model';
import { paragraphQuotes, type Attribution, type ParagraphQuotes } from './paragraph';
import type { ResolvedSpeaker, Speakers } from './speakers';

const CREDITS_QUOTE_BEFORE = new RegExp(DELAYED_ATTRIBUTION);

/*
 * Attribution from context, after the paragraph-by-paragraph pass: a quote lede attributed in the
 * next paragraph, block-quote bylines, quotes echoing attributed ones, and pull quotes. These
 * passes replace the quotations they change rather than change them: the pass before may keep
 * and reuse its quotations from one keystroke to the next.
 */

/** The attribution of a paragraph's first sentence, when it names a speaker and quotes no one. */
export function openingAttribution(paragraph: Paragraph, local: ParagraphQuotes): Attribution | undefined {
  const first = paragraph.sentences[0];
  if (!first || paragraph.kind === 'heading' || local.quotations.some((quotation) => quotation.parts[0].start < first.end)) return undefined;
  return local.attributions.find((attribution) => attribution.cue.verb && attribution.speaker && attribution.cue.end <= first.end);
}

/**
 * A quote lede attributed in the next paragraph's first sentence (“We never saw it coming.” /
 * Mayor Ana Ruiz said the storm gave no warning.) is attributed: AP's delayed attribution; past
 * the lede, only when that sentence points back at it (That's what Ruiz told reporters.). So is a
 * quote standing alone as its paragraph when the next one opens by crediting it without a speech
 * verb (“This offer is an insult.” / That was the message from union leaders.); that credit names
 * no speaker the model can register.
 */
export function attributeFromNext(paragraphs: Paragraph[], quotations: Quotation[], openers: Map<number, ResolvedSpeaker>): void {
  quotations.forEach((quotation, position) => {
    if (quotation.attribution || quotation.kind === 'not-speech') return;
    const home = paragraphHolding(paragraphs, quotation.parts[quotation.parts.length - 1].end);
    const following = home >= 0 ? paragraphs[home + 1] : undefined;
    if (!following) return;
    const opener = openers.get(following.index);
    if (opener && (REFERS_BACK.test(following.prose) || isLede(paragraphs, home))) quotations[position] = { ...quotation, attribution: { ...opener, where: 'next-paragraph' } };
    else if (standsAlone(paragraphs[home], quotation)) {
      const credit = CREDITS_QUOTE_BEFORE.exec(following.prose);
      if (!credit) return;
      const phrase = credit[1] ?? credit[2] ?? credit[3];
      const verbEnd = following.start + credit.index + credit[0].length;
      quotations[position] = { ...quotation, attribution: { verb: phrase, verbStart: verbEnd - phrase.length, verbEnd, where: 'next-paragraph' } };
    }
  });
}

/** A first sentence that points back at the quote before it: "That is what Kirby told reporters." */
const REFERS_BACK = /^\s*(?:That|This|Those|These|So|Such)\b/;

/** The most words of a line that may stand above a lede: a byline, a dateline, a kicker. */
const ABOVE_LEDE_MAX_WORDS = 7;

/**
 * Whether the paragraph at `home` opens the story: only headlines, captions, bylines and other
 * short lines before it. Past the lede, a quote the next paragraph does not point back at ("Lopez
 * said she hoped to reopen by spring.") reads as nobody's.
 */
function isLede(paragraphs: Paragraph[], home: number): boolean {
  for (let index = 0; index < home; index++) {
    const paragraph = paragraphs[index];
    if (paragraph.kind !== 'heading' && hasProse(paragraph) && !isCaption(paragraph) && paragraph.wordCount > ABOVE_LEDE_MAX_WORDS) return false;
  }
  return true;
}

/** Nothing but the quote and its closing punctuation in the paragraph. */
function standsAlone(paragraph: Paragraph, quotation: Quotation): boolean {
  const around = paragraph.prose.slice(0, quotation.start - paragraph.start) + paragraph.prose.slice(quotation.end - paragraph.start);
  return !/[^\s.!?]/.test(around);
}

/** The position of the paragraph the offset ends in (`start < offset <= end`), or -1; paragraphs are in document order. */
function paragraphHolding(paragraphs: Paragraph[], offset: number): number {
  let low = 0;
  let high = paragraphs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const paragraph = paragraphs[middle];
    if (offset <= paragraph.start) high = middle - 1;
    else if (offset > paragraph.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** `> Michael Shadlen, Ph.D.` after a block quote names its speaker. */
export function attributeBylines(paragraphs: Paragraph[], quotations: Quotation[], houseVerbs: readonly string[], speakers: Speakers): void {
  for (let i = 1; i < paragraphs.length; i++) {
    if (paragraphs[i].kind !== 'blockquote' || paragraphs[i - 1].kind !== 'blockquote') continue;
    const byline = paragraphQuotes(paragraphs[i], houseVerbs).byline;
    if (!byline) continue;
    const speaker = speakers.named(byline);
    const quoted = paragraphs[i - 1].index;
    quotations.forEach((quotation, position) => {
      if (quotation.paragraph === quoted) quotations[position] = { ...quotation, attribution: { speaker, speakerText: byline, where: 'byline' } };
    });
  }
}

/** Consecutive words a quotation must share with an attributed one to be taken as picked up from it. */
const ECHO_WORDS = 4;

/**
 * A quotation repeating words quoted and attributed elsewhere in the article (a pull quote, an
 * excerpt picked up again with "…", a phrase of it quoted back) belongs to the same speaker.
 */
export function attributeEchoes(quotations: Quotation[]): void {
  let echoes: EchoIndex | undefined;
  quotations.forEach((quotation, position) => {
    if (quotation.attribution || quotation.kind === 'not-speech') return;
    const runs = runsOf(quotation.text);
    if (runs.length === 0) return;
    echoes ??= echoIndex(quotations);
    // The earliest attributed quotation sharing any run of words: one lookup per run, not a scan
    // of every attributed quotation (which made each keystroke quadratic in a long article).
    let first = Infinity;
    for (const run of runs) first = Math.min(first, echoes.firstWithRun.get(run) ?? Infinity);
    const source = echoes.attributed[first]?.attribution;
    if (source) quotations[position] = { ...quotation, attribution: { ...source, where: 'echo' } };
  });
}

interface EchoIndex {
  /** The attributed quotations, in order. */
  attributed: Quotation[];
  /** Each run of ECHO_WORDS words they quote, mapped to the first of them (by position in `attributed`) quoting it. */
  firstWithRun: Map<string, number>;
  /** Their texts, by which the index is reused. */
  texts: string[];
}

/** The last index built: reused while the attributed quotations' texts are the same, as between most keystrokes. */
let lastEchoIndex: EchoIndex | undefined;

function echoIndex(quotations: Quotation[]): EchoIndex {
  const attributed = quotations.filter((quotation) => quotation.attribution);
  const texts = attributed.map((quotation) => quotation.text);
  const kept = lastEchoIndex;
  if (kept && kept.texts.length === texts.length && kept.texts.every((text, i) => text === texts[i])) return { ...kept, attributed };
  const firstWithRun = new Map<string, number>();
  texts.forEach((text, index) => {
    for (const run of runsOf(text)) if (!firstWithRun.has(run)) firstWithRun.set(run, index);
  });
  return (lastEchoIndex = { attributed, firstWithRun, texts });
}

/** Runs of ECHO_WORDS normalized words, remembered per quotation text: the index is rebuilt on every edit. */
const runsByText = new Map<string, string[]>();

function runsOf(text: string): string[] {
  let runs = runsByText.get(text);
  if (runs === undefined) {
    if (runsByText.size > 20_000) runsByText.clear();
    const words = normalizeWords(text).split(' ');
    runs = [];
    for (let i = 0; i + ECHO_WORDS <= words.length; i++) runs.push(words.slice(i, i + ECHO_WORDS).join(' '));
    runsByText.set(text, runs);
  }
  return runs;
}

/** Words a block quote must share, in a row, with the article's own prose to be a pull quote. */
const PULL_QUOTE_WORDS = 6;

/**
 * A block quote repeating the article's own prose is a pull quote, a design element: not a
 * quotation of anyone. Its opening words and its middle are looked for in the other paragraphs,
 * whose normalized text is memoized by paragraph.
 */
export function markPullQuotes(paragraphs: Paragraph[], quotations: Quotation[]): void {
  quotations.forEach((quotation, position) => {
    if (quotation.attribution || paragraphs[paragraphHolding(paragraphs, quotation.start + 1)]?.kind !== 'blockquote') return;
    const words = normalizeWords(quotation.text).split(' ');
    if (words.length < PULL_QUOTE_WORDS) return;
    const middle = Math.floor((words.length - PULL_QUOTE_WORDS) / 2);
    const runs = [0, middle].map((at) => ` ${words.slice(at, at + PULL_QUOTE_WORDS).join(' ')} `);
    const repeated = paragraphs.some((paragraph) => paragraph.kind !== 'blockquote' && runs.some((run) => proseWords(paragraph).includes(run)));
    if (repeated) quotations[position] = { ...quotation, kind: 'not-speech' };
  });
}

function proseWords(paragraph: Paragraph): string {
  return paragraphSummary(paragraph, 'quote-prose-words', (it) => ` ${normalizeWords(it.prose)} `);
}

/** Normalized texts of recent quotations: echoes compare them on every edit. Bounded, so memory follows the document. */
const normalized = new Map<string, string>();

function normalizeWords(text: string): string {
  let words = normalized.get(text);
  if (words === undefined) {
    if (normalized.size > 20000) normalized.clear();
    words = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    normalized.set(text, words);
  }
  return words;
}
