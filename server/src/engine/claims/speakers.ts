import type { Paragraph } from '../model/article';
import type { QuotedSpan } from '../model/quoted';
import { dropOpeningWord, NAME } from './people';
import { matchesIn, type Match } from './matches';
import { reporterVoice } from './voice';

const SPEECH_VERBS =
  'said|says|told|tells|added|asked|explained|explains|wrote|writes|tweeted|posted|noted|stated|states|insisted|cautioned|argued|warned|pledged|promised|vowed|recalled|replied|continued|testified';
const PRONOUN = '[Hh]e|[Ss]he|[Tt]hey';
/** "Kirby said", "he said" (speaker first) and "explains Dr. Shadlen" (speaker after the verb). */
const SPEAKER_FIRST = new RegExp(`(?:${NAME}|\\b(?:${PRONOUN}))(?= (?:${SPEECH_VERBS})\\b)`, 'gu');
const SPEAKER_AFTER = new RegExp(`(?<=\\b(?:${SPEECH_VERBS}),? )${NAME}`, 'gu');
const IS_PRONOUN = new RegExp(`^(?:${PRONOUN})$`);

const attributions = new WeakMap<Paragraph, Match[]>();

/** "Kirby said", "he added", "explains Dr. Shadlen": found once per paragraph, then shared by its quotes. */
function attributionsIn(paragraph: Paragraph): Match[] {
  let found = attributions.get(paragraph);
  if (!found) {
    const voice = reporterVoice(paragraph);
    found = [...matchesIn(SPEAKER_FIRST, voice), ...matchesIn(SPEAKER_AFTER, voice)].map(dropOpeningWord);
    attributions.set(paragraph, found);
  }
  return found;
}

/**
 * Who is quoted in `span`: the attribution nearest to it in the paragraph's own words. A pronoun
 * ("he said") stands for the last speaker named before it: earlier in the paragraph, or else
 * `previous`, the last one named earlier in the article.
 */
export function speakerOf(paragraph: Paragraph, span: QuotedSpan, previous: string | undefined): string | undefined {
  const candidates = attributionsIn(paragraph);
  let nearest: Match | undefined;
  let nearestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = candidate.start >= span.end ? candidate.start - span.end : Math.max(0, span.start - candidate.end);
    if (distance < nearestDistance) {
      nearest = candidate;
      nearestDistance = distance;
    }
  }
  if (!nearest) return undefined;
  if (!IS_PRONOUN.test(nearest.text)) return cleanName(nearest.text);
  const pronoun = nearest;
  const named = candidates.filter((candidate) => candidate.start < pronoun.start && !IS_PRONOUN.test(candidate.text)).pop();
  return named ? cleanName(named.text) : previous;
}

/** The last speaker the paragraph names ("Gov. John Bel Edwards said …"), for pronouns further on. */
export function lastNamedSpeaker(paragraph: Paragraph): string | undefined {
  const named = attributionsIn(paragraph).filter((candidate) => !IS_PRONOUN.test(candidate.text));
  const last = named.reduce<Match | undefined>((latest, candidate) => (!latest || candidate.start > latest.start ? candidate : latest), undefined);
  return last ? cleanName(last.text) : undefined;
}

/** A sentence's period clings to a name at its end ("explains Dr. Shadlen."); initials keep theirs. */
function cleanName(name: string): string {
  return name.replace(/(?<!\b(?:Jr|Sr|\p{Lu}))\.$/u, '');
}
