import { LOADED_WORDS, type LoadedWord } from '../data/loaded-language';
import type { ParagraphRule, Report } from '../rule';
import type { Paragraph } from '../model/article';
import { isOpinion } from '../model/opinion';
import type { Fix } from '../types';
import { matchesIn, type Match } from '../claims/matches';
import { hasProse, reporterVoice } from '../claims/voice';
import { paragraphQuotes } from '../quotes/paragraph';
import { isVerbsObject } from './attribution-verb';

const BY_WORD = new Map(LOADED_WORDS.map((entry) => [entry.word, entry]));
/** Each word's context patterns, compiled once: built per match, they were compiled again after every collection. */
const CONTEXTS = new Map(
  LOADED_WORDS.map((entry) => [
    entry,
    {
      onlyIfFollowedBy: entry.onlyIfFollowedBy ? new RegExp(`^(?:${entry.onlyIfFollowedBy})`, 'i') : undefined,
      unlessFollowedBy: entry.unlessFollowedBy ? new RegExp(`^(?:${entry.unlessFollowedBy})`, 'i') : undefined,
      unlessPrecededBy: entry.unlessPrecededBy ? new RegExp(entry.unlessPrecededBy, 'i') : undefined,
    },
  ]),
);
const LOADED = new RegExp(`(?<![\\p{L}-])(?:${LOADED_WORDS.map((entry) => entry.word).join('|')})(?![\\p{L}-])`, 'giu');
/** How much neighbouring text the context patterns see. */
const CONTEXT = 40;

export const languageLoaded: ParagraphRule = {
  id: 'language-loaded',
  scope: 'paragraph',
  description: 'Editorializing words in the reporter’s voice (“slammed”, “shocking”, “heroic”, “admitted”, “claimed”, “finally”, “cutting-edge”).',
  why: 'AP asks reporters to describe, not characterize: "slammed" takes a side where "criticized" reports, "admitted" implies guilt and "claimed" doubt where "said" does neither. Quoted speech is the speaker\'s and is left alone, and so are reviews and columns, whose judgments are their writers\'.',
  defaultSeverity: 'information',
  fixable: true,
  // A review's or a column's judgments are its writer's to make.
  contextKey: ({ article }) => (isOpinion(article) ? 'opinion' : ''),
  check(paragraph, { options }, genre) {
    if (!hasProse(paragraph) || genre === 'opinion') return [];
    const voice = reporterVoice(paragraph);
    const reports: Report[] = [];
    let quoteVerbs: Set<number> | undefined;
    for (const match of matchesIn(LOADED, voice)) {
      const entry = BY_WORD.get(match.text.toLowerCase());
      if (!entry || !applies(entry, paragraph, voice, match)) continue;
      // “…,” Jones admitted: attribution-verb reports the verb of a quote, with its own advice.
      quoteVerbs ??= verbsOfQuotes(paragraph, options.house.speechVerbs);
      if (quoteVerbs.has(match.start)) continue;
      const fix = neutralFix(entry, paragraph, voice, match);
      reports.push({
        start: paragraph.start + match.start,
        end: paragraph.start + match.end,
        message: messageFor(entry, match.text),
        fixes: fix ? [fix] : [],
      });
    }
    return reports;
  },
};

/** Where the verbs that attribute the paragraph's quotes start, relative to it. */
function verbsOfQuotes(paragraph: Paragraph, houseVerbs: readonly string[]): Set<number> {
  const starts = new Set<number>();
  for (const quotation of paragraphQuotes(paragraph, houseVerbs).quotations) {
    if (quotation.attribution?.cue.verb && isVerbsObject(quotation, quotation.attributedIn)) starts.add(quotation.attribution.cue.start);
  }
  return starts;
}

function applies(entry: LoadedWord, paragraph: Paragraph, voice: string, match: Match): boolean {
  // Context is read in the prose, where quotation marks are still visible ("so-called “experts”").
  const after = paragraph.prose.slice(match.end, match.end + CONTEXT);
  const before = voice.slice(Math.max(0, match.start - CONTEXT), match.start);
  const context = CONTEXTS.get(entry);
  if (context?.onlyIfFollowedBy && !context.onlyIfFollowedBy.test(after)) return false;
  if (context?.unlessFollowedBy?.test(after)) return false;
  if (context?.unlessPrecededBy?.test(before)) return false;
  return true;
}

function messageFor(entry: LoadedWord, actual: string): string {
  if (entry.neutral) return `“${actual}” editorializes: use “${matchCase(entry.neutral, actual)}”.`;
  if (entry.onlyIfFollowedBy) return `“${actual}” with quotation marks sneers: keep one or the other.`;
  if (entry.deletable) return `“${actual}” editorializes: it implies the wait was too long; drop it.`;
  return `“${actual}” editorializes: describe what happened and let readers judge.`;
}

function neutralFix(entry: LoadedWord, paragraph: Paragraph, voice: string, match: Match): Fix | undefined {
  const start = paragraph.start + match.start;
  const end = paragraph.start + match.end;
  if (entry.neutral) {
    const neutral = matchCase(entry.neutral, match.text);
    return { title: `Replace with “${neutral}”`, edits: [{ start, end, newText: neutral }] };
  }
  // Only mid-sentence, with a space before: deleting a sentence's first word would leave a lowercase start.
  if (entry.deletable && voice[match.start - 1] === ' ' && /[\p{Ll},]/u.test(voice[match.start - 2] ?? '')) {
    return { title: `Delete “${match.text}”`, edits: [{ start: start - 1, end, newText: '' }] };
  }
  return undefined;
}

function matchCase(word: string, model: string): string {
  if (model === model.toUpperCase() && model.length > 1) return word.toUpperCase();
  return /^\p{Lu}/u.test(model) ? word[0].toUpperCase() + word.slice(1) : word;
}
