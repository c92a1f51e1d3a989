import { ONES, TEENS, TENS } from '../data/numbers';
import type { ParagraphRule, Report } from '../rule';
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

function figureOf(words: string): number | undefined {
  const ones = ONES.indexOf(words);
  return ones > 0 ? ones : valueOfWords(words);
}

export const apPercent: ParagraphRule = {
  id: 'ap-percent',
  scope: 'paragraph',
  description: 'Percentages as figure + “%” (or + “percent”, per `percentStyle`), one way throughout.',
  why: 'Since 2019 AP writes “5%”: a figure and the sign, no space. Newsrooms that kept “percent” set `percentStyle` to `word`; either way an article uses one form.',
  defaultSeverity: 'warning',
  fixable: true,
  check(paragraph, { options }) {
    if (!/\d|per/.test(paragraph.prose)) return [];
    const reports: Report[] = [];
    for (const match of reporterMatches(paragraph, SPELLED_WITH_WORD)) {
      const value = figureOf(match[1]);
      if (value === undefined) continue;
      const expected = options.percentStyle === 'symbol' ? `${value}%` : `${value} percent`;
      reports.push(replacement(paragraph, match.index, match.index + match[0].length, expected, `Unexpected “${match[0]}”, expected “${expected}”.`));
    }
    if (options.percentStyle === 'symbol') {
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
      const expected = `${match[1]} percent`;
      reports.push(replacement(paragraph, match.index, match.index + match[0].length, expected, `Unexpected “${match[0]}”, expected “${expected}”.`));
    }
    for (const match of reporterMatches(paragraph, WITH_WORD)) {
      const expected = `${match[1]} percent`;
      if (match[0] === expected) continue;
      reports.push(replacement(paragraph, match.index, match.index + match[0].length, expected, `Unexpected “${match[0]}”, expected “${expected}”.`));
    }
    return reports;
  },
};
