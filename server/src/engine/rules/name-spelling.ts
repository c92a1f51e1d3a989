import { ArticleIndex } from '../article-index';
import { COUNTRIES } from '../data/countries';
import { MONTHS } from '../data/months';
import { isGivenName } from '../text/given-name';
import type { Paragraph } from '../model/article';
import { isSpeaking, nameMentions } from '../model/names';
import { isEditorsNote } from '../model/notes';
import { paragraphSummary } from '../model/summaries';
import type { ParagraphRule, Report } from '../rule';
import { boundedEditDistance } from '../text/edit-distance';
import { nearSpellingIndex } from '../text/near-spellings';

const COUNTRY = new Set(COUNTRIES);
/** Months and days are capitalised words, never a name's spelling: "in March" near "Marsh". */
const CALENDAR = new Set([...MONTHS.map((month) => month.name), 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
/** A verb right after a sentence's first word that makes it the person doing something. */
const ACTS = /^[ \t]+(?:was|is|has|had|did|does|will|would|could|also|later|previously|declined|pleaded|testified|wrote|joined|served|worked|became|remained|faces|faced)\b/;

/** A word that puts a place next. */
const PLACE_BEFORE = /\b(?:in|near|outside|around)[ \t\u00a0]+$/;

/** A surname written in a paragraph, where it may be a person's; `end` is relative to the paragraph. */
interface SurnameUse {
  surname: string;
  given?: string;
  end: number;
}

interface ParagraphSurnames {
  uses: SurnameUse[];
  /** The surnames and given names in order, offsets aside: what the article's spellings depend on. */
  signature: string;
}

interface Spelling {
  /** Given names written with this surname, in order of appearance; empty when it only appears alone. */
  given: Set<string>;
  uses: number;
  /** Where it first appears, counted in surname uses from the start of the article. */
  first: number;
}

/** Spellings judged wrong, each with the message for its uses; `key` lists them for the rule's context key. */
interface Suspects {
  messages: Map<string, string>;
  key: string;
}

/** Edits allowed between two spellings of one name: one for short names, two from eight letters. */
function allowedEdits(length: number): number {
  return length >= 8 ? 2 : 1;
}

/** Pairs that differ for a reason other than a slip: a plural, or only in capitals. */
function explainable(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase() || a === `${b}s` || b === `${a}s` || a === `${b}es` || b === `${a}es`;
}

function surnamesOf(paragraph: Paragraph): ParagraphSurnames {
  return paragraphSummary(paragraph, 'name-spelling', findSurnames);
}

function findSurnames(paragraph: Paragraph): ParagraphSurnames {
  const uses: SurnameUse[] = [];
  // A correction names the wrong spelling on purpose.
  if (paragraph.kind === 'code' || paragraph.kind === 'html' || paragraph.kind === 'front-matter' || isEditorsNote(paragraph)) return { uses, signature: '' };
  for (const mention of nameMentions(paragraph)) {
    if (mention.quoted || mention.surname.length < 4 || CALENDAR.has(mention.surname)) continue;
    // A lone capitalised word opening a sentence or in a title-case heading may be any word,
    // unless it speaks ("Smyth said") or acts as a person does ("Brant was previously involved…").
    if (!mention.given && (mention.sentenceInitial || paragraph.kind === 'heading') && !isSpeaking(paragraph, mention) && !(mention.sentenceInitial && ACTS.test(paragraph.prose.slice(mention.end, mention.end + 24)))) continue;
    // "a hardware store in Thibodaux": after "in" or "near", a lone capitalised word is a place, whoever is named like it.
    if (!mention.given && PLACE_BEFORE.test(paragraph.prose.slice(Math.max(0, mention.start - 8), mention.start)) && !/^['’]s\b/.test(paragraph.prose.slice(mention.end))) continue;
    uses.push({ surname: mention.surname, given: mention.given, end: mention.end });
  }
  return { uses, signature: uses.map((use) => `${use.surname} ${use.given ?? ''}`).join('\u0000') };
}

/** The article's surname spellings, rebuilt only when an edit changes a paragraph's names. */
const suspectsIndex = new ArticleIndex<ParagraphSurnames, Suspects>({
  summarize: (article, index) => surnamesOf(article.paragraphs[index]),
  same: (a, b) => a.signature === b.signature,
  build: findSuspects,
});

function findSuspects(paragraphs: readonly ParagraphSurnames[]): Suspects {
  const spellings = new Map<string, Spelling>();
  let order = 0;
  for (const { uses } of paragraphs) {
    for (const use of uses) {
      let spelling = spellings.get(use.surname);
      if (!spelling) spellings.set(use.surname, (spelling = { given: new Set(), uses: 0, first: order }));
      if (use.given) spelling.given.add(use.given);
      spelling.uses++;
      order++;
    }
  }
  // Only surnames seen in a full name are people for sure; any spelling may be their variant.
  const candidatesFor = nearSpellingIndex([...spellings.keys()]);
  const messages = new Map<string, string>();
  for (const [surname, spelling] of spellings) {
    if (spelling.given.size === 0) continue;
    for (const other of candidatesFor(surname)) {
      if (other[0] !== surname[0]) continue;
      if (other === surname || explainable(surname, other) || isGivenName(other) || COUNTRY.has(other)) continue;
      const variant = spellings.get(other)!;
      // Two full names with different given names are two people (John Smith, Mary Smyth).
      if (variant.given.size > 0 && ![...variant.given].some((given) => spelling.given.has(given))) continue;
      const limit = allowedEdits(Math.min(surname.length, other.length));
      if (boundedEditDistance(surname, other, limit) > limit) continue;
      // The rarer spelling is the suspect; on a tie, the one seen later.
      const otherIsSuspect = variant.uses < spelling.uses || (variant.uses === spelling.uses && variant.first > spelling.first);
      const [suspect, trusted] = otherIsSuspect ? [other, surname] : [surname, other];
      if (messages.has(suspect)) continue;
      const given = [...spelling.given][0];
      messages.set(suspect, `“${suspect}” is spelled “${trusted}” elsewhere (${given} ${surname}): check which is right.`);
    }
  }
  return { messages, key: [...messages.values()].join('\u0000') };
}

export const nameSpelling: ParagraphRule = {
  id: 'name-spelling',
  scope: 'paragraph',
  description: 'One person’s name spelled two ways in an article (Zelensky / Zelenskyy, Smith / Smyth).',
  why: 'A misspelled name is the correction newsrooms print most. When a surname from a full name reappears one or two letters off, one of the spellings is wrong; check which against the source.',
  defaultSeverity: 'warning',
  fixable: false,
  // Which spellings are suspect is decided over the whole article; each paragraph then flags its own uses.
  contextKey: ({ article }) => suspectsIndex.of(article).index.key,
  check(paragraph, { article }) {
    const { messages } = suspectsIndex.of(article).index;
    if (messages.size === 0) return [];
    const reports: Report[] = [];
    for (const { surname, end } of surnamesOf(paragraph).uses) {
      const message = messages.get(surname);
      if (message) reports.push({ start: paragraph.start + end - surname.length, end: paragraph.start + end, message });
    }
    return reports;
  },
};
