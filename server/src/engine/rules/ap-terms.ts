import { AP_TERMS } from '../data/ap-terms';
import type { ParagraphRule, Report } from '../rule';
import { matchCase } from '../text/case';
import { replacement } from '../text/replacement';
import { reporterMatches } from '../text/reporter-voice';

const TERMS = AP_TERMS.map((term) => ({ ...term, regex: new RegExp(term.pattern, 'gi') }));
/** One pass finds whether a paragraph holds any term: most hold none. */
const ANY = new RegExp(AP_TERMS.map((term) => term.pattern).join('|'), 'i');

export const apTerms: ParagraphRule = {
  id: 'ap-terms',
  scope: 'paragraph',
  description: 'Terms AP asks reporters to avoid: “committed suicide”, “pro-life”, “illegal immigrant”, “wheelchair-bound”, “Third World”, “addict”; and its spellings: email, website, cellphone, OK, adviser, Kyiv; “should have”, not “should of”.',
  why: 'The AP Stylebook replaces words that judge or label people with neutral descriptions: “died by suicide”, “anti-abortion” and “abortion-rights”, “living in the country illegally”, “uses a wheelchair”, “developing nations”, “a person with an addiction”. It also fixes the spelling of everyday words (“email”, not “e-mail”; “OK”, not “okay”). A swap is offered where it keeps the sentence whole; the others need rewording.',
  defaultSeverity: 'warning',
  fixable: true,
  check(paragraph) {
    if (paragraph.kind === 'heading' || !ANY.test(paragraph.prose)) return [];
    const reports: Report[] = [];
    for (const term of TERMS) {
      for (const match of reporterMatches(paragraph, term.regex)) {
        const written = match[0];
        if (term.lowercaseOnly && written !== written.toLowerCase()) continue;
        const message = `Unexpected “${written}”: ${term.message}`;
        const swap = term.replace?.[written.toLowerCase()];
        const start = match.index;
        reports.push(swap ? replacement(paragraph, start, start + written.length, matchCase(written, swap), message) : { start: paragraph.start + start, end: paragraph.start + start + written.length, message });
      }
    }
    return reports;
  },
};
