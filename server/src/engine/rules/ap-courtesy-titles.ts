import { nameMentions, type NameMention } from '../model/names';
import type { Paragraph } from '../model/article';
import type { ArticleRule, Report } from '../rule';
import { replacement } from '../text/replacement';

export const apCourtesyTitles: ArticleRule = {
  id: 'ap-courtesy-titles',
  scope: 'article',
  description: 'No Mr., Mrs. or Ms. before a name in the reporter’s voice: “Kirby”, not “Mr. Kirby”.',
  why: 'AP refers to people by surname alone after the first reference and keeps courtesy titles only in direct quotations, or to tell apart two people with one surname (a couple), which this rule leaves alone.',
  defaultSeverity: 'warning',
  fixable: true,
  check({ article }) {
    const titled: Array<{ paragraph: Paragraph; mention: NameMention & { courtesy: { text: string; start: number } } }> = [];
    const titlesBySurname = new Map<string, Set<string>>();
    for (const paragraph of article.paragraphs) {
      for (const mention of nameMentions(paragraph)) {
        if (!mention.courtesy || mention.quoted) continue;
        titled.push({ paragraph, mention: { ...mention, courtesy: mention.courtesy } });
        const titles = titlesBySurname.get(mention.surname) ?? new Set();
        titles.add(mention.courtesy.text.replace(/\.$/, ''));
        titlesBySurname.set(mention.surname, titles);
      }
    }
    const reports: Report[] = [];
    for (const { paragraph, mention } of titled) {
      // "Mr. Smith" and "Mrs. Smith" in one story: the titles are what tells the couple apart.
      if ((titlesBySurname.get(mention.surname)?.size ?? 0) > 1) continue;
      const { text, start } = mention.courtesy;
      reports.push(replacement(paragraph, start, mention.start, '', `Unexpected courtesy title “${text}”: AP uses the name alone, “${mention.given ? `${mention.given} ` : ''}${mention.surname}”.`));
    }
    return reports;
  },
};
