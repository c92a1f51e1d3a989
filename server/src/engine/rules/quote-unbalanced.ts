import type { Article, Paragraph } from '../model/article';
import { proseParagraphs } from '../model/article';
import { findCues } from '../quotes/cues';
import { quotationsOf } from '../quotes/model';
import { marksOf, pairMarks } from '../quotes/pairing';
import type { ArticleRule, Report } from '../rule';
import type { Fix } from '../types';

const CLOSER: Record<string, string> = { '“': '”', '"': '"', '‘': '’', "'": "'" };
const OPENER: Record<string, string> = { '”': '“', '"': '"' };

export const quoteUnbalanced: ArticleRule = {
  id: 'quote-unbalanced',
  scope: 'article',
  description: 'An opening quotation mark never closed, or a closing mark with none to open it.',
  why: 'An unbalanced mark leaves the reader unsure where the speaker’s words end and the reporter’s begin, which is how quotes get misattributed. A quote may run over several paragraphs: each new paragraph opens with a mark and only the last one closes.',
  defaultSeverity: 'error',
  fixable: true,
  check({ article, options }) {
    const reports: Report[] = [];
    const model = quotationsOf(article, options);
    let paragraphs: Paragraph[] | undefined;
    for (const quotation of model.quotations) {
      if (!quotation.unclosed) continue;
      paragraphs ??= proseParagraphs(article);
      // The mark to point at opens the last paragraph the quotation reached.
      const open = quotation.parts[quotation.parts.length - 1].start;
      const at = paragraphs.findIndex((candidate) => open >= candidate.start && open < candidate.end);
      if (at < 0) continue;
      const paragraph = paragraphs[at];
      const mark = article.source.charAt(open);
      const goesOn = goesOnUnopened(paragraphs[at + 1], CLOSER[mark]);
      // The next paragraph goes on with the quote and closes it, its opening mark forgotten: open it
      // there (unless that paragraph's own finding already does) rather than close the quote here.
      const fix = goesOn
        ? openerFix(goesOn.paragraph, goesOn.orphan, options.house.speechVerbs) ? undefined : openAtStart(goesOn.paragraph, mark)
        : closeAtSentenceEnd(paragraph, open - paragraph.start, CLOSER[mark], options.house.speechVerbs) ?? closeBeforeAttribution(paragraph, open - paragraph.start, CLOSER[mark], options.house.speechVerbs);
      const paragraphEnd = paragraph.start + paragraph.prose.trimEnd().length;
      const line = article.lines.positionAt(paragraphEnd).line + 1;
      reports.push({
        start: open,
        end: open + 1,
        message: quotation.nextQuotesAnother
          ? `Unclosed quotation: expected ${CLOSER[mark]} to close this ${mark} before the paragraph ends on line ${line}: the next paragraph quotes someone else, so this quote does not go on there.`
          : `Unclosed quotation: expected ${CLOSER[mark]} to close this ${mark} before the paragraph ends on line ${line} (a quote that goes on opens the next paragraph with ${mark}).`,
        ...(fix ? { fixes: [fix] } : {}),
        data: { expected: CLOSER[mark], paragraphEnd },
      });
    }
    // Few paragraphs have a closing mark nothing opens: only they are looked at.
    for (const paragraph of model.marks.withOrphans) reports.push(...orphans(article, paragraph, options.house.speechVerbs));
    return reports;
  },
};

/**
 * Closes the quote after its sentence's final punctuation, when that is plainly where it ends:
 * the sentence ends the paragraph or the next sentence opens a new quote, and no attribution
 * ("she said") sits in the sentence to be left outside the marks.
 */
function closeAtSentenceEnd(paragraph: Paragraph, open: number, closer: string, houseVerbs: readonly string[]): Fix | undefined {
  const index = paragraph.sentences.findIndex((s) => open >= s.start && open < s.end);
  const sentence = paragraph.sentences[index];
  if (!sentence) return undefined;
  const text = paragraph.prose.slice(open + 1, sentence.end).trimEnd();
  if (!/[.!?…]$/.test(text) || hasMarks(text)) return undefined;
  if (findCues(text, houseVerbs).length > 0) return undefined;
  const next = paragraph.sentences[index + 1];
  const endsParagraph = paragraph.prose.slice(sentence.end).trim() === '';
  if (!endsParagraph && !(next && /^\s*["“]/.test(paragraph.prose.slice(next.start)))) return undefined;
  return closeAt(paragraph, open, open + 1 + text.length, closer);
}

/** Quotation marks in `text`, apostrophes inside words aside. */
function hasMarks(text: string): boolean {
  return /["“”‘’]/.test(text.replace(/(?<=\p{L})[’']|[’'](?=\p{L})/gu, ''));
}

/** The fix closing the quote opened at `open` with `closer` at `at`, both relative to the paragraph. */
function closeAt(paragraph: Paragraph, open: number, at: number, closer: string): Fix | undefined {
  // Straight marks pair by position: make sure the new mark closes this quote and no other.
  const after = pairMarks(paragraph.prose.slice(0, at) + closer + paragraph.prose.slice(at));
  if (after.pairs.find((pair) => pair.open === open)?.close !== at) return undefined;
  return { title: `Close the quotation with ${closer}`, edits: [{ start: paragraph.start + at, end: paragraph.start + at, newText: closer }] };
}

/** The comma (or ? or !) that ends a quote, then who says it: ", Puckett said", ", she said", ", said". */
const ATTRIBUTION_AFTER = /[,?!](?=\s+(?:(?:\p{Lu}[\p{L}.’'-]*|he|she|they|the\s+[\p{Ll}-]+)(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}\s+)?$)/u;

/** What may follow the verb to the sentence's end: the speaker inverted, a day. */
const ATTRIBUTION_ENDS = /^(?:\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})?(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\s*[.!?]?\s*$/u;

/**
 * Closes the quote at the comma before its attribution, when the sentence plainly ends with one:
 * “I want to know which one it is, Puckett said. → “I want to know which one it is,” Puckett said.
 */
function closeBeforeAttribution(paragraph: Paragraph, open: number, closer: string, houseVerbs: readonly string[]): Fix | undefined {
  const sentence = paragraph.sentences.find((s) => open >= s.start && open < s.end);
  if (!sentence) return undefined;
  const text = paragraph.prose.slice(open + 1, sentence.end);
  if (hasMarks(text)) return undefined;
  const cue = findCues(text, houseVerbs).filter((found) => found.verb && !found.noun).at(-1);
  // The attribution ends the sentence: in “The plan, she said, is dead. the quote goes on after it.
  if (!cue || !ATTRIBUTION_ENDS.test(text.slice(cue.end))) return undefined;
  const ending = ATTRIBUTION_AFTER.exec(text.slice(0, cue.start));
  return ending ? closeAt(paragraph, open, open + 1 + ending.index + 1, closer) : undefined;
}

/**
 * The paragraph after an unclosed quote when it goes on with the quote and closes it, having
 * forgotten its opening mark: its first mark is a closing `closer` no mark opens.
 */
function goesOnUnopened(next: Paragraph | undefined, closer: string): { paragraph: Paragraph; orphan: number } | undefined {
  if (!next || next.kind === 'heading') return undefined;
  const marks = marksOf(next);
  const orphan = marks.orphanCloses[0];
  if (orphan === undefined || next.prose[orphan] !== closer || marks.pairs.some((pair) => pair.open < orphan)) return undefined;
  return { paragraph: next, orphan };
}

function openAtStart(paragraph: Paragraph, opener: string): Fix {
  const first = paragraph.start + paragraph.prose.search(/\S/);
  return { title: `Open the quotation with ${opener}`, edits: [{ start: first, end: first, newText: opener }] };
}

/**
 * The fix for a closing mark at `relative` with no opening mark: when it closes the paragraph's
 * first words and an attribution follows (We will stay,” she said.), the opener plainly belongs
 * at the start.
 */
function openerFix(paragraph: Paragraph, relative: number, houseVerbs: readonly string[]): Fix | undefined {
  const expected = OPENER[paragraph.prose[relative]] ?? '“';
  const first = paragraph.prose.search(/\S/);
  const sentence = paragraph.sentences[0];
  const before = paragraph.prose.slice(first, relative);
  const plain = sentence && relative < sentence.end && !/["“”]/.test(before) && findCues(before, houseVerbs).length === 0 &&
    findCues(paragraph.prose.slice(relative, sentence.end), houseVerbs).length > 0;
  return plain ? openAtStart(paragraph, expected) : undefined;
}

/** Closing marks with no opening mark. */
function orphans(article: Article, paragraph: Paragraph, houseVerbs: readonly string[]): Report[] {
  return marksOf(paragraph).orphanCloses.map((relative) => {
    const start = paragraph.start + relative;
    const mark = article.source.charAt(start);
    const expected = OPENER[mark] ?? '“';
    const fix = openerFix(paragraph, relative, houseVerbs);
    return {
      start,
      end: start + 1,
      message: `Closing ${mark} has no opening mark: expected ${expected} where the quotation begins.`,
      fixes: fix ? [fix] : [],
      data: { expected },
    };
  });
}
