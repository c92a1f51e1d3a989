import { isCaption } from '../model/captions';
import type { Article, Paragraph } from '../model/article';
import { isSpeaking, nameMentions, type NameMention } from '../model/names';
import type { ArticleRule, Report } from '../rule';
import { replacement } from '../text/replacement';

interface Placed {
  paragraph: Paragraph;
  mention: NameMention;
}

/** Body paragraphs: not headings and not captions, which introduce names on their own. */
export function bodyParagraphs(article: Article): Paragraph[] {
  return article.paragraphs.filter(
    (paragraph) => (paragraph.kind === 'paragraph' || paragraph.kind === 'list-item') && !isCaption(article, paragraph),
  );
}

/** Surnames that belong to more than one given name ("Bill Clinton", "Hillary Clinton"): full names keep them apart. */
function sharedSurnames(mentions: Placed[]): Set<string> {
  const givenBySurname = new Map<string, Set<string>>();
  for (const { mention } of mentions) {
    if (!mention.given) continue;
    const given = givenBySurname.get(mention.surname) ?? new Set();
    given.add(mention.given);
    givenBySurname.set(mention.surname, given);
  }
  return new Set([...givenBySurname].filter(([, given]) => given.size > 1).map(([surname]) => surname));
}

export const nameSecondReference: ArticleRule = {
  id: 'name-second-reference',
  scope: 'article',
  description: 'After a person’s full name, later references use the surname alone (“John Kirby … Kirby”).',
  why: 'AP gives a person’s full name on first reference and the surname after it. Repeating the full name reads as a new person; a surname before the full name leaves readers guessing who it is. Headlines and captions stand on their own and may name people in full.',
  defaultSeverity: 'information',
  fixable: true,
  check({ article }) {
    const mentions: Placed[] = [];
    for (const paragraph of bodyParagraphs(article)) {
      for (const mention of nameMentions(paragraph)) if (!mention.quoted) mentions.push({ paragraph, mention });
    }
    const shared = sharedSurnames(mentions);
    const firstFull = new Map<string, number>();
    mentions.forEach(({ mention }, order) => {
      if (mention.given && !firstFull.has(mention.surname)) firstFull.set(mention.surname, order);
    });
    const reports: Report[] = [];
    mentions.forEach(({ paragraph, mention }, order) => {
      const first = firstFull.get(mention.surname);
      if (first === undefined || shared.has(mention.surname)) return;
      const fullName = mentions[first].mention;
      if (mention.given && order > first) {
        reports.push(
          replacement(paragraph, mention.start, mention.end, mention.surname, `Second reference to ${mention.given} ${mention.surname}: expected the surname alone, “${mention.surname}”.`),
        );
      } else if (!mention.given && order < first && isSpeaking(paragraph, mention)) {
        reports.push({
          start: paragraph.start + mention.start,
          end: paragraph.start + mention.end,
          message: `“${mention.surname}” appears before the full name: introduce ${fullName.given} ${fullName.surname} here first.`,
        });
      }
    });
    return reports;
  },
};
