import { ANONYMOUS_SOURCES } from '../data/anonymous-sources';
import type { Paragraph } from '../model/article';
import { paragraphSummary } from '../model/summaries';
import { followsWord } from '../text/sentence-start';
import { matchesIn, type Match } from './matches';
import { reporterVoice } from './voice';

const ANONYMOUS = new RegExp(ANONYMOUS_SOURCES.join('|'), 'gi');
/** A name set off right after the source names it after all: "said an official, Jane Doe." */
const NAMED_AFTER = /^,\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+/u;
/**
 * "the officials", "one of the officials", "the two U.S. officials": sources the story introduced
 * before, with their reason then.
 */
const INTRODUCED_BEFORE = /\b[Tt]h(?:e|ose|ese)\s+(?:(?:two|three|four|five|six|several|same|other|\d+)\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+)?$/u;
/**
 * "Ruiz, a home health aide, said": the description set off after a name describes that person,
 * when a comma closes it. In "…in Saltillo, Mexico, a person familiar with the plans said." the
 * source is the subject.
 */
const NAMED_BEFORE = /\p{Lu}[\p{L}'’.-]+,\s*$/u;
const SET_OFF = /^[^,.;!?]{0,120},\s*(?:said|says|say|told|added|confirmed)\b/;
/** "the Pennsylvania Association of School Business Officials said": a capital inside a sentence is a name's. */
const CAPITALISED = /^\p{Lu}/u;

/**
 * The unnamed sources of a paragraph's reporter's voice, as `source-anonymous` flags them and the
 * claims checklist lists them: "officials said", "a person familiar with the matter"; offsets
 * relative to the paragraph.
 */
export function unnamedSourcesIn(paragraph: Paragraph): Match[] {
  return paragraphSummary(paragraph, 'unnamed-sources', (own) => {
    const voice = reporterVoice(own);
    return matchesIn(ANONYMOUS, voice).filter(
      (match) =>
        !NAMED_AFTER.test(voice.slice(match.end, match.end + 80)) &&
        !INTRODUCED_BEFORE.test(voice.slice(Math.max(0, match.start - 24), match.start)) &&
        !(NAMED_BEFORE.test(voice.slice(Math.max(0, match.start - 40), match.start)) && SET_OFF.test(voice.slice(match.start, match.start + 140))) &&
        !(CAPITALISED.test(match.text) && followsWord(voice, match.start)),
    );
  });
}
