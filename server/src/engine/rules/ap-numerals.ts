import { FIGURE_LABELS, FIGURE_UNITS, ONES, ORDINALS, STREET_WORDS, TEENS, TENS } from '../data/numbers';
import { MONTHS } from '../data/months';
import type { Paragraph } from '../model/article';
import type { ParagraphRule, Report } from '../rule';
import { numberInWords, valueOfWords } from '../text/number-words';
import { isRecipe } from '../model/recipes';
import { isLabelledAnswer } from '../quotes/paragraph';
import { startsSentence } from '../text/sentence-start';
import { capitalize } from '../text/case';
import { replacement } from '../text/replacement';
import { execAll } from '../text/exec-all';
import { reporterMatches } from '../text/reporter-voice';
import { numberFormReports } from './ap-number-forms';

const UNITS = new Set(FIGURE_UNITS);
const STREETS = new Set(STREET_WORDS);
const LABELS = new Set(FIGURE_LABELS);
const MONTH_WORDS = new Set(MONTHS.flatMap((month) => [month.name, month.withDate, ...month.otherShortForms]).map((word) => word.toLowerCase().replace(/\.$/, '')));
const isMonth = (word: string) => MONTH_WORDS.has(word.toLowerCase().replace(/[.,]+$/, ''));

/** A lone figure: not part of a decimal, fraction, time, score, range, money or a word like "4K". */
const FIGURE = /(?<![\w.,:/$€£¥#+\-–—’'])(\d+(?:,\d{3})*)(?![\w%¼½¾⅓⅔⅛]|[.,:/]\d|[-–—]\S|[ \t\u00a0]?%|[ \t\u00a0\r\n]\d+\/\d)/g;

/** An ordinal under 10 written as a figure: "the 4th time". */
const SMALL_ORDINAL = /(?<![\w.,:/$#\-–])([1-9])(st|nd|rd|th)\b(?!-)/g;

/** A spelled-out number from ten up, lowercase (a capital is a sentence start or a name). */
const ONES_WORDS = ONES.slice(1).join('|');
const TEN_TO_NINETY_NINE = `(?:${[...TEENS, ...TENS.filter(Boolean)].join('|')})(?:-(?:${ONES_WORDS}))?`;
const SPELLED = new RegExp(`(?<![\\p{L}’'-])${TEN_TO_NINETY_NINE}(?![\\p{L}\\p{N}]|-\\p{L})`, 'gu');

/** What makes a number an age: "-year-old", " months old". */
const AGE_SUFFIX = String.raw`(?:-(?:year|month)s?-old\b|[ \t\u00a0](?:years?|months?)[ \t\u00a0]old\b)`;
/** An age spelled out, lowercase: "a five-year-old son", "twenty-two years old". AP gives ages in figures. */
const SPELLED_AGE = new RegExp(`(?<![\\p{L}’'-])(?:${TEN_TO_NINETY_NINE}|${ONES_WORDS})(?=${AGE_SUFFIX})`, 'gu');
const AGE_AFTER = new RegExp(`^${AGE_SUFFIX}`);

/** A vote's tally written out: "voted 5 to 4", "by a vote of 7 to 2", "a 6 to 3 vote". */
const VOTE_TALLY = /(?<=\bvot(?:ed|es|e of|e was|ing)[ \t\u00a0]{1,3})(\d+) to (\d+)\b|\b(\d+) to (\d+)(?=[ \t\u00a0]{1,3}(?:vote|decision|ruling)\b)/g;
/**
 * A chamber's, board's or court's tally after what it did: "passed 52 to 48", "approved the measure
 * 7 to 2", "ruled 2 to 1". The winning side comes first, which tells a tally from a range ("approved 5 to 10 new hires").
 */
const PASSED_BY = /(?<=\b(?:passed|approved|rejected|adopted|confirmed|cleared|defeated|overrode|upheld|struck down|ruled|decided|sided)(?:[ \t\u00a0]+(?:the|a|an|his|her|its|their)[ \t\u00a0]+[\w-]+)?[ \t\u00a0]{1,3})(\d+) to (\d+)\b(?![ \t\u00a0]*(?:%|percent\b))/gu;

const AGE = /^[ \t\u00a0]+(?:years?|months?)[ \t\u00a0-]+old\b/;
/** A time of day without a.m. or p.m.: "by 3 this morning", "at 5 in the afternoon", "about 9 tonight". */
const TIME_OF_DAY = /^[ \t\u00a0]+(?:(?:this|that|tomorrow|yesterday|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)[ \t\u00a0]+(?:morning|afternoon|evening|night)|in[ \t\u00a0]+the[ \t\u00a0]+(?:morning|afternoon|evening)|at[ \t\u00a0]+night|tonight)\b/;
/** An area or a volume, its unit after it: "9 square miles", "2 cubic yards". */
const SQUARE_OR_CUBIC = /^[ \t\u00a0]+(?:square|cubic)[ \t\u00a0]+(\p{L}+)/u;
/** A rate: "8 cases per 100,000 live births", "3 per 1,000", "2 deaths per million". */
const RATE = /^(?:[ \t\u00a0]+[\p{L}-]+){0,2}[ \t\u00a0]+per[ \t\u00a0]+(?:\d|capita\b|thousand\b|million\b|hundred\b)/u;
/** A game's clock: "with 8 seconds left", "2 minutes to play". A duration otherwise is spelled out under 10 ("two hours"). */
const GAME_CLOCK = /^[ \t\u00a0]+(?:seconds?|minutes?)[ \t\u00a0]+(?:left|remaining|to play|to go)\b/;
/**
 * A time in two units, as races, flights and waits are timed: "4 hours, 41 minutes", "2 hours and
 * 38 minutes", "1 minute, 30 seconds". One measurement, all in figures.
 */
const TWO_UNIT_TIME_AFTER = /^[ \t\u00a0]+(?:hours?|minutes?)[ \t\u00a0]*(?:,|and)[ \t\u00a0]*(?:and[ \t\u00a0]+)?\d+[ \t\u00a0]+(?:minutes?|seconds?)\b/;
const TWO_UNIT_TIME_BEFORE = /\d[ \t\u00a0]+(?:hours?|minutes?)[ \t\u00a0]*(?:,|and)[ \t\u00a0]*(?:and[ \t\u00a0]+)?$/;
/** Ordinals naming political and court divisions, as a list may run them: "the 1st, 5th and 6th districts". */
const DIVISIONS_AFTER = /^(?:(?:,|,?[ \t\u00a0]+(?:and|or))[ \t\u00a0]+\d+(?:st|nd|rd|th))*[ \t\u00a0]+(?:(?:congressional|legislative|council|senate|house|assembly|judicial|supervisorial)[ \t\u00a0]+)?(?:districts?|wards?|precincts?|circuits?|divisions?)\b/i;

/** A yard line, as football copy gives it: "scored from the 1 with 6:21 left", "stopped at their own 4." */
const YARD_LINE_BEFORE = /\b(?:from|at|to|inside|reached|near|on)[ \t\u00a0]+(?:the|their|his|its)[ \t\u00a0]+(?:own[ \t\u00a0]+)?$/;
const YARD_LINE_AFTER = /^(?:[ \t\u00a0]+(?:with|and|before|after|on|in|late|early)\b|[ \t\u00a0]*[,.;)]|-yard)/;

/** What follows an age or an hour after "at": a clause or a phrase, never the noun a count would take ("at 3 sites"). */
const AGE_OR_HOUR_AFTER = /^(?:[,.;:)!?]|[ \t\u00a0]+(?:on|in|and|or|but|when|with|to|for|she|he|they|I|we|the|a|an|her|his|their|that|this|o['’]clock|sharp)\b|$)/;

/** A percentage in British spelling: "8 per cent". */
const PER_CENT = /^[ \t\u00a0]+per[ \t\u00a0]+cent\b/;
/** An age bracket: "children under 5", "ages 3 to 5", "kids older than 6". */
const AGE_BEFORE = /\b(?:(?:children|kids|babies|infants|toddlers|students|boys|girls|ages?|aged|anyone|those|people)[ \t\u00a0]+(?:(?:under|over|younger than|older than|between|from)[ \t\u00a0]+)?|(?:younger|older) than[ \t\u00a0]+)$/i;
/** An age after the verb ("she was 4 when…", "since he was 9.", "She’s 7."): a figure, as AP writes ages. */
const AGE_AFTER_VERB_BEFORE = /\b(?:was|is|were|turned|turns|turning|[Ss]he['’]s|[Hh]e['’]s)[ \t\u00a0]+$/;
const AGE_AFTER_VERB_AFTER = /^(?:[ \t\u00a0]+(?:when|and|at the time)\b|[.,;:!?)—–]|$)/;
/** A data line, as "By the numbers" boxes run: "146: cases in Texas", "9 — counties". */
const DATA_LINE = /^[ \t\u00a0]*(?::|[—–][ \t\u00a0])/;
/** A range or a ratio: "5 to 10", "7 of 11", "1 in 5", a shooting line "9 for 9". */
const RANGE_AFTER = /^(?:[ \t\u00a0]*[-–—][ \t\u00a0]*|[ \t\u00a0]+(?:to|and|or|of|out of|in|for|through)[ \t\u00a0]+)\$?\d/;
const RANGE_BEFORE = /\d[ \t\u00a0]*(?:[-–—]|[ \t\u00a0](?:to|and|or|of|out of|in|for|through))[ \t\u00a0]*$/;

// A line break inside a paragraph is a wrapped line's space: "by 6\na.m." in hard-wrapped copy.
function wordBefore(prose: string, index: number): string {
  return /(\S+)[ \t\u00a0\r\n]+$/.exec(prose.slice(Math.max(0, index - 30), index))?.[1] ?? '';
}

function wordAfter(prose: string, index: number): string {
  return /^[ \t\u00a0\r\n]+([^\s,;:!?)”"]+)/.exec(prose.slice(index, index + 30))?.[1] ?? '';
}

/**
 * The lines of figures, as box scores and agate run them: "Robinson 3-7 0-0 9, Jovic 2-5 0-0 5",
 * "Assists—Miami 24 (Butler 7)". Figures make up much of their words, and AP sets them all as
 * figures. Found once per paragraph, as `[start, end)` ranges.
 */
function agateLines(prose: string): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  for (const line of execAll(/[^\n]+/g, prose)) {
    const words = line[0].split(/\s+/).filter(Boolean);
    const figures = words.filter((word) => /^\(?:?\d[\d.,:-]*\)?[,;.]?$/.test(word)).length;
    // A scoring summary names the team before a dash: "CS—Harlan 1 run (Haugen kick), 6:21."
    const scoring = figures >= 2 && SCORING_ENTRY.test(line[0]);
    if (scoring || (figures >= 4 && figures * 3 >= words.length)) lines.push([line.index, line.index + line[0].length]);
  }
  return lines;
}

/** A scoring summary's entry: a team's abbreviation and a dash, then the scorer. */
const SCORING_ENTRY = /(?:^|[:.]\s+)\p{Lu}{1,5}[—–]\p{Lu}/u;

/** A list item of a few words, as ingredient lists and "By the numbers" boxes run: "- 2 large eggs". */
const FRAGMENT_WORDS = 8;

/** A basketball 3: "hit a 3", "a corner 3", "another 3 from the wing", "Okafor's 3 from the left wing". */
const THREE_BEFORE = /^(?:a|another|corner|deep|open|contested|step-back|go-ahead|tying|game-tying|late|his|her|their|\p{L}[\p{L}-]*['’]s?)$/iu;
const THREE_AFTER = /^(?:|from|with|to|and|in|at|as|off|over|for|before|after|that|late|early)$/i;

/** Whether a figure under 10 is rightly a figure here: one of AP's exceptions. */
function figureException(paragraph: Paragraph, start: number, end: number): boolean {
  const prose = paragraph.prose;
  const before = wordBefore(prose, start);
  const after = wordAfter(prose, end).toLowerCase();
  if (LABELS.has(before.toLowerCase()) || isMonth(before) || isMonth(after) || UNITS.has(after) || UNITS.has(after.replace(/\.$/, ''))) return true;
  // "iPhone 4", "Route 9", "Lupita, 5, …": a capitalised word or a name's comma before it.
  if (/^\p{Lu}|^\p{Ll}+\p{Lu}/u.test(before) && !/[;:]$/.test(before) && !startsSentence(prose, start - before.length - 1)) return true;
  // An age set off after a name or a noun: "Lupita, 5, …", "twin girls, 3."
  if (/,$/.test(before) && /^[,.;)]/.test(prose.slice(end))) return true;
  if (prose.slice(start, end) === '3' && THREE_BEFORE.test(before) && THREE_AFTER.test(wordAfter(prose, end).replace(/[.]$/, ''))) return true;
  // An identifier in parentheses: a statute's "Section 235(b)(1)", a list's "(2)".
  if (prose[start - 1] === '(' && prose[end] === ')') return true;
  // Feet and inches: 6'2", 5′ 11″, a 12" record; degrees: 5°F, 3 °C.
  if (/^(?:['’′"”″]| ?°)/.test(prose.slice(end))) return true;
  if (AGE.test(prose.slice(end, end + 20)) || RANGE_AFTER.test(prose.slice(end, end + 12)) || TIME_OF_DAY.test(prose.slice(end, end + 24))) return true;
  const squared = SQUARE_OR_CUBIC.exec(prose.slice(end, end + 30));
  if ((squared && UNITS.has(squared[1].toLowerCase())) || PER_CENT.test(prose.slice(end, end + 12)) || RATE.test(prose.slice(end, end + 40)) || GAME_CLOCK.test(prose.slice(end, end + 24))) return true;
  if (RANGE_BEFORE.test(prose.slice(Math.max(0, start - 10), start))) return true;
  if (TWO_UNIT_TIME_AFTER.test(prose.slice(end, end + 30)) || TWO_UNIT_TIME_BEFORE.test(prose.slice(Math.max(0, start - 24), start))) return true;
  if (YARD_LINE_BEFORE.test(prose.slice(Math.max(0, start - 20), start)) && YARD_LINE_AFTER.test(prose.slice(end, end + 12))) return true;
  // A temperature below zero ("only minus 8"), and an age or an hour after "at" ("began playing at 7 on a fiddle").
  if (/\bminus[ \t\u00a0]+$/i.test(prose.slice(Math.max(0, start - 8), start))) return true;
  if (/\b(?:at|by|until)[ \t\u00a0]+$/i.test(prose.slice(Math.max(0, start - 8), start)) && AGE_OR_HOUR_AFTER.test(prose.slice(end, end + 12))) return true;
  if (AGE_BEFORE.test(prose.slice(Math.max(0, start - 30), start))) return true;
  if (AGE_AFTER_VERB_BEFORE.test(prose.slice(Math.max(0, start - 12), start)) && AGE_AFTER_VERB_AFTER.test(prose.slice(end, end + 12))) return true;
  // An address: "4 Privet Drive", "7 Downing St."
  const following = prose.slice(end, end + 40).split(/[ \t\u00a0]+/).slice(1, 4);
  const isStreet = (word: string) => STREETS.has(word.toLowerCase().replace(/[,;]$/, '')) || STREETS.has(word.toLowerCase().replace(/[.,;]+$/, ''));
  if (/^\p{Lu}/u.test(following[0] ?? '') && following.slice(1).some(isStreet)) return true;
  // A list's own numbering: "1. Finland" or "2) Norway" at the start of a line.
  return /(?:^|\n)[ \t]*$/.test(prose.slice(Math.max(0, start - 10), start)) && /^[.)]/.test(prose.slice(end));
}

function isYear(figure: string): boolean {
  return /^(?:1\d|20)\d\d$/.test(figure);
}

export const apNumerals: ParagraphRule = {
  id: 'ap-numerals',
  scope: 'paragraph',
  description: 'Numbers in AP style: one through nine spelled out, figures for 10 and up, no figure starting a sentence, vote tallies as 5-4, “$5 million”, not “$5 million dollars”, “5 million dollars” or “$5,000,000”, “$5” not “$5.00”, “a 6-year-old girl”, “1,000” with its comma.',
  why: 'AP spells out one through nine and uses figures from 10, except for ages, money, percentages, dimensions, dates, times, scores, addresses and identifiers like “No. 1”, and it never starts a sentence with a figure other than a year. It writes a tally with a hyphen (5-4), round millions with the word ($3.5 million), an age before a noun with hyphens (a 6-year-old girl; she is 6 years old) and figures from 1,000 with commas.',
  defaultSeverity: 'warning',
  fixable: true,
  // A recipe sets every amount and time in figures: whether the article is one is read over all its paragraphs.
  contextKey: ({ article }) => (isRecipe(article) ? 'recipe' : ''),
  check(paragraph, _context, kind) {
    // Headlines take figures for every number (AP), and start with them freely; tables set them all as figures.
    // A transcript's answers are the speaker's words verbatim ("SALAS: … by 3 this morning").
    if (paragraph.kind === 'heading' || paragraph.kind === 'table-row' || isLabelledAnswer(paragraph.prose)) return [];
    const prose = paragraph.prose;
    const reports: Report[] = [];
    // Found at the first figure: most paragraphs have none, and this runs on every keystroke.
    let agate: Array<[number, number]> | undefined;
    let agateLine = 0;
    const fragment = paragraph.kind === 'list-item' && prose.trim().split(/\s+/).length <= FRAGMENT_WORDS;
    // A recipe's small figures, in its steps as in its ingredients, stay figures.
    for (const match of kind === 'recipe' ? [] : reporterMatches(paragraph, FIGURE)) {
      const figure = match[1];
      const start = match.index;
      const end = start + figure.length;
      const value = Number(figure.replace(/,/g, ''));
      agate ??= agateLines(prose);
      // Figures come in order, so the agate lines are walked once.
      while (agateLine < agate.length && agate[agateLine][1] <= start) agateLine++;
      if (agateLine < agate.length && agate[agateLine][0] <= start) continue;
      if (startsSentence(prose, start)) {
        if (fragment) continue;
        const after = wordAfter(prose, end).toLowerCase();
        // Years, list numbers, data lines, "5 million" and day-first dates ("22 Dec. 2016") are left alone.
        if (isYear(figure) || /^[.)]/.test(prose.slice(end)) || DATA_LINE.test(prose.slice(end)) || UNITS.has(after) || isMonth(after)) continue;
        const words = numberInWords(value);
        const message = `A sentence does not start with a figure: ${words ? `expected “${capitalize(words)}”` : 'recast it'}.`;
        reports.push(words ? replacement(paragraph, start, end, capitalize(words), message) : { start: paragraph.start + start, end: paragraph.start + end, message });
        continue;
      }
      if (value < 1 || value > 9 || figureException(paragraph, start, end)) continue;
      reports.push(replacement(paragraph, start, end, ONES[value], `Unexpected figure “${figure}”, expected “${ONES[value]}”.`));
    }
    for (const match of reporterMatches(paragraph, SMALL_ORDINAL)) {
      const [written, digit, suffix] = match;
      const start = match.index;
      const after = wordAfter(prose, start + written.length);
      // "1st District", "5th Circuit", "March 2nd" (ap-dates): names and dates keep figures; not
      // an amendment, which AP spells out through the ninth ("First Amendment").
      const before = wordBefore(prose, start);
      const amendment = /^Amendments?\b/.test(after);
      // A capital before it is a name's ("Ward 3rd"), not a sentence's first word ("The 9th grade").
      const namedBefore = /^\p{Lu}/u.test(before) && !startsSentence(prose, start - before.length - 1);
      if (!amendment && (/^\p{Lu}/u.test(after) || LABELS.has(before.toLowerCase()) || isMonth(before) || namedBefore)) continue;
      if (DIVISIONS_AFTER.test(prose.slice(start + written.length, start + written.length + 80))) continue;
      // "the 4th of July" is a date (and a holiday's name), not a count.
      if (isMonth(/^\s+of\s+(\S+)/.exec(prose.slice(start + written.length, start + written.length + 20))?.[1] ?? '')) continue;
      // "4st" is a typo for the writer to see, not a rewrite to guess.
      if (suffix.toLowerCase() !== (['st', 'nd', 'rd'][Number(digit) - 1] ?? 'th')) continue;
      const words = ORDINALS[Number(digit)];
      const expected = startsSentence(prose, start) || amendment ? capitalize(words) : words;
      reports.push(replacement(paragraph, start, start + written.length, expected, `Unexpected “${written}”, expected “${expected}”.`));
    }
    for (const match of reporterMatches(paragraph, SPELLED_AGE)) {
      const written = match[0];
      const value = valueOfWords(written);
      if (value === undefined || startsSentence(prose, match.index)) continue;
      reports.push(replacement(paragraph, match.index, match.index + written.length, String(value), `Unexpected “${written}” in an age, expected “${value}”: AP gives ages in figures.`));
    }
    for (const match of reporterMatches(paragraph, SPELLED)) {
      const written = match[0];
      const value = valueOfWords(written);
      if (value === undefined || startsSentence(prose, match.index)) continue;
      // An age is SPELLED_AGE's.
      if (AGE_AFTER.test(prose.slice(match.index + written.length, match.index + written.length + 16))) continue;
      // "twenty percent" is ap-percent's, which rewrites the whole phrase.
      if (/^(?:percent|per)$/i.test(wordAfter(prose, match.index + written.length))) continue;
      reports.push(replacement(paragraph, match.index, match.index + written.length, String(value), `Unexpected “${written}”, expected “${value}”.`));
    }
    for (const match of [...reporterMatches(paragraph, VOTE_TALLY), ...reporterMatches(paragraph, PASSED_BY).filter((tally) => Number(tally[1]) > Number(tally[2]))]) {
      const tally = `${match[1] ?? match[3]}-${match[2] ?? match[4]}`;
      reports.push(replacement(paragraph, match.index, match.index + match[0].length, tally, `Vote tally “${match[0]}”: AP writes “${tally}”.`));
    }
    reports.push(...numberFormReports(paragraph));
    return reports;
  },
};
