import { MONTHS } from '../data/months';
import type { Paragraph } from '../model/article';
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

/** A short month with a period but no day after it: "Dec. 2016", "in Aug."; "Aug. 20th" has one. */
const SHORT_FORMS = [...MONTH_BY_FORM.keys()].filter((form) => form.endsWith('.')).map(escape).join('|');
const SHORT_WITHOUT_DAY = new RegExp(`\\b(${SHORT_FORMS})(?![ \\t\\u00a0]*\\d{1,2}(?:st|nd|rd|th)?\\b(?!\\d))`, 'g');

/** "August, 2025": a month and a year with a comma between, where there is no day. */
const NAMES = MONTHS.map((month) => month.name).join('|');
const COMMA_BEFORE_YEAR = new RegExp(`\\b(${NAMES}),(?=([ \\t\\u00a0]+)((?:1[89]|20)\\d\\d)\\b)`, 'g');

/** A decade with an apostrophe before its "s": "the 1990's", "the '80's". */
const DECADE_APOSTROPHE = /(?<![\p{L}\p{N}])((?:1\d|20)\d0|['’]\d0)['’]s\b/gu;

/** What makes a year with 's a decade: "the 1990's", "early 2000's". */
const DECADE_BEFORE = /\b(?:the|early|mid|late|mid-)[ \t\u00a0-]*$/i;

/** A date in figures with its year: "3/4/2026", "12/25/24"; not a page's time stamp ("2/26/2015 7:11 AM"). */
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d|\d\d)(?![\d/])(?![ \t\u00a0]+\d{1,2}:\d\d)/g;

/**
 * A season named as a time ("in the Spring", "this Fall", "in the Fall of 2025"), capitalised. A
 * formal name keeps its capital: "the Fall of Saigon", "the Summer Olympics", "in Spring, Texas".
 */
const CAPITALISED_SEASON =
  /(?<=\b(?:[Tt]his|[Nn]ext|[Ll]ast|[Ee]arly|[Ll]ate|(?:[Ii]n|[Bb]y|[Uu]ntil|[Dd]uring|[Ss]ince|[Tt]hrough|[Oo]ver) the) )(Spring|Summer|Fall|Autumn|Winter)\b(?! of\b(?! \d))(?!,? \p{Lu})(?! (?:Olympics|Games|Classic|Festival|Session|Semester|Term|Solstice|Equinox|Collection|Series|Fair|Show|Meetings?)\b)/gu;

export const apDates: ParagraphRule = {
  id: 'ap-dates',
  scope: 'paragraph',
  description: 'Dates in AP style: “Jan. 5”, not “January 5th” or “1/5/2024”; “January 2024” and “in January” spelled out, no comma before the year; “the 1990s”; “in the spring”.',
  why: 'AP abbreviates Jan., Feb., Aug., Sept., Oct., Nov. and Dec. only with a specific date, spells every month out when it stands alone or with a year, puts no comma between a month and a year alone, never puts an ordinal on a date or writes one in figures (3/4/2026), writes decades without an apostrophe (the 1990s, the ’80s), and lowercases the seasons (in the spring) unless they are part of a name (the Winter Olympics).',
  defaultSeverity: 'warning',
  fixable: true,
  check(paragraph) {
    const reports: Report[] = [...decadeApostrophes(paragraph), ...numericDates(paragraph), ...capitalisedSeasons(paragraph)];
    if (!/\b[A-S][a-y]{2}/.test(paragraph.prose)) return reports;
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

function decadeApostrophes(paragraph: Paragraph): Report[] {
  if (!/\d0['’]s/.test(paragraph.prose)) return [];
  const reports: Report[] = [];
  for (const match of reporterMatches(paragraph, DECADE_APOSTROPHE)) {
    // "2020’s “Saint Cloud”" is the year's; "the 1990's" and "’80's" are decades.
    if (/^\d/.test(match[1]) && !DECADE_BEFORE.test(paragraph.prose.slice(Math.max(0, match.index - 12), match.index))) continue;
    const expected = `${match[1]}s`;
    reports.push(replacement(paragraph, match.index, match.index + match[0].length, expected, `Unexpected “${match[0]}”, expected “${expected}”: a decade takes no apostrophe before the s.`));
  }
  return reports;
}

/**
 * "3/4/2026" written out as AP dates it, "March 4, 2026": month first as in American copy, unless
 * the first figure cannot be a month. A two-digit year is flagged without a fix: its century is a guess.
 */
function numericDates(paragraph: Paragraph): Report[] {
  // A heading's date in figures is a page's stamp more often than a writer's slip.
  if (paragraph.kind === 'heading' || !paragraph.prose.includes('/')) return [];
  const reports: Report[] = [];
  for (const match of reporterMatches(paragraph, NUMERIC_DATE)) {
    const [written, first, second, year] = match;
    const [monthNumber, day] = Number(first) > 12 ? [Number(second), Number(first)] : [Number(first), Number(second)];
    const month = MONTHS[monthNumber - 1];
    if (!month || day < 1 || day > 31) continue;
    const start = match.index;
    const end = start + written.length;
    if (year.length === 2) {
      reports.push({ start: paragraph.start + start, end: paragraph.start + end, message: `Unexpected date in figures “${written}”: AP writes the month out, “${month.withDate} ${day}”, with the full year.` });
      continue;
    }
    const expected = `${month.withDate} ${day}, ${year}`;
    // Mid-sentence, the year is set off by a comma after it too: "on Jan. 29, 2025, killed".
    const closing = /^[ \t\u00a0]+[\p{L}\p{N}]/u.test(paragraph.prose.slice(end, end + 2)) ? ',' : '';
    reports.push(replacement(paragraph, start, end, expected + closing, `Unexpected date in figures “${written}”, expected “${expected}”.`));
  }
  return reports;
}

function capitalisedSeasons(paragraph: Paragraph): Report[] {
  if (paragraph.kind === 'heading' || !/(?:Spring|Summer|Fall|Autumn|Winter)\b/.test(paragraph.prose)) return [];
  return reporterMatches(paragraph, CAPITALISED_SEASON).map((match) => {
    const expected = match[1].toLowerCase();
    return replacement(paragraph, match.index, match.index + match[1].length, expected, `Unexpected “${match[1]}”, expected “${expected}”: AP lowercases the seasons.`);
  });
}
