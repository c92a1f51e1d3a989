import type { Article, Paragraph } from '../model/article';
import { proseParagraphs } from '../model/article';
import type { RuleOptions } from '../settings';
import type { QuotationKind } from './kind';
import { paragraphQuotes, type Attribution, type LocalQuotation, type ParagraphQuotes, type Span } from './paragraph';
import type { MarkFamily } from './marks';
import { attributeBylines, attributeEchoes, attributeFromNext, markPullQuotes, openingAttribution } from './context';
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

/** What the next paragraph may lean on: the speaker this one named last. */
interface PreviousParagraph {
  paragraph: Paragraph;
  lastSpeaker?: ResolvedSpeaker;
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
  let previous: PreviousParagraph | undefined;

  for (const paragraph of paragraphs) {
    const local = paragraphQuotes(paragraph, houseVerbs);
    if (local.quotations.length === 0 && local.attributions.length === 0) {
      // Most paragraphs quote no one: nothing to link, and an open quote is not continued here.
      pending = undefined;
      previous = { paragraph, lastSpeaker: paragraph.kind === 'blockquote' ? previous?.lastSpeaker : undefined };
      continue;
    }
    const resolved = new Map<Attribution, ResolvedSpeaker>();
    for (const attribution of local.attributions) resolved.set(attribution, speakers.resolve(attribution, paragraph.start));
    // The speaker a following paragraph may lean on: the last one named, a proper name first.
    let lastProper: ResolvedSpeaker | undefined;
    let lastNamed: ResolvedSpeaker | undefined;
    for (const entry of resolved.values()) {
      if (!entry.speaker) continue;
      lastNamed = entry;
      if (!entry.speaker.startsWith('phrase:')) lastProper = entry;
    }
    let lastSpeaker = lastProper ?? lastNamed;

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
    previous = { paragraph, lastSpeaker: lastSpeaker ?? (paragraph.kind === 'blockquote' ? previous?.lastSpeaker : undefined) };
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
function inherited(local: ParagraphQuotes, previous: PreviousParagraph | undefined): QuotationAttribution | undefined {
  if (!previous || previous.paragraph.kind === 'heading' || local.byline) return undefined;
  if (previous.lastSpeaker) return { ...previous.lastSpeaker, where: 'previous-paragraph' };
  // "She testified:" introduces what follows even when no speaker could be read from it.
  if (/:\s*$/.test(previous.paragraph.prose)) return { where: 'previous-paragraph' };
  return undefined;
}

function shift(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}
