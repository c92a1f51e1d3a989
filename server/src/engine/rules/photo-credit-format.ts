import type { Credit } from '../photos/credits';
import { figuresOf } from '../photos/figures';
import type { ArticleRule, Report } from '../rule';

type HouseFormat = 'parenthetical' | 'photo-colon';

const written: Record<HouseFormat, (body: string) => string> = {
  parenthetical: (body) => `(${body})`,
  'photo-colon': (body) => `Photo: ${body}`,
};

export const photoCreditFormat: ArticleRule = {
  id: 'photo-credit-format',
  scope: 'article',
  description: 'Photo credits in one house format: `(Jane Doe/AP)` or `Photo: Jane Doe/AP`, not both.',
  why: 'A newsroom writes its credits one way; a mix shows captions pasted from different sources. The article’s dominant format wins unless `creditFormat` sets one.',
  defaultSeverity: 'information',
  fixable: true,
  check({ article, options }) {
    const credits = figuresOf(article, options.house.agencies)
      .flatMap((figure) => figure.credits)
      .filter((credit): credit is Credit & { format: HouseFormat } => credit.format === 'parenthetical' || credit.format === 'photo-colon');
    const expected = options.creditFormat === 'auto' ? dominant(credits) : options.creditFormat;
    const reports: Report[] = [];
    for (const credit of credits) {
      if (credit.format === expected) continue;
      const actual = article.source.slice(credit.start, credit.end);
      const rewritten = written[expected](credit.body);
      reports.push({
        start: credit.start,
        end: credit.end,
        message: `Unexpected credit format “${actual}”, expected “${rewritten}”.`,
        fixes: [{ title: `Write as ${rewritten}`, edits: [{ start: credit.start, end: credit.end, newText: rewritten }] }],
        data: { actual, expected: rewritten },
      });
    }
    return reports;
  },
};

/** The format most credits use; parenthetical, AP’s, on a tie. */
function dominant(credits: { format: HouseFormat }[]): HouseFormat {
  const colons = credits.filter((credit) => credit.format === 'photo-colon').length;
  return colons > credits.length - colons ? 'photo-colon' : 'parenthetical';
}
