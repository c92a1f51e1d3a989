import { applyEdits } from '../fixes';
import type { Article } from '../model/article';
import { buildArticle } from '../model/build';
import { paragraphSummary } from '../model/summaries';
import { quotationsOf, type Quotation } from '../quotes/model';
import type { ArticleRule, Report } from '../rule';
import type { Fix, TextEdit } from '../types';

const TEMPLATE = '[SPEAKER] said';

export const quoteUnattributed: ArticleRule = {
  id: 'quote-unattributed',
  scope: 'article',
  description: 'A direct quotation with no one named as saying it.',
  why: 'AP: every direct quote needs attribution, in its sentence or plainly carried over from the paragraph before. A quote with no speaker reads as the reporter’s own claim and cannot be checked.',
  defaultSeverity: 'warning',
  fixable: true,
  check({ article, options }) {
    const reports: Report[] = [];
    for (const quotation of quotationsOf(article, options).quotations) {
      if (quotation.kind === 'not-speech' || quotation.attribution || quotation.unclosed) continue;
      if (article.paragraphs[quotation.paragraph]?.kind === 'heading') continue;
      const first = quotation.parts[0];
      // A block quote's speaker goes in the paragraph before it or a byline, the writer's call.
      const template = quotation.parts.length === 1 && article.paragraphs[quotation.paragraph].kind !== 'blockquote' ? attributionTemplate(article, quotation) : undefined;
      const fix = template && attributes(article, quotation, template) ? template : undefined;
      reports.push({
        start: first.start,
        end: first.end,
        message: quotation.kind === 'partial' ? 'Partial quote has no attribution: say whose words these are.' : 'Quote has no attribution: add who said it.',
        ...(fix ? { fixes: [fix] } : {}),
      });
    }
    return reports;
  },
};

/**
 * Whether the template, once inserted, attributes the quotation: re-reads the paragraph alone, so
 * odd sentence boundaries never leave a fix that does not make its finding go away.
 */
function attributes(article: Article, quotation: Quotation, fix: Fix): boolean {
  const paragraph = article.paragraphs[quotation.paragraph];
  const edits = fix.edits.map((edit) => ({ ...edit, start: edit.start - paragraph.start, end: edit.end - paragraph.start }));
  const fixedText = applyEdits(paragraph.text, edits);
  // Memoized by paragraph and fixed text, so an unchanged paragraph is not re-read on every keystroke.
  const checked = paragraphSummary(paragraph, `quote-template-checks:${article.language}`, () => new Map<string, boolean>());
  let result = checked.get(fixedText);
  if (result === undefined) {
    const offset = quotation.start - paragraph.start;
    result = quotationsOf(buildArticle(fixedText, article.language)).quotations.some((candidate) => candidate.start === offset && candidate.attribution !== undefined);
    checked.set(fixedText, result);
  }
  return result;
}

/**
 * Inserts `[SPEAKER] said` for the writer to complete, where AP puts it: after a quote that ends
 * its sentence (“We will stay,” [SPEAKER] said.), else at the end of the sentence around it.
 */
function attributionTemplate(article: Article, quotation: Quotation): Fix | undefined {
  const paragraph = article.paragraphs[quotation.paragraph];
  const close = quotation.end - 1;
  const inside = article.source.charAt(close - 1);
  const relativeEnd = quotation.end - paragraph.start;
  const sentence = paragraph.sentences.find((s) => relativeEnd > s.start && relativeEnd <= s.end);
  if (!sentence) return undefined;
  const rest = paragraph.prose.slice(relativeEnd, sentence.end).trimEnd();
  let edits: TextEdit[];
  const after = { start: quotation.end, end: quotation.end, newText: ` ${TEMPLATE}.` };
  if (rest === '' && inside === '.') {
    edits = [{ start: close - 1, end: close, newText: ',' }, after];
  } else if (rest === '' && /[?!,]/.test(inside)) {
    edits = [after];
  } else if (rest === '') {
    edits = [{ start: close, end: close, newText: ',' }, after];
  } else if (/^[.!?]$/.test(rest)) {
    // “…”. — the period outside the marks: the comma goes inside, the period after the attribution.
    edits = [{ start: close, end: close, newText: ',' }, { start: quotation.end, end: quotation.end, newText: ` ${TEMPLATE}` }];
  } else {
    const terminal = /[.!?]$/.test(rest) ? 1 : 0;
    const at = paragraph.start + relativeEnd + rest.length - terminal;
    edits = [{ start: at, end: at, newText: `, ${TEMPLATE}${terminal ? '' : '.'}` }];
  }
  return { title: 'Add an attribution to complete', edits, fillIn: true };
}
