import { isGivenName } from '../text/given-name';
import { STATES } from '../data/states';
import { hasProse, isCaption } from '../claims/voice';
import type { Paragraph } from '../model/article';
import type { ParagraphRule, Report } from '../rule';
import { periodClosesSentence } from '../text/closes-sentence';
import { replacement } from '../text/replacement';
import { reporterMatches } from '../text/reporter-voice';

const NAME_BY_FORM = new Map<string, string>();
/** How a dateline writes each state its postal code names: AP's abbreviation, or the name where AP has none ("HOUSTON, Texas"). */
const DATELINE_FORM = new Map<string, string>();
for (const { name, ap, postal, notAp } of STATES) {
  if (ap) NAME_BY_FORM.set(ap, name);
  NAME_BY_FORM.set(postal, name);
  DATELINE_FORM.set(postal, ap && !notAp ? ap : name);
}
const escape = (text: string) => text.replace(/\./g, '\\.');
const AP_FORMS = STATES.flatMap(({ ap }) => (ap ? [escape(ap)] : [])).join('|');
const POSTAL_FORMS = STATES.map(({ postal }) => postal).join('|');

/**
 * A state abbreviated after a capitalized place and a comma ("Santa Clarita, Calif.", "Reno, NV,");
 * not in a party affiliation ("D-Calif."). A postal code must end its clause, as a state does: that
 * leaves out a full address ("Reno, NV 89501") and capitals that are words ("Ruiz, ME and all").
 */
const STATE_AFTER_PLACE = new RegExp(`(?<=\\p{Lu}[\\p{L}.'’-]*,[ \\t\\u00a0])(?:(${AP_FORMS})|(${POSTAL_FORMS})(?=[,.;:!?)]|\\s*$))`, 'gu');
/**
 * An old AP abbreviation standing alone, after a word that puts a place next: "in Calif.", "including
 * Calif. and Fla.". "Miss.", "Mass.", "Ind." and "Del." are also a title, a church service ("went to
 * Mass."), "independent" and a name, so they are left out.
 */
const ALONE_FORMS = STATES.flatMap(({ ap }) => (ap && !['Miss.', 'Mass.', 'Ind.', 'Del.'].includes(ap) ? [escape(ap)] : [])).join('|');
const STATE_ALONE = new RegExp(`(?<=\\b(?:in|from|of|to|across|including|and|or|near|outside|throughout|between|northern|southern|eastern|western|central|rural)[ \\t\\u00a0])(${ALONE_FORMS})(?![\\p{L}])`, 'gu');
/** A dateline's city, in capitals at the paragraph's start, and its comma: "SANTA CLARITA, ". */
const CITY_OF_DATELINE = String.raw`\s*\p{Lu}[\p{Lu} .'’-]*,[ \t\u00a0]`;
/** What comes before a dateline's state: "SANTA CLARITA, Calif. (AP) —". */
const DATELINE_CITY = new RegExp(`^${CITY_OF_DATELINE}$`, 'u');
/** A dateline with a postal code for its state: "TULSA, OK (AP) —", "RENO, NV —". */
const DATELINE_POSTAL = new RegExp(`^(${CITY_OF_DATELINE})(${POSTAL_FORMS})(?=[ \\t\\u00a0]*(?:\\(|[—–]|--?\\s))`, 'u');
/** A person's name before the comma: "Katie Allen, MD" is a doctor, not Maryland. */
const NAME_BEFORE = /(\p{Lu}[\p{Ll}'’-]+)[ \t\u00a0]+(?:\p{Lu}\.[ \t\u00a0]+)?\p{Lu}[\p{L}'’-]+,[ \t\u00a0]$/u;

export const apStates: ParagraphRule = {
  id: 'ap-states',
  scope: 'paragraph',
  description: 'State names spelled out in a story, after a city or alone: “Santa Clarita, California” and “in California”, not “Calif.” or “CA”.',
  why: 'Since 2014 AP spells out the names of the 50 states in stories, alone or after a city; the old abbreviations stay only in datelines, photo captions, lists and short party affiliations (“D-Calif.”), and postal codes only in full addresses with a ZIP code.',
  defaultSeverity: 'warning',
  fixable: true,
  check(paragraph) {
    // Headlines and captions keep their abbreviations; so does a paragraph of pictures.
    if (!hasProse(paragraph) || paragraph.kind === 'heading' || paragraph.images.length > 0 || isCaption(paragraph)) return [];
    const reports: Report[] = [];
    const dateline = DATELINE_POSTAL.exec(paragraph.prose);
    if (dateline) {
      const start = dateline[1].length;
      const expected = DATELINE_FORM.get(dateline[2])!;
      reports.push(replacement(paragraph, start, start + dateline[2].length, expected, `Unexpected “${dateline[2]}” in a dateline, expected “${expected}”: AP's form there.`));
    }
    for (const match of reporterMatches(paragraph, STATE_ALONE)) reports.push(spelledOut(paragraph, match, 'standing alone'));
    if (!/,[ \t\u00a0]\p{Lu}/u.test(paragraph.prose)) return reports;
    for (const match of reporterMatches(paragraph, STATE_AFTER_PLACE)) {
      const before = paragraph.prose.slice(Math.max(0, match.index - 60), match.index);
      if (DATELINE_CITY.test(paragraph.prose.slice(0, match.index))) continue;
      // Only a postal code can be a degree after a name ("MD"); "Ann Arbor, Mich." is a town, named like a person.
      const person = match[2] ? NAME_BEFORE.exec(before) : null;
      if (person && isGivenName(person[1])) continue;
      reports.push(spelledOut(paragraph, match, 'after a city'));
    }
    return reports;
  },
};

/** The state named in full where `match` abbreviates it. */
function spelledOut(paragraph: Paragraph, match: RegExpExecArray, where: string): Report {
  const written = match[0];
  const name = NAME_BY_FORM.get(written)!;
  const end = match.index + written.length;
  // "…, Calif." closing a sentence keeps the period that ended it.
  const expected = written.endsWith('.') && periodClosesSentence(paragraph.prose, end) ? `${name}.` : name;
  return replacement(paragraph, match.index, end, expected, `Unexpected “${written}” ${where}: AP spells out the state in a story, “${name}”.`);
}
