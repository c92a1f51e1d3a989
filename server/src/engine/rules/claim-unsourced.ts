import type { ParagraphRule, Report } from '../rule';
import { unsourcedFiguresIn } from '../claims/figures';
import { isSourced, sourcingKey, sourcingOf } from '../claims/sourcing';
import { sourcePlaceholderFix } from '../claims/source-placeholder';
import { isClaimFree, reporterVoice } from '../claims/voice';

/** Fewer words than this is a label or a price tag ("$7/month"), not a statement. */
const MIN_STATEMENT_WORDS = 5;

export const claimUnsourced: ParagraphRule = {
  id: 'claim-unsourced',
  scope: 'paragraph',
  description: 'A figure (count, percentage, money, rate, ranking) stated with no source in the sentence or the next.',
  why: 'Readers should know who counted: AP attributes statistics and estimates to their source ("according to the U.N. refugee agency"). An unsourced figure is the first thing a fact-checker asks about.',
  defaultSeverity: 'information',
  fixable: true,
  // The next paragraph may source a paragraph's last sentence: see isSourced.
  contextKey: ({ article }) => sourcingKey(article),
  contextOf: (paragraph, { article }) => sourcingOf(paragraph, article),
  check(paragraph, { article }) {
    if (isClaimFree(paragraph)) return [];
    const voice = reporterVoice(paragraph);
    const reports: Report[] = [];
    paragraph.sentences.forEach((sentence, index) => {
      if (sentence.words.length < MIN_STATEMENT_WORDS) return;
      const figures = unsourcedFiguresIn(voice, sentence.start, sentence.end);
      if (figures.length === 0 || isSourced(paragraph, index, article)) return;
      const first = figures[0];
      const last = figures[figures.length - 1];
      const named = figures.map((figure) => `“${figure.text}”`).join(', ');
      const fix = sourcePlaceholderFix(paragraph, sentence);
      reports.push({
        start: paragraph.start + first.start,
        end: paragraph.start + last.end,
        message: `${figures.length > 1 ? 'Figures' : 'Figure'} ${named} ${figures.length > 1 ? 'have' : 'has'} no source: add who counted or estimated ${figures.length > 1 ? 'them' : 'it'}.`,
        fixes: fix ? [fix] : [],
        data: { figures: figures.map((figure) => figure.text) },
      });
    });
    return reports;
  },
};
