import type { Paragraph, Sentence } from '../model/article';
import type { Fix } from '../types';
import { isQuoted } from '../model/quoted';

export const SOURCE_PLACEHOLDER = ', according to [SOURCE]';

/** "U.S.", "Inc.": a sentence ending in one keeps its single period (AP), so attribution goes after it. */
const ENDS_IN_ABBREVIATION = /(?:\b(?:[A-Za-z]\.){2,}|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|Bros|St|Ave|etc)\.)$/;

/**
 * Inserts ", according to [SOURCE]" before the sentence's final period, for the writer to fill in.
 * No fix when the sentence ends in a question, an exclamation or a quotation, where no attribution
 * fits without rewriting.
 */
export function sourcePlaceholderFix(paragraph: Paragraph, sentence: Sentence): Fix | undefined {
  const text = paragraph.prose.slice(sentence.start, sentence.end).trimEnd();
  const lastIndex = sentence.start + text.length - 1;
  const last = text[text.length - 1];
  let at: number;
  let newText = SOURCE_PLACEHOLDER;
  if (/[\p{L}\p{N}%]/u.test(last)) {
    at = lastIndex + 1;
  } else if (last === '.' && ENDS_IN_ABBREVIATION.test(text)) {
    at = lastIndex + 1;
    newText = `${SOURCE_PLACEHOLDER}.`;
  } else if (last === '.') {
    at = lastIndex;
  } else if (last === ')' && text[text.length - 2] === '.') {
    at = lastIndex - 1;
  } else {
    return undefined;
  }
  if (isQuoted(paragraph, at)) return undefined;
  const start = paragraph.start + at;
  return { title: 'Add the source: “according to …”', edits: [{ start, end: start, newText }], fillIn: true };
}
