import { ArticleIndex } from '../article-index';
import type { Paragraph } from '../model/article';
import { nameMentions } from '../model/names';
import { paragraphSummary } from '../model/summaries';
import { hasSpeakerLabel } from '../quotes/paragraph';
import { punctuationStyleOf } from '../quotes/punctuation-style';
import type { ParagraphRule, Report } from '../rule';
import { replacement } from '../text/replacement';

/** "Mr. Kirby" in the reporter's voice; offsets relative to the paragraph. */
interface TitledName {
  /** The title as written ("Mr.") and where it starts. */
  title: string;
  titleStart: number;
  nameStart: number;
  given?: string;
  surname: string;
  /** The other title of "Mr. and Mrs. Smith": a couple named together, both titles needed. */
  partnerTitle?: string;
}

/** "Mr. and " before "Mrs. Smith". */
const PARTNER_BEFORE = /\b(Mr|Mrs|Ms|Dr)\.?[ \u00a0]+(?:and|&)[ \u00a0]+$/;

interface ParagraphTitles {
  names: TitledName[];
  /** Surnames and titles in order, offsets aside: what the article's couples depend on. */
  signature: string;
}

/** Surnames the rule treats apart: a couple's, or one two people share. `key` lists them for the rule's context key. */
interface Surnames {
  surnames: Set<string>;
  key: string;
}

/** The context key's last part for British copy, whose courtesy titles stay. */
const BRITISH = 'british';
/** Titles without periods this often, and never with one, are a British paper's house style. */
const BRITISH_TITLES_AT_LEAST = 2;

const bareTitle = (title: string) => title.replace(/\.$/, '');

function titledNames(paragraph: Paragraph): ParagraphTitles {
  return paragraphSummary(paragraph, 'ap-courtesy-titles', (own) => {
    const names: TitledName[] = [];
    for (const mention of nameMentions(own)) {
      if (!mention.courtesy || mention.quoted) continue;
      const partner = PARTNER_BEFORE.exec(own.prose.slice(Math.max(0, mention.courtesy.start - 12), mention.courtesy.start))?.[1];
      names.push({ title: mention.courtesy.text, titleStart: mention.courtesy.start, nameStart: mention.start, given: mention.given, surname: mention.surname, ...(partner ? { partnerTitle: partner } : {}) });
    }
    return { names, signature: names.map((name) => `${name.surname} ${name.title} ${name.partnerTitle ?? ''}`).join('\u0000') };
  });
}

/** The article's titled surnames, rebuilt only when an edit changes a paragraph's titles or names. */
/** The couples' surnames, and whether the titles are written the British way (see `british` below). */
interface Couples extends Surnames {
  britishTitles: boolean;
}

const couplesIndex = new ArticleIndex<ParagraphTitles, Couples>({
  summarize: (article, index) => titledNames(article.paragraphs[index]),
  same: (a, b) => a.signature === b.signature,
  build(paragraphs) {
    const titlesBySurname = new Map<string, Set<string>>();
    for (const { names } of paragraphs) {
      for (const { surname, title, partnerTitle } of names) {
        const titles = titlesBySurname.get(surname) ?? new Set();
        titles.add(bareTitle(title));
        if (partnerTitle) titles.add(partnerTitle);
        titlesBySurname.set(surname, titles);
      }
    }
    const surnames = new Set([...titlesBySurname].filter(([, titles]) => titles.size > 1).map(([surname]) => surname));
    // "Mr Hughes", never "Mr. Hughes": British house style, not AP's title slipped in.
    const titles = paragraphs.flatMap(({ names }) => names.map(({ title }) => title));
    const britishTitles = titles.length >= BRITISH_TITLES_AT_LEAST && titles.every((title) => !title.endsWith('.'));
    return { surnames, key: `${[...surnames].sort().join('\u0000')}${britishTitles ? '\u0001british titles' : ''}`, britishTitles };
  },
});

/** A paragraph's full names, as "surname given" (quoted ones too: a speaker may name a relative). */
function fullNames(paragraph: Paragraph): string[] {
  return paragraphSummary(paragraph, 'full-names', (own) => nameMentions(own).flatMap((mention) => (mention.given ? [`${mention.surname} ${mention.given}`] : [])));
}

/** Surnames the article gives to more than one person ("Andre Dorsey", "Cheryl Dorsey"). */
const sharedSurnamesIndex = new ArticleIndex<string[], Surnames>({
  summarize: (article, index) => fullNames(article.paragraphs[index]),
  same: (a, b) => a.length === b.length && a.every((name, index) => name === b[index]),
  build(paragraphs) {
    const givens = new Map<string, Set<string>>();
    for (const names of paragraphs) {
      for (const name of names) {
        const [surname, given] = name.split(' ');
        givens.set(surname, (givens.get(surname) ?? new Set()).add(given));
      }
    }
    const surnames = new Set([...givens].filter(([, given]) => given.size > 1).map(([surname]) => surname));
    return { surnames, key: [...surnames].sort().join('\u0000') };
  },
});

export const apCourtesyTitles: ParagraphRule = {
  id: 'ap-courtesy-titles',
  scope: 'paragraph',
  description: 'No Mr., Mrs. or Ms. before a name in the reporter’s voice: “Kirby”, not “Mr. Kirby”.',
  why: 'AP refers to people by surname alone after the first reference and keeps courtesy titles only in direct quotations, or to tell apart two people with one surname (a couple), which this rule leaves alone. British copy (Mr Hughes, without a period, or quotes in British style) keeps its own.',
  defaultSeverity: 'warning',
  fixable: true,
  // Couples and people sharing a surname are found over the whole article; each paragraph then flags its own titles.
  contextKey({ article, options }) {
    const couples = couplesIndex.of(article).index;
    const british = couples.britishTitles || punctuationStyleOf(article, options) === 'british';
    return `${couples.key}\u0001${sharedSurnamesIndex.of(article).index.key}\u0001${british ? BRITISH : ''}`;
  },
  check(paragraph, { article }, key) {
    // A transcript gives the words as spoken, "Mr. Pruitt, did you…" included. British papers
    // keep Mr and Mrs on second reference as house style: their titles, or their quotes, say so.
    if (hasSpeakerLabel(paragraph.prose) || key.endsWith(`\u0001${BRITISH}`)) return [];
    const couples = couplesIndex.of(article).index.surnames;
    const shared = sharedSurnamesIndex.of(article).index.surnames;
    const reports: Report[] = [];
    for (const { title, titleStart, nameStart, given, surname } of titledNames(paragraph).names) {
      // "Mr. Smith" and "Mrs. Smith" in one story, or "Mr. and Mrs. Smith": the titles are what tells the couple apart.
      if (couples.has(surname)) continue;
      // "Mr. Dorsey" in a story that also quotes Cheryl Dorsey: "Dorsey" alone would not say which.
      if (!given && shared.has(surname)) {
        reports.push({ start: paragraph.start + titleStart, end: paragraph.start + nameStart, message: `Unexpected courtesy title “${title}”: AP uses the name alone, and more than one person here is named ${surname}: give the full name.` });
        continue;
      }
      reports.push(replacement(paragraph, titleStart, nameStart, '', `Unexpected courtesy title “${title}”: AP uses the name alone, “${given ? `${given} ` : ''}${surname}”.`));
    }
    return reports;
  },
};
