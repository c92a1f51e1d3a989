import { ArticleIndex } from '../article-index';
import { ONES, TEENS, TENS } from '../data/numbers';
import type { Article } from '../model/article';
import { paragraphSummary } from '../model/summaries';
import type { ParagraphRule, Report } from '../rule';
import { execAll } from '../text/exec-all';
import { valueOfWords } from '../text/number-words';
import { replacement } from '../text/replacement';
import { reporterMatches } from '../text/reporter-voice';

/** A figure with a percent sign, a space before the sign allowed: "5%", "4.5 %". */
const WITH_SIGN = /(?<![\w.,])(\d[\d,]*(?:\.\d+)?)([ \t\u00a0]?)%/g;

/** A figure with the word: "5 percent", "5 per cent", "5 pct." (wire shorthand). */
const WITH_WORD = /(?<![\w.,])(\d[\d,]*(?:\.\d+)?)(?:-|[ \t\u00a0]+)(percent|per[ \t\u00a0]+cent|pct\.?)(?![\w-])/gi;

/**
 * A spelled-out number with percent inside a sentence: "five percent" (AP: always a figure). A
 * capitalised one opens a sentence, where AP spells the number out.
 */
const NUMBER_WORD = `(?:${[...TEENS, ...TENS.filter(Boolean)].join('|')})(?:-(?:${ONES.slice(1).join('|')}))?|${ONES.slice(1).join('|')}`;
const SPELLED_WITH_WORD = new RegExp(`(?<![\\p{L}-])(${NUMBER_WORD})(?:-|[ \\t\\u00a0]+)(percent|per[ \\t\\u00a0]+cent)(?![\\p{L}-])`, 'gu');

/** The spellings an article gives percentages: a count of each form, over the paragraphs. */
interface Spellings {
  sign: number;
  perCent: number;
  percent: number;
}

const WORD_FORMS = /(?<![\w.,])\d[\d,]*(?:\.\d+)?(?:-|[ \t\u00a0]*)(%|per[ \t\u00a0]+cent|percent)(?![\w-])/gi;

const spellingIndex = new ArticleIndex<Spellings, Spellings>({
  summarize: (article, index) =>
    paragraphSummary(article.paragraphs[index], 'percent-spellings', (paragraph) => {
      const counts = { sign: 0, perCent: 0, percent: 0 };
      for (const match of execAll(WORD_FORMS, paragraph.prose)) {
        const form = match[1].toLowerCase();
        if (form === '%') counts.sign++;
        else if (form === 'percent') counts.percent++;
        else counts.perCent++;
      }
      return counts;
    }),
  same: (a, b) => a.sign === b.sign && a.perCent === b.perCent && a.percent === b.percent,
  build: (summaries) =>
    summaries.reduce((total, counts) => ({ sign: total.sign + counts.sign, perCent: total.perCent + counts.perCent, percent: total.percent + counts.percent }), { sign: 0, perCent: 0, percent: 0 }),
});

/**
 * British copy spells “per cent” (the Times, the Telegraph): an article that writes it and never
 * “percent”, more often than the sign, keeps it. AP's sign is for American copy.
 */
function spellsPerCent(article: Article): boolean {
  const { sign, perCent, percent } = spellingIndex.of(article).index;
  return perCent > 0 && percent === 0 && perCent > sign;
}

function figureOf(words: string): number | undefined {
  const ones = ONES.indexOf(words);
  return ones > 0 ? ones : valueOfWords(words);
}

export const apPercent: ParagraphRule = {
  id: 'ap-percent',
  scope: 'paragraph',
  description: 'Percentages as figure + “%” (or + “percent”, per `percentStyle`), one way throughout.',
  why: 'Since 2019 AP writes “5%”: a figure and the sign, no space. Newsrooms that kept “percent” set `percentStyle` to `word`; British copy that spells “per cent” keeps it. Either way an article uses one form.',
  defaultSeverity: 'warning',
  fixable: true,
  contextKey({ article, options }) {
    return spellsPerCent(article) ? 'per cent' : options.percentStyle === 'symbol' ? '%' : 'percent';
  },
  check(paragraph, _context, style) {
    if (!/\d|per/.test(paragraph.prose)) return [];
    const reports: Report[] = [];
    for (const match of reporterMatches(paragraph, SPELLED_WITH_WORD)) {
      const value = figureOf(match[1]);
      if (value === undefined) continue;
      const expected = style === '%' ? `${value}%` : `${value} ${style}`;
      reports.push(replacement(paragraph, match.index, match.index + match[0].length, expected, `Unexpected “${match[0]}”, expected “${expected}”.`));
    }
    if (style === '%') {
      for (const match of reporterMatches(paragraph, WITH_WORD)) {
        const expected = `${match[1]}%`;
        reports.push(replacement(paragraph, match.index, match.index + match[0].length, expected, `Unexpected “${match[0]}”, expected “${expected}”.`));
      }
      for (const match of reporterMatches(paragraph, WITH_SIGN)) {
        if (!match[2]) continue;
        const expected = `${match[1]}%`;
        reports.push(replacement(paragraph, match.index, match.index + match[0].length, expected, `Unexpected space in “${match[0]}”, expected “${expected}”.`));
      }
      return reports;
    }
    for (const match of reporterMatches(paragraph, WITH_SIGN)) {
      const expected = `${match[1]} ${style}`;
      reports.push(replacement(paragraph, match.index, match.index + match[0].length, expected, `Unexpected “${match[0]}”, expected “${expected}”.`));
    }
    for (const match of reporterMatches(paragraph, WITH_WORD)) {
      const expected = `${match[1]} ${style}`;
      if (match[0].replace(/[ \t\u00a0]+/g, ' ') === expected) continue;
      reports.push(replacement(paragraph, match.index, match.index + match[0].length, expected, `Unexpected “${match[0]}”, expected “${expected}”.`));
    }
    return reports;
  },
};
