import type { Paragraph } from '../model/article';
import { paragraphSummary } from '../model/summaries';
import { openingAttribution } from './context';
import { countMarks, type ParagraphMarkCounts } from './mark-counts';
import type { AttributionPlace, Quotation } from './model';
import { paragraphQuotes, type LocalQuotation, type ParagraphQuotes } from './paragraph';
import { genderOf } from './gender';
import { antecedents, isAnaphor, isGroup, registrationOf, resolveSpeaker, speakerKey, type Registration, type ResolvedSpeaker } from './speakers';

/*
 * How one paragraph links to the paragraphs before it, relative to the paragraph. It depends on
 * the paragraph's text and on a little incoming state only, so it is kept on the paragraph and
 * reused while both are unchanged: a keystroke re-links the edited paragraph, not the article.
 */

/** What a leading quotation with no attribution of its own takes from the paragraph before. */
export type Inheritance = 'nothing' | 'speaker' | 'colon';

/** The state a paragraph's links may depend on, left by the paragraphs before it. */
export interface Incoming {
  /** Its first quotation goes on a quote left open at the end of the paragraph before. */
  continues: boolean;
  /** What a leading unattributed quotation inherits; computed only when asked for. */
  inheritance: () => Inheritance;
  /** The key of the speaker named last, whom "he" stands for. */
  lastSpeaker: string | undefined;
}

/** Where a linked quotation's attribution comes from. */
export type LinkedAttribution =
  /** One of the paragraph's own attributions (an index into `resolved`). */
  | { resolved: number; where: AttributionPlace }
  /** The paragraph before: its last speaker, or only its colon ("She testified:"). */
  | { inherited: true };

export interface LinkedQuotation {
  local: LocalQuotation;
  attribution?: LinkedAttribution;
}

export interface ParagraphLinks {
  /** The incoming state these links were made for; `inheritance` and `lastSpeaker` only when they mattered. */
  continues: boolean;
  inheritance?: Inheritance;
  usesLastSpeaker: boolean;
  lastSpeaker?: string;
  /** The paragraph's attributions with their speakers looked up, in order; offsets relative. */
  resolved: ResolvedSpeaker[];
  /** The attribution of the first quotation when it continues an open quote. */
  continued?: LinkedAttribution;
  /** The paragraph's own quotations, after the one continuing an open quote if any. */
  quotations: LinkedQuotation[];
  /** Who the next paragraph may lean on: one of `resolved`, whoever the paragraph before left, or no one of its own. */
  nextSpeaker: number | 'incoming' | undefined;
  /** The attribution of a first sentence naming a speaker and quoting no one (an index into `resolved`). */
  opener?: number;
}

/** A paragraph's quotations as it sees them, with the links last made for it. */
export interface LinkSlot {
  local: ParagraphQuotes;
  /** No quotation and no attribution: most paragraphs, which link to nothing. */
  quotesNoOne: boolean;
  /** The speakers its attributions name, in order, for the article's registry. */
  registrations: Registration[];
  /** Its quotation marks counted, for the article's totals. */
  marks: ParagraphMarkCounts;
  links: ParagraphLinks | undefined;
  placement: Placement | undefined;
}

/**
 * The paragraph's links as last placed in the document. Its quotations (but one left open, which
 * the next paragraph may carry on) are reused while the links, the paragraph's place and the
 * speaker it could inherit are the same: later passes replace the ones they change.
 */
export interface Placement {
  links: ParagraphLinks;
  start: number;
  index: number;
  left: ResolvedSpeaker | undefined;
  leftAt: number;
  /** By position in `links.quotations`; holes for quotations placed afresh each time. */
  quotations: Array<Quotation | undefined>;
  opener: ResolvedSpeaker | undefined;
}

/**
 * The paragraph's slot: one lookup per paragraph on every keystroke, which is most of what an
 * unchanged paragraph costs, so it holds all the quote rules need. `key` names the house verbs.
 */
export function linkSlot(paragraph: Paragraph, key: string, houseVerbs: readonly string[]): LinkSlot {
  return paragraphSummary(paragraph, key, newLinkSlot, houseVerbs);
}

function newLinkSlot(paragraph: Paragraph, houseVerbs: readonly string[]): LinkSlot {
  const local = paragraphQuotes(paragraph, houseVerbs);
  // Speakers named and people introduced, in the order the paragraph names them.
  const named = local.attributions.flatMap(({ cue, speaker }) => (speaker && !speaker.pronoun ? [{ start: cue.start, speaker, knownOnly: false }] : []));
  const registrations = [...named, ...(local.introduced ?? [])]
    .sort((a, b) => a.start - b.start)
    .map(({ speaker, knownOnly }) => (knownOnly ? { ...registrationOf(speaker), knownOnly } : registrationOf(speaker)));
  return { local, quotesNoOne: local.quotations.length === 0 && local.attributions.length === 0, registrations, marks: countMarks(paragraph), links: undefined, placement: undefined };
}

/** Cues that report data rather than speech: who they name lends a floating quote no voice. */
const REPORTS_DATA = /^(?:according\s+to|reported|reports|found|finds|estimated|estimates|showed|shows|counted|recorded|listed)$/i;

/** The paragraph's links for `incoming`, reused from the last keystroke when made for the same state. */
export function linksOf(paragraph: Paragraph, slot: LinkSlot, incoming: Incoming): ParagraphLinks {
  const kept = slot.links;
  if (kept && stillValid(kept, incoming)) return kept;
  return (slot.links = link(paragraph, slot.local, incoming));
}

function stillValid(links: ParagraphLinks, incoming: Incoming): boolean {
  return links.continues === incoming.continues &&
    (!links.usesLastSpeaker || links.lastSpeaker === incoming.lastSpeaker) &&
    (links.inheritance === undefined || links.inheritance === incoming.inheritance());
}

function link(paragraph: Paragraph, local: ParagraphQuotes, incoming: Incoming): ParagraphLinks {
  const { resolved, usesLastSpeaker } = resolveAll(local, incoming.lastSpeaker);
  const indexOf = new Map(local.attributions.map((attribution, index) => [attribution, index]));
  const own = (entry: LocalQuotation): LinkedAttribution | undefined =>
    entry.attribution ? { resolved: indexOf.get(entry.attribution) as number, where: entry.attributedIn ?? 'sentence' } : undefined;

  // The speaker a following paragraph may lean on: the last one named, a proper name first; not a
  // crowd paraphrased ("Forecasters said the heat would add…"), which speaks no quote in one voice.
  let lastProper: number | undefined;
  let lastNamed: number | undefined;
  resolved.forEach((entry, index) => {
    // Nor a body reporting data ("Gaines County reported a rate of 17%, according to state data"): its figures are no voice.
    if (!entry.speaker || (entry.verb !== undefined && REPORTS_DATA.test(entry.verb))) return;
    if (!isGroup(entry.speaker)) lastNamed = index;
    if (!entry.speaker.startsWith('phrase:')) lastProper = index;
  });
  let nextSpeaker: ParagraphLinks['nextSpeaker'] = lastProper ?? lastNamed;

  const locals = incoming.continues ? local.quotations.slice(1) : local.quotations;
  let inheritance: Inheritance | undefined;
  const quotations = locals.map((entry): LinkedQuotation => {
    let attribution = own(entry);
    if (!attribution && entry.leadsParagraph && !local.byline) {
      inheritance ??= incoming.inheritance();
      if (inheritance !== 'nothing') attribution = { inherited: true };
    }
    if (attribution && 'resolved' in attribution) {
      // “You’re really doing it,” he said.: whoever "he" is, the next paragraph's quote may answer or go on.
      if (resolved[attribution.resolved].speaker || resolved[attribution.resolved].speakerText) nextSpeaker = attribution.resolved;
    } else if (attribution && inheritance === 'speaker') {
      nextSpeaker = 'incoming';
    }
    return attribution ? { local: entry, attribution } : { local: entry };
  });
  const opening = openingAttribution(paragraph, local);
  return {
    continues: incoming.continues,
    ...(inheritance !== undefined ? { inheritance } : {}),
    usesLastSpeaker,
    ...(usesLastSpeaker ? { lastSpeaker: incoming.lastSpeaker } : {}),
    resolved,
    ...(incoming.continues ? { continued: own(local.quotations[0]) } : {}),
    quotations,
    nextSpeaker,
    ...(opening ? { opener: indexOf.get(opening) } : {}),
  };
}

/** Each attribution's speaker; "he" is whoever was named or introduced last, before or in this paragraph. */
function resolveAll(local: ParagraphQuotes, incoming: string | undefined): { resolved: ResolvedSpeaker[]; usesLastSpeaker: boolean } {
  let last = incoming;
  let usesLastSpeaker = false;
  let namedHere = false;
  // A surname alone may be any capitalised word; the registry alone knows whether it was quoted.
  const introduced = (local.introduced ?? []).filter((introduction) => !introduction.knownOnly);
  let next = 0;
  const resolved = local.attributions.map((attribution) => {
    for (; next < introduced.length && introduced[next].start < attribution.cue.start; next++) {
      last = antecedents(last, speakerKey(introduced[next].speaker), genderOf(introduced[next].speaker));
      namedHere = true;
    }
    const phrase = attribution.speaker;
    if (phrase && isAnaphor(phrase) && !namedHere) usesLastSpeaker = true;
    const entry = resolveSpeaker(attribution, last);
    if (phrase && !phrase.pronoun) {
      last = antecedents(last, speakerKey(phrase), genderOf(phrase));
      namedHere = true;
    }
    return entry;
  });
  return { resolved, usesLastSpeaker };
}
