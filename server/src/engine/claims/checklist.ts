import type { Article, Paragraph, Sentence } from '../model/article';
import { proseParagraphs } from '../model/article';
import { sourcesOf, type SourceQuotation } from '../quotes/sources';
import type { RuleOptions } from '../settings';
import { datesIn } from './dates';
import { checkableFiguresIn } from './figures';
import type { Match } from './matches';
import { titledPeopleIn } from './people';
import { isSourced } from './sourcing';
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
 * unnamed sources, named people with their titles, dates, and quotations with their speakers, as
 * `copydesk sources` names them. Unlike the rules, it also covers headlines and captions, and
 * sourced claims too (marked `sourced`): a fact-checker confirms what the source says as well.
 */
export function claimsChecklistOf(article: Article, options?: Pick<RuleOptions, 'house'>): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const paragraphs = proseParagraphs(article);
  for (const paragraph of paragraphs) {
    const voice = reporterVoice(paragraph);
    const unnamed = unnamedSourcesIn(paragraph);
    paragraph.sentences.forEach((sentence, index) => {
      const at = (kind: CheckKind, found: Match[], sourced?: boolean) => {
        if (found.length === 0) return;
        items.push({ kind, ...sentenceSpan(paragraph, sentence), details: unique(found), ...(sourced === undefined ? {} : { sourced }) });
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
  }
  const { speakers, unattributed } = sourcesOf(article, options);
  const quotation = (quoted: SourceQuotation, speaker?: string) => {
    const text = proseBetween(paragraphs, quoted.start, quoted.end);
    if (text.split(' ').length < MIN_QUOTATION_WORDS) return;
    items.push({ kind: 'quotation', start: quoted.start, end: quoted.end, text, details: speaker ? [speaker] : [], ...(speaker ? { speaker } : {}) });
  };
  for (const { name, quotations } of speakers) for (const quoted of quotations) quotation(quoted, name);
  for (const quoted of unattributed) quotation(quoted);
  // Stable: a quotation and the sentence holding it keep the order the article gives them.
  return items.sort((a, b) => a.start - b.start);
}

/** The prose of `[start, end)`, over as many paragraphs as it runs, as readers see it. */
function proseBetween(paragraphs: readonly Paragraph[], start: number, end: number): string {
  const parts: string[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.end <= start || paragraph.start >= end) continue;
    parts.push(paragraph.prose.slice(Math.max(0, start - paragraph.start), Math.min(paragraph.prose.length, end - paragraph.start)));
  }
  return readable(parts.join(' '));
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
