import { GIVEN_NAMES } from '../data/given-names';
import { isSpeaking, nameMentions, type NameMention } from '../model/names';
import type { Paragraph } from '../model/article';
import type { ArticleRule, Report } from '../rule';
import { boundedEditDistance } from '../text/edit-distance';
import { nearSpellingIndex } from '../text/near-spellings';

const GIVEN = new Set(GIVEN_NAMES);

interface Spelling {
  /** Given names written with this surname; empty when it only appears alone. */
  given: Set<string>;
  places: Array<{ paragraph: Paragraph; mention: NameMention }>;
}

/** Edits allowed between two spellings of one name: one for short names, two from eight letters. */
function allowedEdits(length: number): number {
  return length >= 8 ? 2 : 1;
}

/** Pairs that differ for a reason other than a slip: a plural, or only in capitals. */
function explainable(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase() || a === `${b}s` || b === `${a}s` || a === `${b}es` || b === `${a}es`;
}

export const nameSpelling: ArticleRule = {
  id: 'name-spelling',
  scope: 'article',
  description: 'One person’s name spelled two ways in an article (Zelensky / Zelenskyy, Smith / Smyth).',
  why: 'A misspelled name is the correction newsrooms print most. When a surname from a full name reappears one or two letters off, one of the spellings is wrong; check which against the source.',
  defaultSeverity: 'warning',
  fixable: false,
  check({ article }) {
    const spellings = new Map<string, Spelling>();
    for (const paragraph of article.paragraphs) {
      if (paragraph.kind === 'code' || paragraph.kind === 'html' || paragraph.kind === 'front-matter') continue;
      for (const mention of nameMentions(paragraph)) {
        if (mention.quoted || mention.surname.length < 4) continue;
        // A lone capitalised word opening a sentence or in a title-case heading may be any word,
        // unless it speaks ("Smyth said").
        if (!mention.given && (mention.sentenceInitial || paragraph.kind === 'heading') && !isSpeaking(paragraph, mention)) continue;
        const spelling = spellings.get(mention.surname) ?? { given: new Set<string>(), places: [] };
        if (mention.given) spelling.given.add(mention.given);
        spelling.places.push({ paragraph, mention });
        spellings.set(mention.surname, spelling);
      }
    }
    // Only surnames seen in a full name are people for sure; any spelling may be their variant.
    const candidatesFor = nearSpellingIndex([...spellings.keys()]);
    const flagged = new Set<string>();
    const reports: Report[] = [];
    for (const [surname, spelling] of spellings) {
      if (spelling.given.size === 0) continue;
      for (const other of candidatesFor(surname)) {
        if (other[0] !== surname[0]) continue;
        if (other === surname || explainable(surname, other) || GIVEN.has(other)) continue;
        const variant = spellings.get(other)!;
        // Two full names with different given names are two people (John Smith, Mary Smyth).
        if (variant.given.size > 0 && ![...variant.given].some((given) => spelling.given.has(given))) continue;
        const limit = allowedEdits(Math.min(surname.length, other.length));
        if (boundedEditDistance(surname, other, limit) > limit) continue;
        // The rarer spelling is the suspect; on a tie, the one seen later.
        const firstSeen = (places: Spelling['places']) => places[0].paragraph.start + places[0].mention.start;
        const otherIsSuspect =
          variant.places.length < spelling.places.length ||
          (variant.places.length === spelling.places.length && firstSeen(variant.places) > firstSeen(spelling.places));
        const [suspect, trusted] = otherIsSuspect ? [other, surname] : [surname, other];
        if (flagged.has(suspect)) continue;
        flagged.add(suspect);
        const given = [...spelling.given][0];
        for (const { paragraph, mention } of spellings.get(suspect)!.places) {
          const end = paragraph.start + mention.end;
          reports.push({ start: end - suspect.length, end, message: `“${suspect}” is spelled “${trusted}” elsewhere (${given} ${surname}): check which is right.` });
        }
      }
    }
    return reports;
  },
};
