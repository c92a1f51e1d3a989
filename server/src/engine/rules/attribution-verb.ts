import { DOCUMENT_NOUNS } from '../data/speech-verbs';
import { LOADED_VERBS, SAY } from '../data/loaded-verbs';
import { quotationsOf, type Quotation } from '../quotes/model';
import type { ArticleRule, Report } from '../rule';

const NEUTRAL = new Map<string, string>();
for (const forms of LOADED_VERBS) forms.forEach((form, index) => NEUTRAL.set(form, SAY[index]));
const documents = new Set(DOCUMENT_NOUNS);

/**
 * Whether a quotation is plainly its attribution verb's object: a full quote, or a partial of some
 * length, attributed in its sentence. `language-loaded` leaves these verbs to this rule.
 */
export function isVerbsObject({ kind, text }: Pick<Quotation, 'kind' | 'text'>, where: string | undefined): boolean {
  if (where !== 'sentence') return false;
  return kind === 'speech' || (kind === 'partial' && text.split(/\s+/).length >= 4);
}

export const attributionVerb: ArticleRule = {
  id: 'attribution-verb',
  scope: 'article',
  description: 'Loaded attribution verbs (claimed, admitted, insisted, stated) where “said” is neutral.',
  why: 'AP: “said” is almost always the right verb for a quote. “Claimed” casts doubt, “admitted” implies guilt, “insisted” implies resistance, “stated” is stilted, and no one laughs a sentence; they judge the speaker for the reader.',
  defaultSeverity: 'information',
  fixable: true,
  check({ article, options }) {
    const reports: Report[] = [];
    const seen = new Set<number>();
    for (const quotation of quotationsOf(article, options).quotations) {
      const attribution = quotation.attribution;
      // No subject, no attribution verb: the cue word is a noun ("ruling that the state had not shown").
      if (!attribution?.verb || !attribution.speakerText || attribution.verbStart === undefined || attribution.verbEnd === undefined) continue;
      // Most verbs are neutral ("said"): that is looked up first, since this runs for every quotation on every keystroke.
      const neutral = NEUTRAL.get(attribution.verb.toLowerCase());
      if (!neutral || !isVerbsObject(quotation, attribution.where) || seen.has(attribution.verbStart)) continue;
      seen.add(attribution.verbStart);
      // "The report states": documents state things, and that is neutral.
      const head = attribution.speakerText?.split(/\s+/).pop()?.toLowerCase() ?? '';
      if (documents.has(head)) continue;
      const replacement = /^\p{Lu}/u.test(attribution.verb) ? neutral[0].toUpperCase() + neutral.slice(1) : neutral;
      reports.push({
        start: attribution.verbStart,
        end: attribution.verbEnd,
        message: `Unexpected “${attribution.verb}” in an attribution, expected “${replacement}”: it is neutral.`,
        fixes: [{ title: `Replace with “${replacement}”`, edits: [{ start: attribution.verbStart, end: attribution.verbEnd, newText: replacement }] }],
        data: { actual: attribution.verb, expected: replacement },
      });
    }
    return reports;
  },
};
