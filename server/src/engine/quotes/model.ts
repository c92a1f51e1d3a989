import type { Root } from 'nlcst';
import type { Article, Paragraph } from '../model/article';
import { proseParagraphs } from '../model/article';
import type { RuleOptions } from '../settings';
import type { QuotationKind } from './kind';
import { paragraphQuotes, type Attribution, type LocalQuotation, type ParagraphQuotes, type Span } from './paragraph';
import type { MarkFamily } from './marks';
import { marksOf } from './pairing';
import { Speakers, type ResolvedSpeaker } from './speakers';

/** Where a quotation's attribution was found. */
export type AttributionPlace = 'sentence' | 'paragraph' | 'previous-paragraph' | 'next-paragraph' | 'byline' | 'echo';

export interface QuotationAttribution {
  /** The speaker's key in `QuotationModel.speakers`, when the attribution names one. */
  speaker?: string;
  /** The speaker as written where attributed ("he", "Defense Department spokesman John Kirby"). */
  speakerText?: string;
  /** The cue: "said", "according to"; absent for a byline. */
  verb?: string;
  /** Absolute offsets of the cue. */
  verbStart?: number;
  verbEnd?: number;
  where: AttributionPlace;
}

/** A quotation of the article, perhaps over several paragraphs; offsets absolute. */
export interface Quotation {
  start: number;
  end: number;
  parts: Span[];
  text: string;
  kind: QuotationKind;
  /** Index of the paragraph it starts in. */
  paragraph: number;
  attribution?: QuotationAttribution;
  /** Open at the end of its last paragraph, and no next paragraph continues it. */
  unclosed: boolean;
}

export interface QuotationModel {
  quotations: Quotation[];
  speakers: Speakers;
}

const memo = new WeakMap<Article, { key: string; model: QuotationModel }>();

/**
 * Every quotation of the article with its kind and attribution. The per-paragraph analysis is
 * memoized by paragraph text; this pass only links paragraphs (multi-paragraph quotes, floating
 * quotes, block quotes, speakers), so it stays cheap on every keystroke.
 */
export function quotationsOf(article: Article, options?: Pick<RuleOptions, 'house'>): QuotationModel {
  const houseVerbs = options?.house.speechVerbs ?? [];
  const key = houseVerbs.join('\u0000');
  const cached = memo.get(article);
  if (cached && cached.key === key) return cached.model;
  const model = link(proseParagraphs(article), houseVerbs);
  memo.set(article, { key, model });
  return model;
}

function link(paragraphs: Paragraph[], houseVerbs: readonly string[]): QuotationModel {
  const speakers = new Speakers();
  const quotations: Quotation[] = [];
  let pending: Quotation | undefined;
  let pendingFamily: MarkFamily | undefined;
  /** Paragraphs whose first sentence names a speaker and quotes nothing: "That's what Ruiz told reporters." */
  const openers = new Map<number, ResolvedSpeaker>();
  let previous: { paragraph: Paragraph; local: ParagraphQuotes; lastSpeaker?: ResolvedSpeaker } | undefined;

  for (const paragraph of paragraphs) {
    const local = paragraphQuotes(paragraph, houseVerbs);
    if (local.quotations.length === 0 && local.attributions.length === 0) {
      // Most paragraphs quote no one: nothing to link, and an open quote is not continued here.
      pending = undefined;
      previous = { paragraph, local, lastSpeaker: paragraph.kind === 'blockquote' ? previous?.lastSpeaker : undefined };
      continue;
    }
    const resolved = new Map<Attribution, ResolvedSpeaker>();
    for (const attribution of local.attributions) resolved.set(attribution, speakers.resolve(attribution, paragraph.start));
    // The speaker a following paragraph may lean on: the last one named, a proper name first.
    const named = [...resolved.values()].filter((entry) => entry.speaker);
    let lastSpeaker = named.filter((entry) => !entry.speaker?.startsWith('phrase:')).pop() ?? named.pop();

    let locals = local.quotations;
    if (pending) {
      const [first, ...rest] = locals;
      if (paragraph.kind !== 'heading' && first?.leadsParagraph && marksOf(paragraph).opensWith === pendingFamily) {
        // A quote left open at a paragraph's end goes on when the next paragraph opens with a mark.
        pending.parts.push(...first.parts.map((part) => shift(part, paragraph.start)));
        pending.end = paragraph.start + first.parts[first.parts.length - 1].end;
        pending.text += ` ${first.text}`;
        pending.unclosed = first.open;
        if (!pending.attribution && first.attribution) pending.attribution = { ...resolved.get(first.attribution), where: first.attributedIn ?? 'sentence' };
        if (!first.open) pending = undefined;
        locals = rest;
      } else {
        pending = undefined;
      }
    }

    for (const entry of locals) {
      const quotation = toQuotation(entry, paragraph, resolved);
      if (!quotation.attribution && entry.leadsParagraph) quotation.attribution = inherited(local, previous);
      if (quotation.attribution?.speaker) lastSpeaker = quotation.attribution;
      quotations.push(quotation);
      if (entry.open) {
        quotation.unclosed = true;
        // Only prose paragraphs carry a quote on; a heading's open quote is simply unclosed.
        if (paragraph.kind !== 'heading') {
          pending = quotation;
          pendingFamily = entry.family;
        }
      }
    }
    previous = { paragraph, local, lastSpeaker: lastSpeaker ?? (paragraph.kind === 'blockquote' ? previous?.lastSpeaker : undefined) };
    const opening = openingAttribution(paragraph, local);
    if (opening) openers.set(paragraph.index, resolved.get(opening) as ResolvedSpeaker);
  }
  attributeFromNext(paragraphs, quotations, openers);
  attributeBylines(paragraphs, quotations, houseVerbs, speakers);
  attributeEchoes(quotations);
  markPullQuotes(paragraphs, quotations);
  return { quotations, speakers };
}

function toQuotation(entry: LocalQuotation, paragraph: Paragraph, resolved: Map<Attribution, ResolvedSpeaker>): Quotation {
  const parts = entry.parts.map((part) => shift(part, paragraph.start));
  const attribution = entry.attribution ? { ...resolved.get(entry.attribution), where: entry.attributedIn ?? 'sentence' } : undefined;
  return {
    start: parts[0].start,
    end: parts[parts.length - 1].end,
    parts,
    text: entry.text,
    kind: entry.kind,
    paragraph: paragraph.index,
    ...(attribution ? { attribution } : {}),
    unclosed: false,
  };
}

/**
 * A quotation opening its paragraph with no attribution of its own takes the speaker of the
 * paragraph before (a floating quote), as does a block quote introduced by "Zuckerberg said:".
 */
function inherited(local: ParagraphQuotes, previous: { paragraph: Paragraph; local: ParagraphQuotes; lastSpeaker?: ResolvedSpeaker } | undefined): QuotationAttribution | undefined {
  if (!previous || previous.paragraph.kind === 'heading' || local.byline) return undefined;
  if (previous.lastSpeaker) return { ...previous.lastSpeaker, where: 'previous-paragraph' };
  // "She testified:" introduces what follows even when no speaker could be read from it.
  if (/:\s*$/.test(previous.paragraph.prose)) return { where: 'previous-paragraph' };
  return undefined;
}

/** The attribution of a paragraph's first sentence, when it names a speaker and quotes no one. */
function openingAttribution(paragraph: Paragraph, local: ParagraphQuotes): Attribution | undefined {
  const first = paragraph.sentences[0];
  if (!first || paragraph.kind === 'heading' || local.quotations.some((quotation) => quotation.parts[0].start < first.end)) return undefined;
  return local.attributions.find((attribution) => attribution.cue.verb && attribution.speaker && attribution.cue.end <= first.end);
}

/**
 * A quote lede attributed in the next paragraph's first sentence (“We never saw it coming.” /
 * That's what Mayor Ana Ruiz told reporters.) is attributed: AP's delayed attribution.
 */
function attributeFromNext(paragraphs: Paragraph[], quotations: Quotation[], openers: Map<number, ResolvedSpeaker>): void {
  if (openers.size === 0) return;
  const next = new Map<number, number>();
  for (let i = 0; i + 1 < paragraphs.length; i++) next.set(paragraphs[i].index, paragraphs[i + 1].index);
  for (const quotation of quotations) {
    if (quotation.attribution || quotation.kind === 'not-speech') continue;
    const last = quotation.parts[quotation.parts.length - 1].end;
    const home = paragraphs.find((paragraph) => last > paragraph.start && last <= paragraph.end);
    const following = home ? next.get(home.index) : undefined;
    const opener = following === undefined ? undefined : openers.get(following);
    if (opener) quotation.attribution = { ...opener, where: 'next-paragraph' };
  }
}

/** `> Michael Shadlen, Ph.D.` after a block quote names its speaker. */
function attributeBylines(paragraphs: Paragraph[], quotations: Quotation[], houseVerbs: readonly string[], speakers: Speakers): void {
  for (let i = 1; i < paragraphs.length; i++) {
    if (paragraphs[i].kind !== 'blockquote' || paragraphs[i - 1].kind !== 'blockquote') continue;
    const byline = paragraphQuotes(paragraphs[i], houseVerbs).byline;
    if (!byline) continue;
    const speaker = speakers.named(byline);
    for (const quotation of quotations) {
      if (quotation.paragraph === paragraphs[i - 1].index) quotation.attribution = { speaker, speakerText: byline, where: 'byline' };
    }
  }
}

/** Consecutive words a quotation must share with an attributed one to be taken as picked up from it. */
const ECHO_WORDS = 4;

/**
 * A quotation repeating words quoted and attributed elsewhere in the article (a pull quote, an
 * excerpt picked up again with "…", a phrase of it quoted back) belongs to the same speaker.
 */
function attributeEchoes(quotations: Quotation[]): void {
  let attributed: Array<{ quotation: Quotation; words: string }> | undefined;
  for (const quotation of quotations) {
    if (quotation.attribution || quotation.kind === 'not-speech') continue;
    const words = normalizeWords(quotation.text).split(' ');
    if (words.length < ECHO_WORDS) continue;
    attributed ??= quotations.filter((other) => other.attribution).map((other) => ({ quotation: other, words: ` ${normalizeWords(other.text)} ` }));
    const runs: string[] = [];
    for (let i = 0; i + ECHO_WORDS <= words.length; i++) runs.push(` ${words.slice(i, i + ECHO_WORDS).join(' ')} `);
    const source = attributed.find((other) => runs.some((run) => other.words.includes(run)))?.quotation.attribution;
    if (source) quotation.attribution = { ...source, where: 'echo' };
  }
}

/** Words a block quote must share, in a row, with the article's own prose to be a pull quote. */
const PULL_QUOTE_WORDS = 6;
const normalizedProse = new WeakMap<Root, string>();

/**
 * A block quote repeating the article's own prose is a pull quote, a design element: not a
 * quotation of anyone. Its opening words and its middle are looked for in the other paragraphs,
 * whose normalized text is memoized by paragraph.
 */
function markPullQuotes(paragraphs: Paragraph[], quotations: Quotation[]): void {
  let byIndex: Map<number, Paragraph> | undefined;
  for (const quotation of quotations) {
    if (quotation.attribution) continue;
    byIndex ??= new Map(paragraphs.map((paragraph) => [paragraph.index, paragraph]));
    if (byIndex.get(quotation.paragraph)?.kind !== 'blockquote') continue;
    const words = normalizeWords(quotation.text).split(' ');
    if (words.length < PULL_QUOTE_WORDS) continue;
    const middle = Math.floor((words.length - PULL_QUOTE_WORDS) / 2);
    const runs = [0, middle].map((at) => ` ${words.slice(at, at + PULL_QUOTE_WORDS).join(' ')} `);
    const repeated = paragraphs.some((paragraph) => paragraph.kind !== 'blockquote' && runs.some((run) => proseWords(paragraph).includes(run)));
    if (repeated) quotation.kind = 'not-speech';
  }
}

function proseWords(paragraph: Paragraph): string {
  let words = normalizedProse.get(paragraph.tree);
  if (words === undefined) {
    words = ` ${normalizeWords(paragraph.prose)} `;
    normalizedProse.set(paragraph.tree, words);
  }
  return words;
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

function shift(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}
