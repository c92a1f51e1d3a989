import type { Article, Paragraph, Sentence } from '../model/article';
import { proseParagraphs } from '../model/article';
import { quotedSpans } from '../model/quoted';
import { datesIn } from './dates';
import { checkableFiguresIn } from './figures';
import type { Match } from './matches';
import { titledPeopleIn } from './people';
import { isSourced } from './sourcing';
import { lastNamedSpeaker, speakerOf } from './speakers';
import { superlativesIn } from './superlatives';
import { unnamedSourcesIn } from './unnamed-sources';
import { reporterVoice } from './voice';

export { renderChecklistMarkdown } from './checklist-markdown';

export type CheckKind = 'figure' | 'superlative' | 'unnamed-source' | 'person' | 'date' | 'quotation';

/** One thing a fact-checker confirms; plain data, so it serializes to JSON as is. */
export interface ChecklistItem {
  kind: CheckKind;
  /** Absolute UTF-16 offsets of the sentence (or quotation) to check. */
  start: number;
  end: number;
  /** The sentence or quotation as readers see it: markup dropped, spaces collapsed. */
  text: string;
  /** What in it to check: the figures, the superlatives, the unnamed sources, the names with titles, the dates. */
  details: string[];
  /** Figures and superlatives: whether the text names its source. */
  sourced?: boolean;
  /** Quotations: who is quoted, when the article says so. */
  speaker?: string;
}

/** Quotes this short are titles, terms or scare quotes (“sharing economy”), not statements to confirm. */
const MIN_QUOTATION_WORDS = 4;

/**
 * Every check-worthy sentence of the article, in document order: figures, superlatives and firsts,
 * unnamed sources, named people with their titles, dates, and quotations with their speakers. Unlike the rules, it
 * also covers headlines and captions, and sourced claims too (marked `sourced`): a fact-checker
 * confirms what the source says as well.
 */
export function claimsChecklistOf(article: Article): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  let lastSpeaker: string | undefined;
  for (const paragraph of proseParagraphs(article)) {
    const voice = reporterVoice(paragraph);
    const unnamed = unnamedSourcesIn(paragraph);
    const sentenceItems: ChecklistItem[] = [];
    paragraph.sentences.forEach((sentence, index) => {
      const at = (kind: CheckKind, found: Match[], sourced?: boolean) => {
        if (found.length === 0) return;
        sentenceItems.push({ kind, ...sentenceSpan(paragraph, sentence), details: unique(found), ...(sourced === undefined ? {} : { sourced }) });
      };
      const figures = checkableFiguresIn(voice, sentence.start, sentence.end);
      const superlatives = superlativesIn(voice, sentence.start, sentence.end);
      const sourced = figures.length + superlatives.length > 0 ? isSourced(paragraph, index, article) : false;
      at('figure', figures, sourced);
      at('superlative', superlatives, sourced);
      at('unnamed-source', unnamed.filter((match) => match.start >= sentence.start && match.start < sentence.end));
      at('person', titledPeopleIn(voice, sentence.start, sentence.end));
      at('date', datesIn(voice, sentence.start, sentence.end));
    });
    const quotationItems: ChecklistItem[] = [];
    for (const span of quotedSpans(paragraph)) {
      const text = readable(paragraph.prose.slice(span.start, span.end));
      if (text.split(' ').length < MIN_QUOTATION_WORDS) continue;
      const speaker = speakerOf(paragraph, span, lastSpeaker);
      quotationItems.push({
        kind: 'quotation',
        start: paragraph.start + span.start,
        end: paragraph.start + span.end,
        text,
        details: speaker ? [speaker] : [],
        ...(speaker ? { speaker } : {}),
      });
    }
    lastSpeaker = lastNamedSpeaker(paragraph) ?? lastSpeaker;
    items.push(...[...sentenceItems, ...quotationItems].sort((a, b) => a.start - b.start));
  }
  return items;
}

function sentenceSpan(paragraph: Paragraph, sentence: Sentence) {
  return { start: paragraph.start + sentence.start, end: paragraph.start + sentence.end, text: readable(paragraph.prose.slice(sentence.start, sentence.end)) };
}

function readable(prose: string): string {
  return prose.replace(/\s+/g, ' ').trim();
}

function unique(found: Match[]): string[] {
  return [...new Set(found.map((match) => match.text))];
}
