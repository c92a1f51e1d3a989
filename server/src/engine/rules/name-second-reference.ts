import { ArticleIndex } from '../article-index';
import { isCaption } from '../model/captions';
import type { Article, Paragraph } from '../model/article';
import { isSpeaking, nameMentions, type NameMention } from '../model/names';
import { isAuthorNote, isEditorsNote } from '../model/notes';
import { isOpinion } from '../model/opinion';
import { isBoldSubhead } from '../model/subheads';
import { paragraphSummary } from '../model/summaries';
import type { ArticleRule, Report } from '../rule';
import { execAll } from '../text/exec-all';
import { replacement } from '../text/replacement';
import { isGivenName } from '../text/given-name';
import { JOB_TITLES } from '../data/speech-verbs';

/**
 * A body paragraph's names in the reporter's voice that can bear on a finding: full names, and
 * surnames alone that plainly name a person speaking. Other lone capitalised words ("The", "But")
 * are never flagged and decide nothing, so editing them leaves the index as it is.
 */
interface BodyNames {
  mentions: NameMention[];
  /** Per mention: it plainly names a person, speaking, titled or given an age ("Haskell, 83,"). */
  personal: boolean[];
  /** Given names written before a full name that shares its surname: "Bob" in "Bob and Mary Smith". */
  partners: Array<{ given: string; surname: string }>;
  /** The names in order, offsets aside: what the article's first references depend on. */
  signature: string;
}

/** A finding, by paragraph and mention: the index holds no offsets, so it outlives edits that move names. */
interface Place {
  paragraph: number;
  mention: number;
  /** For a surname before the full name: that full name. */
  fullName?: string;
  /** For a given name alone after the full name ("Karen said"): the surname it stands for. */
  surname?: string;
}

const NO_NAMES: BodyNames = { mentions: [], personal: [], partners: [], signature: '' };
/** A full name written this often, never as a person's, is a place's or a business's: "Sal Verde takes reservations". */
const THING_AT_LEAST = 3;
const AGE_AFTER = /^,[ \t\u00a0]*\d{1,3}\b/;
/**
 * A data line, as injury reports, rosters and box scores run: a short label, then names with their
 * details in parentheses ("Limited: QB Sam Darnold (ankle), LB Blake Cashman (toe)"). Full names by convention.
 */
const DATA_LINE = /^[\s*_]*[\p{L} ]{2,30}:[ \t]+[^\n]*?\p{Lu}[\p{L}'’.-]+ \p{Lu}[\p{L}'’.-]+(?: (?:Jr\.|Sr\.|II|III|IV))? \(/u;
/** A fact box's line, labels each with a name or a figure: "Referee: Sam Allison. Attendance: 11,204." */
const FACT_LINE = /^(?:[\s*_]*\p{Lu}[\p{L} ]{1,29}[*_]*:[*_]*[ \t]+[^.!?:\n]{1,80}[.;]?)+[\s*_]*$/u;
/** A review's details line: `*The Salt Keepers*, by Ruth Anne Calloway (Knopf, 320 pages, $28)`. */
const WORK_DETAILS = /^[ \t>]*(?:\*{1,2}|_{1,2})[^*_\r\n]{1,120}(?:\*{1,2}|_{1,2}),?[ \t]+(?:by|written by|directed by|edited by)[ \t]+\p{Lu}/u;
/** A description between a speech verb and the name: "said forward ", "said retired firefighter ". */
const DESCRIBED_AFTER_VERB = /\b(?:said|says|told|added|according to) ((?:\p{Ll}[\p{L}-]* ){1,2})$/u;
const descriptions = new Set([...JOB_TITLES, 'retired', 'former', 'longtime', 'veteran', 'fellow']);
/** A relative named by given name ("his wife, Loretta", "her son Daniel") or in full ("His wife, June Nakamura"). */
const RELATIVE = /\b(?:[Hh]is|[Hh]er|[Tt]heir) (?:wife|husband|son|daughter|mother|father|brother|sister|partner|spouse|grandson|granddaughter|grandmother|grandfather),? (\p{Lu}\p{Ll}+)\b(?:(?![ \t\u00a0]+\p{Lu})|[ \t\u00a0]+(\p{Lu}[\p{L}’'-]*\p{Ll}))/gu;
/** The given name a relative named in full stands beside: the person the story is about, unnamed here. */
const RELATIVE_IN_FULL = '\u0000relative';
/** "Bob and " right before "Mary Smith": a couple sharing the surname. */
const PARTNER_BEFORE = /(?<![\p{L}\p{N}’'-])(\p{Lu}[\p{Ll}’'-]+) (?:and|&) $/u;

/** Body paragraphs only: headings and bold subheads, captions, editor's notes, taglines and data lines introduce names on their own. */
function bodyNames(article: Article, index: number): BodyNames {
  const paragraph = article.paragraphs[index];
  if ((paragraph.kind !== 'paragraph' && paragraph.kind !== 'list-item') || isCaption(article, paragraph) || isBoldSubhead(paragraph) || isEditorsNote(paragraph) || isAuthorNote(paragraph) || DATA_LINE.test(paragraph.prose) || FACT_LINE.test(paragraph.prose) || WORK_DETAILS.test(paragraph.text)) return NO_NAMES;
  return paragraphSummary(paragraph, 'name-second-reference', namesOf);
}

/** A name given in full as the one a person was born with: "Lonnie Earl Vance was born …", "born Mary Ellen Smith". */
const BIRTH_NAME_AFTER = /^,?[ \t\u00a0]+(?:was|were)[ \t\u00a0]+born\b/;
const BIRTH_NAME_BEFORE = /\b(?:born|née|nee|christened)[ \t\u00a0]+$/;

function isBirthName(paragraph: Paragraph, mention: NameMention): boolean {
  const prose = paragraph.prose;
  return BIRTH_NAME_AFTER.test(prose.slice(mention.end, mention.end + 16)) || BIRTH_NAME_BEFORE.test(prose.slice(Math.max(0, mention.start - 12), mention.start));
}

/** "the Ellen Marie", a boat; "the R/V Margaret Ellis", a ship: a name after "the" or a ship's prefix names a thing, not a person. */
const THING_BEFORE = /(?<![\p{L}’'-])(?:[Tt]he|R\/V|M\/V|RV|MV|USS|HMS|SS)[ \t\u00a0]+$/u;

/** "grew up in Jackson Ward", "near Sam Houston": a full name where a place goes, and not a person's possession. */
const PLACE_BEFORE = /\b(?:in|near|outside|across|around|throughout)[ \t\u00a0]+$/;

function isPlace(paragraph: Paragraph, mention: NameMention): boolean {
  const prose = paragraph.prose;
  return PLACE_BEFORE.test(prose.slice(Math.max(0, mention.start - 12), mention.start)) && !/^[’']s?\b/.test(prose.slice(mention.end, mention.end + 2)) && !isSpeaking(paragraph, mention);
}

function namesOf(paragraph: Paragraph): BodyNames {
  // Names in the reporter's voice, less an obituary's birth name (repeated by design) and a boat's or a building's.
  const mentions = nameMentions(paragraph).filter(
    (mention) =>
      !mention.quoted &&
      (mention.given || isSpeaking(paragraph, mention)) &&
      !(mention.given && isBirthName(paragraph, mention)) &&
      !THING_BEFORE.test(paragraph.prose.slice(Math.max(0, mention.start - 6), mention.start)) &&
      !(mention.given && isPlace(paragraph, mention)),
  );
  const partners: BodyNames['partners'] = [];
  for (const mention of mentions) {
    const partner = mention.given && PARTNER_BEFORE.exec(paragraph.prose.slice(Math.max(0, mention.start - 40), mention.start));
    if (partner) partners.push({ given: partner[1], surname: mention.surname });
  }
  // "Haskins and his wife, Loretta,": a relative named by given name shares the surname before.
  const all = nameMentions(paragraph);
  for (const relative of execAll(RELATIVE, paragraph.prose)) {
    // "His wife, June Nakamura": another person of the surname, so full names tell the two apart.
    if (relative[2]) {
      partners.push({ given: RELATIVE_IN_FULL, surname: relative[2].replace(/[’']s$/, '') });
      continue;
    }
    let named: NameMention | undefined;
    for (const mention of all) if (mention.end <= relative.index) named = mention;
    if (named) partners.push({ given: relative[1], surname: named.surname });
  }
  const personal = mentions.map((mention) => isSpeaking(paragraph, mention) || AGE_AFTER.test(paragraph.prose.slice(mention.end, mention.end + 6)));
  const names = [...mentions.map((mention, index) => `${mention.surname} ${mention.given ?? ''} ${personal[index] ? 'p' : ''}`), ...partners.map(({ given, surname }) => `${surname} ${given} &`)];
  return { mentions, personal, partners, signature: names.join('\u0000') };
}

/** Where second references repeat the full name, and where a speaking surname comes before it. */
const placesIndex = new ArticleIndex<BodyNames, Place[]>({
  // A paragraph after a picture is its caption, so whether it is body copy depends on the one before.
  reach: { before: 1, after: 0 },
  summarize: bodyNames,
  same: (a, b) => a.signature === b.signature,
  build: findPlaces,
});

function findPlaces(paragraphs: readonly BodyNames[]): Place[] {
  // Surnames that belong to more than one given name ("Bill Clinton", "Hillary Clinton"): full names keep them apart.
  const givenBySurname = new Map<string, Set<string>>();
  /** Per surname, its first full mention and its place among the names. */
  const firstFull = new Map<string, { order: number; name: NameMention }>();
  /** Per given name, the surnames written with it and where it was first written in full. */
  const byGiven = new Map<string, { surnames: Set<string>; order: number }>();
  const addGiven = (surname: string, given: string) => givenBySurname.set(surname, (givenBySurname.get(surname) ?? new Set()).add(given));
  /** Per surname, how often it is written in full, and whether any mention plainly names a person. */
  const fullCount = new Map<string, number>();
  const people = new Set<string>();
  let order = 0;
  for (const { mentions, partners, personal } of paragraphs) {
    for (const { given, surname } of partners) addGiven(surname, given);
    for (const [index, mention] of mentions.entries()) {
      if (personal[index]) people.add(mention.surname);
      if (mention.given) {
        fullCount.set(mention.surname, (fullCount.get(mention.surname) ?? 0) + 1);
        addGiven(mention.surname, mention.given);
        if (!firstFull.has(mention.surname)) firstFull.set(mention.surname, { order, name: mention });
        const named = byGiven.get(mention.given) ?? { surnames: new Set(), order };
        named.surnames.add(mention.surname);
        byGiven.set(mention.given, named);
      }
      order++;
    }
  }
  /**
   * The surname a given name alone stands for: one person of the story has it, no one else shares
   * that person's surname (then first names tell a family apart) and it is no one's surname.
   */
  const surnameFor = (word: string, at: number): string | undefined => {
    const named = byGiven.get(word);
    // A first word not known as a given name may be a family name written first: Xi Jinping, Yoon Suk Yeol.
    if (!named || named.order > at || named.surnames.size > 1 || firstFull.has(word) || !isGivenName(word)) return undefined;
    const [surname] = named.surnames;
    return givenBySurname.get(surname)!.size === 1 ? surname : undefined;
  };
  const places: Place[] = [];
  order = 0;
  paragraphs.forEach(({ mentions }, paragraph) => {
    mentions.forEach((mention, index) => {
      const first = firstFull.get(mention.surname);
      const current = order++;
      if (!people.has(mention.surname) && (fullCount.get(mention.surname) ?? 0) >= THING_AT_LEAST) return;
      const surname = mention.given ? undefined : surnameFor(mention.surname, current);
      if (surname) places.push({ paragraph, mention: index, surname });
      if (first === undefined || givenBySurname.get(mention.surname)!.size > 1) return;
      if (mention.given && current > first.order) places.push({ paragraph, mention: index });
      else if (!mention.given && current < first.order) places.push({ paragraph, mention: index, fullName: `${first.name.given} ${first.name.surname}` });
    });
  });
  return places;
}

export const nameSecondReference: ArticleRule = {
  id: 'name-second-reference',
  scope: 'article',
  description: 'After a person’s full name, later references use the surname alone (“John Kirby … Kirby”, not “John Kirby” or “John”).',
  why: 'AP gives a person’s full name on first reference and the surname after it. Repeating the full name reads as a new person, a given name alone reads as familiar, and a surname before the full name leaves readers guessing who it is. Family members sharing a surname go by their given names. Headlines and captions stand on their own and may name people in full.',
  defaultSeverity: 'information',
  fixable: true,
  check({ article }) {
    const { summaries, index: places } = placesIndex.of(article);
    // Reviews call characters by their given names ("Nora", "Torvald"), and columnists their own people.
    const opinion = isOpinion(article);
    const reports: Report[] = [];
    for (const place of places) {
      if (opinion && place.surname !== undefined) continue;
      const paragraph = article.paragraphs[place.paragraph];
      reports.push(reportAt(paragraph, summaries[place.paragraph].mentions[place.mention], place));
    }
    return reports;
  },
};

function reportAt(paragraph: Paragraph, mention: NameMention, { fullName, surname }: Place): Report {
  if (surname !== undefined) {
    return replacement(paragraph, mention.start, mention.end, surname, `Second reference to ${mention.surname} ${surname} by the given name: expected the surname, “${surname}”.`);
  }
  if (fullName === undefined) {
    // Which word is the family name is known only for given names on the list: "Xi Jinping" goes by "Xi".
    if (!isGivenName(mention.given!)) return { start: paragraph.start + mention.start, end: paragraph.start + mention.end, message: `Second reference to ${mention.given} ${mention.surname} in full: expected the family name alone.` };
    // "said forward Kiara Banks" → "said Banks": the description goes with the given name.
    const described = DESCRIBED_AFTER_VERB.exec(paragraph.prose.slice(Math.max(0, mention.start - 40), mention.start));
    const start = described && described[1].trim().split(/\s+/).every((word) => descriptions.has(word)) ? mention.start - described[1].length : mention.start;
    return replacement(paragraph, start, mention.end, mention.surname, `Second reference to ${mention.given} ${mention.surname}: expected the surname alone, “${mention.surname}”.`);
  }
  return {
    start: paragraph.start + mention.start,
    end: paragraph.start + mention.end,
    message: `“${mention.surname}” appears before the full name: introduce ${fullName} here first.`,
  };
}
