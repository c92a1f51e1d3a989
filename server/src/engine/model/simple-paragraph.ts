import type { LinkRef } from './article';
import type { BodyDraft } from './body';
import { execAll } from '../text/exec-all';

/**
 * Most blocks of an article are one paragraph of words and punctuation, at most with inline links
 * and emphasis, sometimes quoted whole (`> ` on every line). Such a block can skip micromark, whose set-up alone costs about 0.1 ms per call (it
 * rebuilds its construct tables every time) and which takes milliseconds on a long paragraph
 * before the JIT has warmed to it: the first keystrokes in an editor. The test is deliberately
 * narrow. Links are `[words](destination)` with no brackets in the words and no space, paren,
 * angle bracket, backslash or backtick in the destination; emphasis is one or two `*` or `_`
 * around words on one line, opened after a space and closed before a space or punctuation, so the
 * flanking rules of CommonMark cannot make it anything else. Whatever is left must hold none of
 * the ASCII marks that start inline syntax (`!` only matters before `[`, `&` only before a
 * character reference), and no line may open a list, a heading, a code block or a GFM autolink.
 */
export function simpleParagraph(source: string): BodyDraft[] | undefined {
  if (source === '' || CHARACTER_REFERENCE.test(source)) return undefined;
  // A block quote of one paragraph, every line marked: `> `.
  const quoted = source.startsWith('> ') && !UNMARKED_LINE.test(source);
  const marks = INLINE_MARK.test(source) ? readMarks(source, quoted) : { rest: source, prose: source, links: [] };
  if (!marks) return undefined;
  const { rest, prose, links } = marks;
  if (MARKDOWN_CHARACTERS.test(rest) || AUTOLINK_HINT.test(rest)) return undefined;
  for (const [marked] of execAll(LINE, rest)) {
    const line = quoted ? marked.slice(2) : marked;
    if (!LINE_START.test(line) || ORDERED_LIST_MARKER.test(line) || TRAILING_SPACE.test(line)) return undefined;
  }
  if (!quoted) return [{ offset: 0, kind: 'paragraph', text: source, prose, images: [], links }];
  // The paragraph starts after the first `> `; micromark's text nodes keep the later lines' marks.
  const moved = links.map((link) => ({ ...link, start: link.start - 2, end: link.end - 2 }));
  return [{ offset: 2, kind: 'blockquote', text: source.slice(2), prose: prose.slice(2), images: [], links: moved }];
}

/**
 * The block's links, and the block with the marks of its links, emphasis and block quote taken
 * out: `rest`, where they read `x` for the plain-text test, and `prose`, where they are blanked
 * (but a block quote's `>`, which micromark keeps in the text after the first line).
 */
function readMarks(source: string, quoted: boolean): { rest: string; prose: string; links: LinkRef[] } | undefined {
  const links: LinkRef[] = [];
  const rest = source.split('');
  const prose = source.split('');
  const mask = (from: number, to: number) => {
    for (let at = from; at < to; at++) {
      rest[at] = 'x';
      prose[at] = ' ';
    }
  };
  if (quoted) for (const line of execAll(LINE, source)) rest[line.index] = 'x';
  for (const link of execAll(LINK, source)) {
    const start = link.index;
    if (source[start - 1] === '!') return undefined;
    mask(start, start + 1);
    mask(start + 1 + link[1].length, start + link[0].length);
    links.push({ start, end: start + link[0].length, url: link[2] });
  }
  const linked = rest.join('');
  for (const emphasis of execAll(EMPHASIS, linked)) {
    const start = emphasis.index;
    const end = start + emphasis[0].length;
    // Marks inside a link's words cannot pair with marks outside it.
    if (links.some((link) => crosses(start, end, link))) return undefined;
    const marks = emphasis[1].length;
    mask(start, start + marks);
    mask(end - marks, end);
  }
  return { rest: rest.join(''), prose: prose.join(''), links };
}

/** An inline link: words without brackets (not a `^` footnote call), a destination without space, parens, `<>`, `\` or backticks. */
const LINK = /\[([^[\]\r\n^][^[\]\r\n]*)\]\(([^\s()<>[\]\\`]+)\)/g;
/** One or two `*` or `_` around words on one line, opened after a space and closed before a space or punctuation. */
const EMPHASIS = /(?<!\S)([*_]{1,2})(?=[\p{L}\p{N}])[^*_\r\n]*?(?<=[\p{L}\p{N}.!?’”"')])\1(?![^\s.,;:!?’”"')])/gu;
const MARKDOWN_CHARACTERS = /[*_[\]<>`\\#|~@]/;
/** The marks `readMarks` looks for. */
const INLINE_MARK = /[[*_>]/;
/** Decoded in a link's destination as in text, so refused anywhere. */
const CHARACTER_REFERENCE = /&[#\w]/;
const LINE = /[^\r\n]+/g;
/** A line of a block quote that does not open with `> ` (lazy, nested or blank). */
const UNMARKED_LINE = /(?:\r\n?|\n)(?!> )/;
const LINE_START = /^[\p{L}\p{N}"“‘'(]/u;
const ORDERED_LIST_MARKER = /^\d{1,9}[.)]/;
const AUTOLINK_HINT = /:\/\/|www\./i;
/** Two trailing spaces make a hard break; any trailing space is left to the full parser. */
const TRAILING_SPACE = /\s$/;

/** Whether `[start, end)` overlaps the link without holding it whole or lying within its words. */
function crosses(start: number, end: number, link: LinkRef): boolean {
  if (end <= link.start || start >= link.end) return false;
  if (start <= link.start && end >= link.end) return false;
  const labelEnd = link.end - link.url.length - 3;
  return !(start > link.start && end <= labelEnd);
}
