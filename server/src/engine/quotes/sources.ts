import type { Article } from '../model/article';
import type { RuleOptions } from '../settings';
import type { QuotationKind } from './kind';
import { quotationsOf, type Quotation } from './model';

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
 */
export function sourcesOf(article: Article, options?: Pick<RuleOptions, 'house'>): Sources {
  const model = quotationsOf(article, options);
  const grouped = new Map<string, SourceQuotation[]>();
  const unattributed: SourceQuotation[] = [];
  for (const quotation of model.quotations) {
    if (quotation.kind === 'not-speech') continue;
    const key = quotation.attribution?.speaker;
    if (key) {
      // Appended in place: copying the list per quotation was quadratic in a speaker's quotes.
      const list = grouped.get(key);
      if (list) list.push(entry(quotation));
      else grouped.set(key, [entry(quotation)]);
    }
    else unattributed.push(entry(quotation));
  }
  const speakers = model.speakers
    .list()
    .filter((speaker) => grouped.has(speaker.key))
    .map((speaker) => ({ name: speaker.name, ...(speaker.description ? { description: speaker.description } : {}), quotations: grouped.get(speaker.key) as SourceQuotation[] }));
  return { speakers, unattributed };
}

function entry(quotation: Quotation): SourceQuotation {
  return { start: quotation.start, end: quotation.end, text: quotation.text, kind: quotation.kind };
}
