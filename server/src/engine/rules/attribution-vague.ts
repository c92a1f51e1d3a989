import { VAGUE_ATTRIBUTIONS } from '../data/vague-attribution';
import type { ParagraphRule, Report } from '../rule';
import { matchesIn } from '../claims/matches';
import { hasLink, hasProse, reporterVoice, sentenceAt } from '../claims/voice';

const VAGUE = new RegExp(VAGUE_ATTRIBUTIONS.join('|'), 'gi');
/** How far after the phrase a link still cites it: a space and the opening bracket. */
const LINK_REACH = 3;
const NAMED_SOURCE = /\baccording to\b/i;

export const attributionVague: ParagraphRule = {
  id: 'attribution-vague',
  scope: 'paragraph',
  description: 'Weasel attribution: “critics say”, “experts agree”, “studies show”, “it is widely believed”, “reportedly”.',
  why: 'Attribution tells readers who stands behind a claim; "critics say" stands for nobody, and lets the writer\'s own view pass as someone else\'s. Name the critics, the experts or the study.',
  defaultSeverity: 'warning',
  fixable: false,
  check(paragraph) {
    if (!hasProse(paragraph)) return [];
    const reports: Report[] = [];
    const voice = reporterVoice(paragraph);
    for (const match of matchesIn(VAGUE, voice)) {
      // A link on the phrase or right after it ("reportedly [earns less](…)") is the citation.
      if (hasLink(paragraph, match.start, match.end + LINK_REACH)) continue;
      // "According to fan site X, rumors abound": the sentence names whose rumor it is.
      const sentence = sentenceAt(paragraph, match.start);
      if (sentence && NAMED_SOURCE.test(voice.slice(sentence.start, sentence.end))) continue;
      reports.push({
        start: paragraph.start + match.start,
        end: paragraph.start + match.end,
        message: `“${match.text}” does not say who: name the source.`,
      });
    }
    return reports;
  },
};
