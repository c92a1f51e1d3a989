import type { ParagraphRule, Report } from '../rule';
import { superlativesIn } from '../claims/superlatives';
import { isSourced, sourcingKey, sourcingOf } from '../claims/sourcing';
import { isClaimFree, reporterVoice } from '../claims/voice';

export const claimSuperlative: ParagraphRule = {
  id: 'claim-superlative',
  scope: 'paragraph',
  description: 'A record, a first or a measurable superlative (“the world’s largest”) stated without a source.',
  why: 'Superlatives and firsts are the claims most often wrong and most often corrected: someone bigger or earlier turns up. AP advises checking them and saying who keeps the record.',
  defaultSeverity: 'information',
  fixable: false,
  // The next paragraph may source a paragraph's last sentence: see isSourced.
  contextKey: ({ article }) => sourcingKey(article),
  contextOf: (paragraph, { article }) => sourcingOf(paragraph, article),
  check(paragraph, { article }) {
    if (isClaimFree(paragraph)) return [];
    const voice = reporterVoice(paragraph);
    const reports: Report[] = [];
    paragraph.sentences.forEach((sentence, index) => {
      const claims = superlativesIn(voice, sentence.start, sentence.end);
      if (claims.length === 0 || isSourced(paragraph, index, article)) return;
      for (const claim of claims) {
        reports.push({
          start: paragraph.start + claim.start,
          end: paragraph.start + claim.end,
          message: `“${claim.text}” is a claim to check: add who says so, or confirm it.`,
        });
      }
    });
    return reports;
  },
};
