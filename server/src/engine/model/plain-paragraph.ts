import type { BodyDraft } from './body';
import { execAll } from '../text/exec-all';

/**
 * Most blocks of an article are a paragraph of words and punctuation with no Markdown in it.
 * Such a block parses to one paragraph whose prose is its whole text, so it can skip micromark,
 * whose set-up alone costs about 0.1 ms per call (it rebuilds its construct tables every time).
 * The test is deliberately narrow: none of the ASCII marks that start inline syntax (`!` only
 * matters before `[`, `&` only before a character reference), and lines that cannot open a
 * list, a heading, a code block or a GFM autolink.
 */
const MARKDOWN_CHARACTERS = /[*_[\]<>`\\#|~@]|&[#\w]/;
const LINE = /[^\r\n]+/g;
const LINE_START = /^[\p{L}\p{N}"“‘'(]/u;
const ORDERED_LIST_MARKER = /^\d{1,9}[.)]/;
const AUTOLINK_HINT = /:\/\/|www\./i;
/** Two trailing spaces make a hard break; any trailing space is left to the full parser. */
const TRAILING_SPACE = /\s$/;

export function plainParagraph(source: string): BodyDraft[] | undefined {
  if (source === '' || MARKDOWN_CHARACTERS.test(source) || AUTOLINK_HINT.test(source)) return undefined;
  for (const [line] of execAll(LINE, source)) {
    if (!LINE_START.test(line) || ORDERED_LIST_MARKER.test(line) || TRAILING_SPACE.test(line)) return undefined;
  }
  return [{ offset: 0, kind: 'paragraph', text: source, prose: source, images: [], links: [] }];
}
