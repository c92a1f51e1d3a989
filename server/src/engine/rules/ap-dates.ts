import { MONTHS } from '../data/months';
import type { ParagraphRule, Report } from '../rule';
import { replacement } from '../text/replacement';
import { reporterMatches } from '../text/reporter-voice';
import { periodClosesSentence } from '../text/closes-sentence';

const escape = (text: string) => text.replace(/\./g, '\\.');
const BARE = (form: string) => form.replace(/\.$/, '');

/** Every way a month is written, mapped to its month. */
const MONTH_BY_FORM = new Map<string, (typeof MONTHS)[number]>();
for (const month of MONTHS) {
  for (const form of [month.name, month.withDate, ...month.otherShortForms]) {
    MONTH_BY_FORM.set(form, month);
    // "Dec 5": the period dropped from a short form.
    if (form.endsWith('.')) MONTH_BY_FORM.set(BARE(form), month);
  }
}
const FORMS = [...MONTH_BY_FORM.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');

/** A month followed by a day of the month, perhaps with an ordinal suffix. */
const MONTH_AND_DAY = new RegExp(`\\b(${FORMS})([ \\t\\u00a0]+)(\\d{1,2})(st|nd|rd|th)?\\b(?![:.,/]\\d)`, 'g');

/** A short month with a period but no day after it: "Dec. 2016", "in Aug.". */
const SHORT_FORMS = [...MONTH_BY_FORM.keys()].filter((form) => form.endsWith('.')).map(escape).join('|');
const SHORT_WITHOUT_DAY = new RegExp(`\\b(${SHORT_FORMS})(?![ \\t\\u00a0]*\\d{1,2}\\b(?!\\d))`, 'g');

/** "August, 2025": a month and a year with a comma between, where there is no day. */
const NAMES = MONTHS.map((month) => month.name).join('|');
const COMMA_BEFORE_YEAR = new RegExp(`\\b(${NAMES}),(?=([ \\t\\u00a0]+)((?:1[89]|20)\\d\\d)\\b)`, 'g');

export const apDates: ParagraphRule = {
  id: 'ap-dates',
  scope: 'paragraph',
  description: 'Dates in AP style: “Jan. 5”, not “January 5th”; “January 2024” and “in January” spelled out, no comma before the year.',
  why: 'AP abbreviates Jan., Feb., Aug., Sept., Oct., Nov. and Dec. only with a specific date, spells every month out when it stands alone or with a year, puts no comma between a month and a year alone, and never puts an ordinal on a date.',
  defaultSeverity: 'warning',
  fixable: true,
  check(paragraph) {
    if (!/\b[A-S][a-y]{2}/.test(paragraph.prose)) return [];
    const reports: Report[] = [];
    for (const match of reporterMatches(paragraph, MONTH_AND_DAY)) {
      const [written, form, space, day, ordinal] = match;
      const month = MONTH_BY_FORM.get(form);
      if (!month || Number(day) < 1 || Number(day) > 31) continue;
      const expected = `${month.withDate}${space}${day}`;
      if (expected === written) continue;
      const what = ordinal && form === month.withDate ? `ordinal “${day}${ordinal}” in a date` : `“${written}”`;
      reports.push(replacement(paragraph, match.index, match.index + written.length, expected, `Unexpected ${what}, expected “${expected}”.`));
    }
    for (const match of reporterMatches(paragraph, SHORT_WITHOUT_DAY)) {
      const month = MONTH_BY_FORM.get(match[1]);
      if (!month) continue;
      const end = match.index + match[0].length;
      // The period may also end the sentence: keep one when no lowercase word follows.
      const closesSentence = periodClosesSentence(paragraph.prose, end);
      const expected = closesSentence ? `${month.name}.` : month.name;
      reports.push(replacement(paragraph, match.index, end, expected, `Unexpected “${match[1]}” without a day, expected “${month.name}”.`));
    }
    for (const match of reporterMatches(paragraph, COMMA_BEFORE_YEAR)) {
      const [, month, space, year] = match;
      reports.push(replacement(paragraph, match.index, match.index + match[0].length, month, `Unexpected “${month},${space}${year}”, expected “${month}${space}${year}”: no comma between a month and a year.`));
    }
    return reports;
  },
};
