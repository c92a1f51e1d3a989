import type { Article, Paragraph } from '../model/article';
import { proseParagraphs } from '../model/article';
import { bodyOf, paragraphSummary, samePlace } from '../model/summaries';
import type { RuleOptions } from '../settings';
import type { QuotationKind } from './kind';
import type { LocalQuotation, ParagraphQuotes, Span } from './paragraph';
import type { MarkFamily } from './marks';
import { attributeBylines, attributeEchoes, attributeFromNext, markPullQuotes } from './context';
import { linkSlot, linksOf, type Incoming, type Inheritance, type LinkedAttribution, type LinkSlot, type ParagraphLinks, type Placement } from './links';
import { addMarks, countMarks, countsOf, noMarks, type MarkCounts } from './mark-counts';
import { Mover, tailAfterEdit, type Tail } from './tail';
import { marksOf } from './pairing';
import { speakerKey, Speakers, type ResolvedSpeaker } from './speakers';

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
  /** Unclosed, and the next paragraph opens a quote its own attribution gives to someone else. */
  nextQuotesAnother?: true;
}

export interface QuotationModel {
  quotations: Quotation[];
  speakers: Speakers;
  /** The article's quotation marks counted, for the rules on mark style and orphan closes. */
  marks: MarkCounts;
}

const memo = new WeakMap<Article, { key: string; model: QuotationModel }>();

/**
 * Every quotation of the article with its kind and attribution. The per-paragraph analysis is
 * memoized by paragraph text, and so is how each paragraph links to those before it (multi-
 * paragraph quotes, floating quotes, block quotes, speakers) for as long as the state it leans on
 * is unchanged: this pass only places each paragraph's quotations, so it stays cheap on every keystroke.
 */
export function quotationsOf(article: Article, options?: Pick<RuleOptions, 'house'>): QuotationModel {
  const houseVerbs = options?.house.speechVerbs ?? [];
  const key = houseVerbs.join('\u0000');
  const cached = memo.get(article);
  if (cached && cached.key === key) return cached.model;
  const model = link(article, houseVerbs, key);
  memo.set(article, { key, model });
  return model;
}

/**
 * The last pass of each document (by `Article.lineage`), with the state it had at checkpoints: an
 * edit leaves the paragraphs before it as they were, so the next draft's pass resumes from the last
 * checkpoint before the first paragraph that changed instead of starting over, and, at the first
 * checkpoint after the edit where it stands as the last pass stood, takes the rest of that pass,
 * moved, instead of going on to the end.
 */
const lastPasses = new WeakMap<object, LastPass>();

interface LastPass {
  key: string;
  paragraphs: Paragraph[];
  /** The pass's quotations, as it placed them (the later passes replace some in the model's copy). */
  quotations: Quotation[];
  openers: Map<number, ResolvedSpeaker>;
  orphans: Paragraph[];
  checkpoints: Checkpoint[];
  /** The speakers and mark counts at the pass's end, before the later passes add bylines and marks outside prose. */
  speakers: Speakers;
  marks: Omit<MarkCounts, 'withOrphans'>;
}

/** `key` names the house verbs. */
function link(article: Article, houseVerbs: readonly string[], key: string): QuotationModel {
  const paragraphs = proseParagraphs(article);
  const last = lastPasses.get(article.lineage);
  const fold = new LinkFold(houseVerbs, key);
  const checkpoints: Checkpoint[] = [];
  let from = 0;
  let tail: Tail | undefined;
  if (last?.key === key) {
    let same = 0;
    while (same < paragraphs.length && samePlace(paragraphs[same], last.paragraphs[same])) same++;
    const resumed = lastAtOrBeforeCheckpoint(last.checkpoints, same);
    if (resumed) {
      fold.resume(resumed, last);
      from = resumed.at;
      for (const checkpoint of last.checkpoints) if (checkpoint.at <= from) checkpoints.push(checkpoint);
    }
    tail = tailAfterEdit(paragraphs, last.paragraphs, same);
  }
  // Checkpoints every √n paragraphs: as many to keep as paragraphs to fold again after one.
  const every = Math.max(4, Math.round(Math.sqrt(paragraphs.length)));
  // After an edit that added or removed paragraphs, checkpoints also fall where the last pass's fell, moved.
  const shifted = tail && tail.shift !== 0 ? new Set(last!.checkpoints.map((checkpoint) => checkpoint.at + tail!.shift)) : undefined;
  for (let at = from; at < paragraphs.length; at++) {
    if (at > from && (at % every === 0 || shifted?.has(at))) {
      checkpoints.push(fold.checkpoint(at));
      // Past the edit, the pass may stand where the last one stood: the rest is the last pass's, moved.
      if (tail && at >= tail.from && fold.catchUp(last!, tail, at, checkpoints, article, paragraphs)) break;
    }
    fold.add(paragraphs[at]);
  }
  const { speakers, marks, openers } = fold;
  lastPasses.set(article.lineage, {
    key,
    paragraphs,
    quotations: fold.quotations.slice(),
    openers,
    orphans: marks.withOrphans.slice(),
    checkpoints,
    speakers: speakers.copy(),
    marks: countsOf(marks),
  });
  addOutsideProse(marks, article);
  const quotations = fold.quotations;
  attributeFromNext(paragraphs, quotations, openers);
  attributeBylines(paragraphs, quotations, houseVerbs, speakers);
  attributeEchoes(quotations);
  markPullQuotes(paragraphs, quotations);
  return { quotations, speakers, marks };
}

/** The pass's state before the paragraph at `at`, as it was then. */
interface Checkpoint {
  at: number;
  quotations: number;
  /** A copy of the quotation left open then: the pass goes on to carry it on, changing it. */
  pending?: { quotation: Quotation; index: number; family: MarkFamily | undefined };
  previous?: Paragraph;
  left?: ResolvedSpeaker;
  leftAt: number;
  speakers: Speakers;
  marks: Omit<MarkCounts, 'withOrphans'>;
  orphans: number;
}

function lastAtOrBeforeCheckpoint(checkpoints: Checkpoint[], at: number): Checkpoint | undefined {
  let found: Checkpoint | undefined;
  for (const checkpoint of checkpoints) if (checkpoint.at <= at) found = checkpoint;
  return found;
}

/** The paragraph-by-paragraph pass: each paragraph's links, reused or made, placed in the document. */
class LinkFold {
  speakers = new Speakers();
  quotations: Quotation[] = [];
  /** Paragraphs whose first sentence names a speaker and quotes nothing: "That's what Ruiz told reporters." */
  openers = new Map<number, ResolvedSpeaker>();
  marks = noMarks();
  private readonly slotKey: string;
  private lastRegistering?: { keys: string; at: number };
  /** A quotation open at the previous paragraph's end, which the next may carry on, and its place in `quotations`. */
  private pending?: Quotation;
  private pendingIndex = 0;
  private pendingFamily?: MarkFamily;
  private previous?: Paragraph;
  /** The speaker the previous paragraph left for the next to lean on, relative to `leftAt`. */
  private left?: ResolvedSpeaker;
  private leftAt = 0;
  // One object for every paragraph: it only carries the state into `linksOf`.
  private readonly incoming: Incoming = { continues: false, lastSpeaker: undefined, inheritance: () => inheritance(this.previous, this.left) };

  constructor(private readonly houseVerbs: readonly string[], key: string) {
    this.slotKey = `quote-links\u0000${key}`;
  }

  checkpoint(at: number): Checkpoint {
    const { pending, previous, left, leftAt } = this;
    return {
      at,
      quotations: this.quotations.length,
      ...(pending ? { pending: { quotation: copyQuotation(pending), index: this.pendingIndex, family: this.pendingFamily } } : {}),
      previous,
      left,
      leftAt,
      speakers: this.speakers.copy(),
      marks: countsOf(this.marks),
      orphans: this.marks.withOrphans.length,
    };
  }

  /** The state at `checkpoint` of the pass `last`, whose paragraphs before it are this pass's. */
  resume(checkpoint: Checkpoint, last: LastPass): void {
    this.quotations = last.quotations.slice(0, checkpoint.quotations);
    if (checkpoint.pending) {
      this.pending = this.quotations[checkpoint.pending.index] = copyQuotation(checkpoint.pending.quotation);
      this.pendingIndex = checkpoint.pending.index;
      this.pendingFamily = checkpoint.pending.family;
    }
    this.previous = checkpoint.previous;
    this.left = checkpoint.left;
    this.leftAt = checkpoint.leftAt;
    this.speakers = checkpoint.speakers.copy();
    this.marks = { ...checkpoint.marks, withOrphans: last.orphans.slice(0, checkpoint.orphans) };
    const before = checkpoint.previous?.index ?? -1;
    for (const [index, opener] of last.openers) if (index <= before) this.openers.set(index, opener);
  }

  /**
   * Takes the rest of the last pass, moved, when this pass stands at `at` as that one did (nothing
   * left open, the same previous paragraph and speaker left over, the same registry; the mark
   * counts may differ, by what the edit changed) and the paragraphs from `at` on are its
   * paragraphs, moved; whether it did. The first family of marks must be known by `at` if it was then.
   * `checkpoints` ends with this pass's checkpoint at `at`.
   */
  catchUp(last: LastPass, tail: Tail, at: number, checkpoints: Checkpoint[], article: Article, paragraphs: Paragraph[]): boolean {
    const thenAt = at - tail.shift;
    const then = lastAtOrBeforeCheckpoint(last.checkpoints, thenAt);
    if (then?.at !== thenAt || this.pending || then.pending || this.quotations.length !== then.quotations) return false;
    // A registry the edit changed (a name typed) leads the rest the same way if whom "he" means is
    // the same and no paragraph from here on names anyone it changed.
    const now = this.speakers;
    const rebase = !now.equals(then.speakers);
    if (rebase && (now.lastKey() !== then.speakers.lastKey() || this.registersFrom(paragraphs, now.keysDifferingFrom(then.speakers)) >= at)) return false;
    // The marks are only added up, so the edit's change to their counts carries over to the rest.
    if (this.marks.first === undefined && then.marks.first !== undefined) return false;
    if (!this.previous || !then.previous || bodyOf(this.previous) !== bodyOf(then.previous) || this.previous.kind !== then.previous.kind) return false;
    const mover = new Mover(tail);
    if (this.left !== then.left || (this.left && this.leftAt !== mover.offset(then.leftAt))) return false;
    const quotations = this.quotations.slice();
    for (let i = then.quotations; i < last.quotations.length; i++) {
      const moved = mover.quotation(last.quotations[i]);
      if (!moved) return false;
      quotations.push(moved);
    }
    const openers = new Map(this.openers);
    const before = then.previous.index;
    for (const [index, opener] of last.openers) {
      if (index <= before) continue;
      const moved = mover.speaker(opener);
      if (!moved) return false;
      openers.set(mover.index(index), moved);
    }
    const recount: Recount = { then: then.marks, now: this.marks, orphans: this.marks.withOrphans.length - then.orphans };
    const later: Checkpoint[] = [];
    for (const checkpoint of last.checkpoints) {
      if (checkpoint.at <= thenAt) continue;
      const moved = moveCheckpoint(checkpoint, mover, recount, article);
      if (!moved) return false;
      if (rebase) moved.speakers = checkpoint.speakers.rebasedOnto(then.speakers, now);
      later.push(moved);
    }
    this.quotations = quotations;
    this.openers = openers;
    this.speakers = rebase ? last.speakers.rebasedOnto(then.speakers, now) : last.speakers.copy();
    this.marks = { ...recounted(last.marks, recount), withOrphans: this.marks.withOrphans.concat(last.orphans.slice(then.orphans).map((orphan) => article.paragraphs[mover.index(orphan.index)])) };
    checkpoints.push(...later);
    return true;
  }

  /**
   * The position of the last of `paragraphs` that registers a speaker under one of `keys`, or -1.
   * Remembered for the keys, as the pass tries to catch up at one checkpoint after another.
   */
  private registersFrom(paragraphs: Paragraph[], keys: string[]): number {
    const named = keys.join('\u0000');
    if (this.lastRegistering?.keys !== named) {
      let at = paragraphs.length - 1;
      while (at >= 0 && !linkSlot(paragraphs[at], this.slotKey, this.houseVerbs).registrations.some((registration) => keys.includes(registration.key))) at--;
      this.lastRegistering = { keys: named, at };
    }
    return this.lastRegistering.at;
  }

  add(paragraph: Paragraph): void {
    const slot = linkSlot(paragraph, this.slotKey, this.houseVerbs);
    addMarks(this.marks, slot.marks, paragraph);
    if (slot.quotesNoOne) {
      // Most paragraphs quote no one: nothing to link, and an open quote is not continued here;
      // the people they introduce are whom a later "she said" may mean.
      for (const registration of slot.registrations) this.speakers.add(registration);
      this.pending = undefined;
      if (paragraph.kind !== 'blockquote') this.left = undefined;
    } else {
      this.link(paragraph, slot);
    }
    this.previous = paragraph;
  }

  private link(paragraph: Paragraph, slot: LinkSlot): void {
    const start = paragraph.start;
    const continues = this.continues(paragraph, slot.local);
    this.incoming.continues = continues;
    this.incoming.lastSpeaker = this.speakers.lastKey();
    const links = linksOf(paragraph, slot, this.incoming);
    for (const registration of slot.registrations) this.speakers.add(registration);
    const first = slot.local.quotations[0];
    if (this.pending && continues) {
      continueQuotation(this.pending, first, start, links.continued && this.attribution(links.continued, links, start));
      if (!first.open) this.pending = undefined;
    } else {
      this.pending = undefined;
    }
    const placement = placementOf(slot, links, paragraph, this.left, this.leftAt);
    for (let position = 0; position < links.quotations.length; position++) this.place(paragraph, links, placement, position);
    if (typeof links.nextSpeaker === 'number') {
      this.left = links.resolved[links.nextSpeaker];
      this.leftAt = start;
    } else if (links.nextSpeaker === undefined && paragraph.kind !== 'blockquote') {
      this.left = undefined;
    }
    if (links.opener !== undefined) this.openers.set(paragraph.index, (placement.opener ??= placed(links.resolved[links.opener], start)));
  }

  /**
   * A quote left open at a paragraph's end goes on when the next paragraph opens with a mark of its
   * family, unless that paragraph's own attribution gives its quote to someone else by name: the
   * convention carries one speaker's words on, so the first quote should have closed.
   */
  private continues(paragraph: Paragraph, local: ParagraphQuotes): boolean {
    const pending = this.pending;
    if (!pending || paragraph.kind === 'heading' || local.quotations[0]?.leadsParagraph !== true || marksOf(paragraph).opensWith !== this.pendingFamily) return false;
    if (!namesAnother(local.quotations[0], pending)) return true;
    pending.nextQuotesAnother = true;
    return false;
  }

  /** The quotation at `position` of the paragraph's links, kept from the last keystroke when it still fits. */
  private place(paragraph: Paragraph, links: ParagraphLinks, placement: Placement, position: number): void {
    const linked = links.quotations[position];
    let quotation = placement.quotations[position];
    if (!quotation) {
      quotation = toQuotation(linked.local, paragraph.index, paragraph.start, linked.attribution && this.attribution(linked.attribution, links, paragraph.start));
      // A quotation left open may yet be carried on by the next paragraph: placed afresh each time.
      if (!linked.local.open) placement.quotations[position] = quotation;
    }
    this.quotations.push(quotation);
    if (!linked.local.open) return;
    quotation.unclosed = true;
    // Only prose paragraphs carry a quote on; a heading's open quote is simply unclosed.
    if (paragraph.kind !== 'heading') {
      this.pending = quotation;
      this.pendingIndex = this.quotations.length - 1;
      this.pendingFamily = linked.local.family;
    }
  }

  private attribution(linked: LinkedAttribution, links: ParagraphLinks, start: number): QuotationAttribution | undefined {
    if ('resolved' in linked) return placed(links.resolved[linked.resolved], start, linked.where);
    const what = inheritance(this.previous, this.left);
    if (what === 'speaker') return placed(this.left as ResolvedSpeaker, this.leftAt, 'previous-paragraph');
    return what === 'colon' ? { where: 'previous-paragraph' } : undefined;
  }
}

/** Whether the quote's own attribution names a person other than the one the open quote is given to (both by surname). */
function namesAnother(first: LocalQuotation, open: Quotation): boolean {
  const phrase = first.attribution?.speaker;
  const openSpeaker = open.attribution?.speaker;
  if (!phrase?.proper || openSpeaker === undefined || openSpeaker.startsWith('phrase:')) return false;
  return speakerKey(phrase) !== openSpeaker;
}

/**
 * How the edit changed the mark counts up to where the pass caught up: they stood at `then` in the
 * last pass and stand at `now` in this one, with `orphans` more paragraphs holding orphan marks.
 */
interface Recount {
  then: Omit<MarkCounts, 'withOrphans'>;
  now: Omit<MarkCounts, 'withOrphans'>;
  orphans: number;
}

/** Counts of the last pass after the catch-up point, with the edit's change carried over. (The first family: see `catchUp`.) */
function recounted(counts: Omit<MarkCounts, 'withOrphans'>, { then, now }: Recount): Omit<MarkCounts, 'withOrphans'> {
  return {
    smart: counts.smart - then.smart + now.smart,
    straight: counts.straight - then.straight + now.straight,
    single: counts.single - then.single + now.single,
    double: counts.double - then.double + now.double,
    first: now.first ?? counts.first,
    inside: counts.inside - then.inside + now.inside,
    outside: counts.outside - then.outside + now.outside,
  };
}

/** A checkpoint of the last pass after the edit, moved to this draft of `article`; `undefined` if it cannot be. */
function moveCheckpoint(checkpoint: Checkpoint, mover: Mover, recount: Recount, article: Article): Checkpoint | undefined {
  const leftAt = checkpoint.left ? mover.offset(checkpoint.leftAt) : checkpoint.leftAt;
  if (leftAt === undefined) return undefined;
  const moved = {
    ...checkpoint,
    at: mover.position(checkpoint.at),
    previous: checkpoint.previous && article.paragraphs[mover.index(checkpoint.previous.index)],
    leftAt,
    marks: recounted(checkpoint.marks, recount),
    orphans: checkpoint.orphans + recount.orphans,
  };
  if (!checkpoint.pending) return moved;
  const quotation = mover.quotation(checkpoint.pending.quotation);
  return quotation && { ...moved, pending: { ...checkpoint.pending, quotation } };
}

/** Adds the marks of code, HTML and front matter, which the quote style counts too. */
function addOutsideProse(marks: MarkCounts, article: Article): void {
  for (const paragraph of article.paragraphs) {
    if (paragraph.kind === 'code' || paragraph.kind === 'html' || paragraph.kind === 'front-matter') addMarks(marks, paragraphSummary(paragraph, 'quote-mark-counts', countMarks), paragraph);
  }
}

/**
 * What a leading quotation with no attribution of its own takes from the paragraph before: its
 * last speaker (a floating quote, or a block quote introduced by "Zuckerberg said:"), or, when
 * no speaker could be read there, only the colon: "She testified:" introduces what follows.
 */
function inheritance(previous: Paragraph | undefined, left: ResolvedSpeaker | undefined): Inheritance {
  if (!previous || previous.kind === 'heading') return 'nothing';
  if (left) return 'speaker';
  return endsWithColon(previous.prose) ? 'colon' : 'nothing';
}

/** The slot's placement when it still fits, else a new one to fill. */
function placementOf(slot: LinkSlot, links: ParagraphLinks, paragraph: Paragraph, left: ResolvedSpeaker | undefined, leftAt: number): Placement {
  const kept = slot.placement;
  const { start, index } = paragraph;
  if (kept && kept.links === links && kept.start === start && kept.index === index && kept.left === left && kept.leftAt === leftAt) return kept;
  if (!kept) return (slot.placement = { links, start, index, left, leftAt, quotations: [], opener: undefined });
  // Refilled in place: after an edit, every paragraph below it has moved.
  kept.links = links;
  kept.start = start;
  kept.index = index;
  kept.left = left;
  kept.leftAt = leftAt;
  kept.quotations.length = 0;
  kept.opener = undefined;
  return kept;
}

/** `/:\s*$/.test(prose)`, looking only at the end: a regular expression would scan the whole paragraph. */
function endsWithColon(prose: string): boolean {
  let at = prose.length - 1;
  while (at >= 0 && WHITESPACE.test(prose[at])) at--;
  return prose[at] === ':';
}

const WHITESPACE = /\s/;

/** A resolved speaker at its paragraph's place in the document. (A literal: this runs for every attribution on every keystroke.) */
function placed(speaker: ResolvedSpeaker, start: number): ResolvedSpeaker;
function placed(speaker: ResolvedSpeaker, start: number, where: AttributionPlace): QuotationAttribution;
function placed(speaker: ResolvedSpeaker, start: number, where?: AttributionPlace): ResolvedSpeaker {
  const result: ResolvedSpeaker & { where?: AttributionPlace } = { verb: speaker.verb, verbStart: (speaker.verbStart as number) + start, verbEnd: (speaker.verbEnd as number) + start };
  if (speaker.speakerText !== undefined) result.speakerText = speaker.speakerText;
  if (speaker.speaker !== undefined) result.speaker = speaker.speaker;
  if (where !== undefined) result.where = where;
  return result;
}

function continueQuotation(pending: Quotation, first: LocalQuotation, start: number, attribution: QuotationAttribution | undefined): void {
  for (const part of first.parts) pending.parts.push(shift(part, start));
  pending.end = start + first.parts[first.parts.length - 1].end;
  pending.text += ` ${first.text}`;
  pending.unclosed = first.open;
  if (!pending.attribution && attribution) pending.attribution = attribution;
}

function copyQuotation(quotation: Quotation): Quotation {
  return { ...quotation, parts: quotation.parts.slice() };
}

function toQuotation(entry: LocalQuotation, paragraph: number, start: number, attribution: QuotationAttribution | undefined): Quotation {
  const parts = entry.parts.map((part) => shift(part, start));
  const quotation: Quotation = { start: parts[0].start, end: parts[parts.length - 1].end, parts, text: entry.text, kind: entry.kind, paragraph, unclosed: false };
  if (attribution) quotation.attribution = attribution;
  return quotation;
}

function shift(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}
