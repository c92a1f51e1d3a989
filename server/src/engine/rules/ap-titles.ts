import { isGivenName } from '../text/given-name';
import { ABBREVIATED_BEFORE_NAME, FORMAL_TITLES, OCCUPATIONS } from '../data/titles';
import type { ParagraphRule, Report } from '../rule';
import { startsSentence } from '../text/sentence-start';
import { replacement } from '../text/replacement';
import { reporterMatches } from '../text/reporter-voice';

const SPACE = '[ \\u00a0]';
const NAME_WORD = `\\p{Lu}[\\p{L}’'-]{0,40}\\p{Ll}`;
/** A full name follows: two capitalised words. */
const BEFORE_FULL_NAME = `(?=${SPACE}+${NAME_WORD}${SPACE}+${NAME_WORD})`;

/** The given name right after a title, which shows the title is a person's ("General Mark", not "General Motors"). */
function givenNameAfter(prose: string, index: number): boolean {
  return isGivenName(/^[ \u00a0]+(\S+)/.exec(prose.slice(index, index + 30))?.[1] ?? '');
}

const titleCase = (title: string) => title.replace(/(^|[ -])(\p{Ll})/gu, (_, lead: string, letter: string) => lead + letter.toUpperCase()).replace(/ Of /g, ' of ');
const alternation = (titles: readonly string[]) => [...titles].sort((a, b) => b.length - a.length).map((title) => title.replace(/ /g, SPACE)).join('|');

/** "president Joe Biden": a formal title in lowercase right before a full name. */
const LOWERCASE_FORMAL = new RegExp(`(?<![\\p{L}’'-])(?:${alternation(FORMAL_TITLES)})${BEFORE_FULL_NAME}`, 'gu');
/**
 * "the President said", "a former U.S. Senator from Ohio", "was elected Mayor in 1983", "served as
 * Governor": a capitalised formal title standing alone after an article or as the office held. The leading
 * `(?=\\p{Lu})` is what every title starts with anyway; it keeps the look-behind from rescanning
 * long runs of spaces at every position (quadratic on a line of spaces).
 */
const CAPITALISED_ALONE = new RegExp(`(?=\\p{Lu})(?<=\\b(?:[Tt]he|[Aa]n?|elected|reelected|re-elected|appointed|named|[Aa]s)${SPACE}+(?:(?:former|late|then)${SPACE}+)?(?:U\\.S\\.${SPACE}+)?)(?:${alternation(FORMAL_TITLES.map(titleCase))})(?![\\p{L}-])(?!(?:[’']s)?${SPACE}+\\p{Lu})`, 'gu');
/** "Governor Greg Abbott": a title AP abbreviates before a full name, spelled out. */
const SPELLED_OUT_TITLE = new RegExp(`(?<![\\p{L}’'.-])(?:${alternation(Object.keys(ABBREVIATED_BEFORE_NAME).map(titleCase))})${BEFORE_FULL_NAME}`, 'gu');
/** What qualifies an occupation, capitalised with it: "Head Coach", "Assistant Coach", "Senior Editor". */
const OCCUPATION_QUALIFIER = `(?:(?:Head|Assistant|Associate|Interim|Offensive|Defensive|Senior)${SPACE}+){0,2}`;
/** "Spokesman John Kirby", "Head Coach Rick Ellison": an occupation capitalised before a name. */
const CAPITALISED_OCCUPATION = new RegExp(`(?<![\\p{L}’'-])${OCCUPATION_QUALIFIER}(?:${alternation(OCCUPATIONS.map(titleCase))})${BEFORE_FULL_NAME}`, 'gu');

/**
 * Words before a lowercase title that leave it a title before a name ("former president Barack
 * Obama"). Anything else ("the company's president", "club president") may be a description.
 */
const TITLE_MAY_FOLLOW = /(?:^|[\s“"(])(?:former|then|acting|interim|late|outgoing|incoming|with|by|and|or|said|says|told|wrote|writes|to|from|when|after|before|while|but|that|met|meets|called|thanked|joined|visited|urged|asked|invited|praised|criticized|blamed|[,;:—–])[ \u00a0]*$/;

/** "U.S. Attorney", "District Attorney", "State’s Attorney": an elected or appointed office, capitalised before a name. */
const PUBLIC_OFFICE_BEFORE = /(?:U\.S\.|District|State['’]s|County|City|Commonwealth['’]s|Prosecuting|Circuit)[ \u00a0]+$/;

/**
 * The first word of an office whose last word looks like a title AP abbreviates: "Attorney
 * General Ken Paxton" and "U.S. Trade Representative Katherine Tai" are not Gen. and Rep.
 */
const OFFICE_ENDING_IN_TITLE = /(?:Attorney|Solicitor|Inspector|Surgeon|Postmaster|Secretary|Consul|Adjutant|Comptroller|Advocate|Trade|Special|Permanent|High)[ \u00a0-]+$/;

export const apTitles: ParagraphRule = {
  id: 'ap-titles',
  scope: 'paragraph',
  description: 'Formal titles capitalised before a name and lowercase alone (“President Joe Biden”, “the president”); occupations lowercase.',
  why: 'AP capitalises a formal title only directly before a name; after the name, or alone, it is lowercase, and so is a job description such as “spokesman” or “coach” even before a name.',
  defaultSeverity: 'warning',
  fixable: true,
  check(paragraph) {
    // Headlines and subheads have their own capitalisation.
    if (paragraph.kind === 'heading') return [];
    const prose = paragraph.prose;
    const reports: Report[] = [];
    for (const match of reporterMatches(paragraph, LOWERCASE_FORMAL)) {
      const before = prose.slice(Math.max(0, match.index - 12), match.index);
      if (!startsSentence(prose, match.index) && !TITLE_MAY_FOLLOW.test(before)) continue;
      const expected = ABBREVIATED_BEFORE_NAME[match[0].replace(/\s+/g, ' ')] ?? titleCase(match[0]);
      reports.push(replacement(paragraph, match.index, match.index + match[0].length, expected, `Unexpected lowercase “${match[0]}” before a name, expected “${expected}”.`));
    }
    for (const match of reporterMatches(paragraph, SPELLED_OUT_TITLE)) {
      if (!givenNameAfter(prose, match.index + match[0].length)) continue;
      if (OFFICE_ENDING_IN_TITLE.test(prose.slice(Math.max(0, match.index - 16), match.index))) continue;
      const expected = ABBREVIATED_BEFORE_NAME[match[0].replace(/\s+/g, ' ').toLowerCase()];
      reports.push(replacement(paragraph, match.index, match.index + match[0].length, expected, `Unexpected “${match[0]}” before a full name, expected “${expected}”.`));
    }
    for (const match of reporterMatches(paragraph, CAPITALISED_ALONE)) {
      const expected = match[0].toLowerCase();
      reports.push(replacement(paragraph, match.index, match.index + match[0].length, expected, `Unexpected “${match[0]}” without a name, expected “${expected}”.`));
    }
    for (const match of reporterMatches(paragraph, CAPITALISED_OCCUPATION)) {
      // Only before a person's name: "Coach Outlet Store" is a shop, "Coach Bill Belichick" a coach.
      if (startsSentence(prose, match.index) || !givenNameAfter(prose, match.index + match[0].length)) continue;
      if (PUBLIC_OFFICE_BEFORE.test(prose.slice(Math.max(0, match.index - 20), match.index))) continue;
      const expected = match[0].toLowerCase();
      reports.push(replacement(paragraph, match.index, match.index + match[0].length, expected, `Unexpected “${match[0]}”: an occupation is lowercase, expected “${expected}”.`));
    }
    return reports;
  },
};
