import { sentenceAt } from '../claims/voice';
import { punctuationStyleOf } from '../quotes/punctuation-style';
import type { ParagraphRule, Report } from '../rule';
import { replacement } from '../text/replacement';
import { reporterMatches } from '../text/reporter-voice';

const SPACE = '[ \\t\\u00a0]';
const TIME = `(?<![\\w.:$])(1[0-2]|0?[1-9])(?::([0-5]\\d))?${SPACE}?([ap])\\.?${SPACE}?m\\b\\.?`;

/**
 * A clock time with a meridiem in any spelling: "3pm", "3 PM", "3:00 p.m.", "11:30 A.M.".
 * A final period goes with the meridiem: a sentence ending in "p.m." has one period (AP).
 */
const CLOCK_TIME = new RegExp(TIME, 'gi');

/** A time followed by words repeating its part of the day: "10 a.m. this morning", "9 p.m. tonight". */
const REDUNDANT = new RegExp(`${TIME}(${SPACE}+(?:(?:this|in the)${SPACE}+(morning|afternoon|evening|night)|tonight))\\b`, 'gi');

/** A time, its weekday, then the part of the day again: "3 p.m. Tuesday afternoon" (captured: the part of the day, with its space). */
const WEEKDAY_PART = new RegExp(`${TIME}${SPACE}+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(${SPACE}+(morning|afternoon|evening|night))\\b`, 'gi');

/** "12 noon", "12:00 midnight": AP puts no 12 before noon or midnight. */
const TWELVE_BEFORE_WORD = new RegExp(`(?<![\\w.:$])12(?::00)?${SPACE}+(?=(?:noon|midnight)\\b)`, 'gi');

/**
 * A date before its time: "Nov. 14 at 6 p.m.", "on March 3 at noon". AP's order is time, date,
 * place: "at 6 p.m. Nov. 14". Only times already in AP form, so the fixes never overlap.
 */
const DATE_BEFORE_TIME = new RegExp(
  `(?<![\\w.])(?:on${SPACE}+)?((?:Jan\\.|Feb\\.|March|April|May|June|July|Aug\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.)${SPACE}\\d{1,2})${SPACE}+at${SPACE}+((?:1[0-2]|[1-9])(?::(?!00)[0-5]\\d)?${SPACE}[ap]\\.m\\.|noon|midnight)(?![\\w-])`,
  'g',
);

/**
 * A clock time with no a.m. or p.m.: "at 3:30 on a school day". AP always gives one; the writer
 * knows which. Not a score, a verse or a race time: only after "at", "by", "until" or "before".
 */
const NO_MERIDIEM = new RegExp(`(?<=\\b(?:[Aa]t|[Bb]y|[Uu]ntil|[Bb]efore|[Aa]fter|[Ff]rom)${SPACE}+)(?:1[0-2]|0?[1-9]):[0-5]\\d(?![\\d:])(?!\\s*(?:[ap]\\.?${SPACE}?m\\b|[AP]\\.?${SPACE}?M\\b|o['’]clock|hours?\\b|noon\\b|midnight\\b|(?:[ap]m|AM|PM)\\b|${SPACE}*-|${SPACE}+(?:to|and)${SPACE}+\\d))`, 'g');

/** A time with its a.m. or p.m., earlier in the sentence. */
const MERIDIEM_BEFORE = /\d[ \t\u00a0]?(?:[ap]\.m\.|[ap]m\b|[AP]M\b)/;

/** After "noon" or "midnight", a swallowed period is put back when it also ended the sentence. */
const SENTENCE_ENDED = /^(?:\s*$|\s*\n|[ \t\u00a0]+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[A-Z]{2,4}\b))[A-Z“"])/;

function apClockTime(hour: string, minutes: string | undefined, meridiem: string): string {
  const morning = meridiem.toLowerCase() === 'a';
  const onTheHour = !minutes || minutes === '00';
  if (Number(hour) === 12 && onTheHour) return morning ? 'midnight' : 'noon';
  return `${Number(hour)}${onTheHour ? '' : `:${minutes}`} ${morning ? 'a.m.' : 'p.m.'}`;
}

export const apTime: ParagraphRule = {
  id: 'ap-time',
  scope: 'paragraph',
  description: 'Times in AP style: “3 p.m.”, “10:30 a.m.”, “noon”, “midnight”; no “10 a.m. this morning”, no “at 3:30” without a.m. or p.m.; the time before the date (“at 6 p.m. Nov. 14”).',
  why: 'AP writes lowercase a.m. and p.m. with periods, drops “:00”, says noon and midnight instead of an ambiguous 12, cuts words that repeat the time of day, and gives time, date and place in that order.',
  defaultSeverity: 'warning',
  fixable: true,
  // British copy writes "10am" and "10.30am" as house style.
  contextKey: ({ article, options }) => punctuationStyleOf(article, options),
  check(paragraph, _context, style) {
    const reports: Report[] = [];
    if (/\d:[0-5]\d/.test(paragraph.prose)) {
      for (const match of reporterMatches(paragraph, NO_MERIDIEM)) {
        // "at 4:45 a.m. …, and by 5:15 he is on the road": the sentence has said which half of the day.
        const sentence = sentenceAt(paragraph, match.index);
        if (sentence && MERIDIEM_BEFORE.test(paragraph.prose.slice(sentence.start, match.index))) continue;
        reports.push({ start: paragraph.start + match.index, end: paragraph.start + match.index + match[0].length, message: `Clock time “${match[0]}” without a.m. or p.m.: AP gives one (“${match[0]} a.m.” or “${match[0]} p.m.”).` });
      }
    }
    if (!/\d[ \t\u00a0]?(?:[ap]\.?[ \t\u00a0]?m|noon|midnight)/i.test(paragraph.prose)) return reports;
    for (const match of reporterMatches(paragraph, CLOCK_TIME)) {
      const [written, hour, minutes, meridiem] = match;
      // "5 am" without dots is as often the verb ("the 5 am I know") as the time; leave it.
      if (/[ \t\u00a0]am$/.test(written) && !minutes) continue;
      if (style === 'british' && !/[ap]\./i.test(written)) continue;
      const end = match.index + written.length;
      let expected = apClockTime(hour, minutes, meridiem);
      if (!expected.endsWith('.') && written.endsWith('.') && SENTENCE_ENDED.test(paragraph.prose.slice(end, end + 12))) expected += '.';
      if (expected === written) continue;
      reports.push(replacement(paragraph, match.index, end, expected, `Unexpected “${written}”, expected “${expected}”.`));
    }
    for (const match of reporterMatches(paragraph, TWELVE_BEFORE_WORD)) {
      reports.push(replacement(paragraph, match.index, match.index + match[0].length, '', `Unexpected “${match[0].trim()}” before noon or midnight: delete it.`));
    }
    for (const match of reporterMatches(paragraph, REDUNDANT)) {
      const [whole, hour, minutes, meridiem, phrase, partOfDay] = match;
      const morning = meridiem.toLowerCase() === 'a';
      // "9 a.m. tonight" contradicts itself rather than repeating: that is for the writer to sort out.
      if (morning !== (partOfDay?.toLowerCase() === 'morning')) continue;
      const start = match.index + whole.length - phrase.length;
      let end = start + phrase.length;
      // "at 9 p.m. tonight." loses its period with the phrase: the sentence ends on "p.m." (AP).
      if (paragraph.prose[end] === '.' && apClockTime(hour, minutes, meridiem).endsWith('.')) end++;
      const report = replacement(paragraph, start, end, '', `Redundant “${phrase.trim()}” after a clock time: delete it.`);
      reports.push({ ...report, end: paragraph.start + start + phrase.length });
    }
    for (const match of reporterMatches(paragraph, WEEKDAY_PART)) {
      const [whole, , , meridiem, phrase, partOfDay] = match;
      if ((meridiem.toLowerCase() === 'a') !== (partOfDay.toLowerCase() === 'morning')) continue;
      const start = match.index + whole.length - phrase.length;
      reports.push(replacement(paragraph, start, start + phrase.length, '', `Redundant “${partOfDay}” after a clock time: delete it.`));
    }
    for (const match of reporterMatches(paragraph, DATE_BEFORE_TIME)) {
      const [written, date, time] = match;
      const end = match.index + written.length;
      // "… Nov. 14 at 6 p.m." ending its sentence: the period of "p.m." ends it, and goes after the date.
      const ended = time.endsWith('.') && SENTENCE_ENDED.test(paragraph.prose.slice(end, end + 12));
      const expected = `at ${time} ${date}${ended ? '.' : ''}`;
      reports.push(replacement(paragraph, match.index, end, expected, `Unexpected “${written}”, expected “${expected}”: AP gives the time, then the date, then the place.`));
    }
    return reports;
  },
};
