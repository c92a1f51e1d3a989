import type { Article } from '../model/article';
import type { RuleOptions } from '../settings';
import type { QuotationKind } from './kind';
import { quotationsOf, type Quotation } from './model';
import { isGivenName } from '../text/given-name';
import { nameMentions } from '../model/names';

export interface SourceQuotation {
  start: number;
  end: number;
  text: string;
  kind: QuotationKind;
}

export interface Sources {
  speakers: Array<{ name: string; description?: string; quotations: SourceQuotation[] }>;
  /** Quotations of someone's words with no speaker named. */
  unattributed: SourceQuotation[];
}

/**
 * Who is quoted and saying what, grouped by speaker, for the `copydesk/sources` request and the
 * `copydesk sources` command. Titles, nicknames and scare quotes are no one's words: left out.
 * Offsets are absolute UTF-16 offsets; the data is plain JSON.
 *
 * The quotation model knows speakers by surname. Two people sharing one ("Gina and Donna
 * Lombardi") are told apart here by the full name an attribution writes; a surname or a pronoun
 * alone goes to the one of them last named in full.
 */
export function sourcesOf(article: Article, options?: Pick<RuleOptions, 'house'>): Sources {
  const model = quotationsOf(article, options);
  const people = new Map<string, { name: string; description?: string; quotations: SourceQuotation[] }>();
  /** Per surname key, the full name its attributions last wrote. */
  const lastFull = new Map<string, string>();
  const unattributed: SourceQuotation[] = [];
  let named: FullNames | undefined;
  for (const quotation of model.quotations) {
    if (quotation.kind === 'not-speech') continue;
    const key = quotation.attribution?.speaker;
    const speaker = key === undefined ? undefined : model.speakers.get(key);
    if (!key || !speaker) {
      unattributed.push(entry(quotation));
      continue;
    }
    const speakerText = quotation.attribution?.speakerText;
    // "Patty Gaines said she planned to stay. “Where else would I go?” she said.": the pronoun is
    // whoever of the surname was last named in full, in an attribution or not.
    // Only for a surname two people share, or one known by the surname alone: this runs with every status update.
    const pronoun = (speaker.shared === true || !speaker.name.includes(' ')) && speakerText !== undefined && PRONOUN.test(speakerText);
    const namedLast = pronoun ? (named ??= fullNamesOf(article)).lastBefore(key, quotation.start) : undefined;
    const someoneElse = namedLast !== undefined && !speaker.name.split(' ').includes(namedLast.split(' ')[0]) ? namedLast : undefined;
    const written = fullNameIn(speakerText, speaker.name) ?? someoneElse;
    if (written) lastFull.set(key, written);
    const name = written ?? lastFull.get(key) ?? speaker.name;
    const person = `${key}\u0000${name}`;
    // Appended in place: copying the list per quotation was quadratic in a speaker's quotes.
    const listed = people.get(person);
    if (listed) listed.quotations.push(entry(quotation));
    else people.set(person, { name, ...(speaker.description && name === speaker.name ? { description: speaker.description } : {}), quotations: [entry(quotation)] });
  }
  // In the order the article names them, each surname's people in the order they are quoted.
  const order = new Map(model.speakers.list().map((speaker, index) => [speaker.key, index]));
  const speakers = [...people].sort(([a], [b]) => (order.get(keyOf(a)) ?? 0) - (order.get(keyOf(b)) ?? 0)).map(([, person]) => person);
  return { speakers, unattributed };
}

const keyOf = (person: string) => person.slice(0, person.indexOf('\u0000'));

const PRONOUN = /^(?:he|she|they)$/i;

/** Where each surname is written with a given name, in the reporter's words. */
interface FullNames {
  /** The full name of surname `key` written last before `at`, if any. */
  lastBefore(key: string, at: number): string | undefined;
}

function fullNamesOf(article: Article): FullNames {
  const bySurname = new Map<string, Array<{ at: number; name: string }>>();
  for (const paragraph of article.paragraphs) {
    for (const mention of nameMentions(paragraph)) {
      if (!mention.given || mention.quoted) continue;
      const key = mention.surname.toLowerCase();
      const list = bySurname.get(key) ?? [];
      list.push({ at: paragraph.start + mention.start, name: paragraph.prose.slice(mention.start, mention.end) });
      bySurname.set(key, list);
    }
  }
  return {
    lastBefore(key, at) {
      let last: string | undefined;
      for (const mention of bySurname.get(key) ?? []) if (mention.at < at) last = mention.name;
      return last;
    },
  };
}

/**
 * Another person of the registered name's surname, as a speaker is written ("her sister, Donna
 * Lombardi" beside Gina Lombardi): a known given name other than the registered one before it.
 * A title ("Mayor Ruiz") or an unknown first word leaves the quotation with the registered name.
 */
function fullNameIn(speakerText: string | undefined, registered: string): string | undefined {
  const words = registered.split(' ');
  if (!speakerText || words.length < 2) return undefined;
  const written = speakerText.trim().split(/\s+/).slice(-words.length);
  if (written[written.length - 1] !== words[words.length - 1] || !isGivenName(written[0])) return undefined;
  return written.join(' ');
}

function entry(quotation: Quotation): SourceQuotation {
  return { start: quotation.start, end: quotation.end, text: quotation.text, kind: quotation.kind };
}
