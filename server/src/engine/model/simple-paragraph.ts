import type { ImageRef, LinkRef } from './article';
import type { BodyDraft } from './body';
import { execAll } from '../text/exec-all';

/**
 * Most blocks of an article are one paragraph of words and punctuation, at most with inline links,
 * emphasis and backslash escapes; some are a heading, an image or a paragraph quoted whole (`> `
 * on every line). Such a block can skip micromark, whose set-up alone costs about 0.1 ms per call
 * (it rebuilds its construct tables every time) and which takes milliseconds on a long paragraph
 * before the JIT has warmed to it: the first keystrokes in an editor. The test is deliberately
 * narrow. Links are `[words](destination)` with no brackets in the words and no space, paren,
 * angle bracket, backslash or backtick in the destination (an image's words have no marks at
 * all); emphasis is one or two `*` or `_` around words on one line, opened after a space and
 * closed before a space or punctuation, so the flanking rules of CommonMark cannot make it
 * anything else. Whatever is left must hold none of the ASCII marks that start inline syntax
 * (`&` only matters before a character reference), and no line may open a list, a code block or
 * a GFM autolink.
 */
export function simpleParagraph(source: string): BodyDraft[] | undefined {
  if (source === '' || CHARACTER_REFERENCE.test(source)) return undefined;
  const block = blockOf(source);
  // Micromark's text runs over a block quote's later `> ` only when words follow it on the line.
  if (block.kind === 'blockquote' && MARKUP_AFTER_QUOTE_MARK.test(source)) return undefined;
  const marks = INLINE_MARK.test(source) ? readMarks(source, block) : { rest: source, prose: source, links: [], images: [] };
  if (!marks) return undefined;
  const { rest, prose, links, images } = marks;
  if (MARKDOWN_CHARACTERS.test(rest) || AUTOLINK_HINT.test(rest)) return undefined;
  for (const [marked] of execAll(LINE, rest)) {
    const line = marked.slice(block.marks);
    if (!LINE_START.test(line) || ORDERED_LIST_MARKER.test(line) || TRAILING_SPACE.test(line)) return undefined;
  }
  if (block.kind === 'heading') return [{ offset: 0, kind: 'heading', text: source, prose, images, links, depth: block.marks - 1 }];
  if (block.kind === 'paragraph') return [{ offset: 0, kind: 'paragraph', text: source, prose, images, links }];
  // The paragraph starts after the first `> `; micromark's text nodes keep the later lines' marks.
  const move = <T extends { start: number; end: number }>(item: T): T => ({ ...item, start: item.start - 2, end: item.end - 2 });
  return [{ offset: 2, kind: 'blockquote', text: source.slice(2), prose: prose.slice(2), images: images.map(move), links: links.map(move) }];
}

/** What the block is, and how many characters of block marks open its lines (`## `, `> `). */
function blockOf(source: string): { kind: 'paragraph' | 'heading' | 'blockquote'; marks: number } {
  const heading = ATX_HEADING.exec(source);
  if (heading) return { kind: 'heading', marks: heading[0].length };
  if (source.startsWith('> ') && !UNMARKED_LINE.test(source)) return { kind: 'blockquote', marks: 2 };
  return { kind: 'paragraph', marks: 0 };
}

/**
 * The block's links and images, and the block with the marks of its links, images, emphasis,
 * escapes and block taken out: `rest`, where they read `x` for the plain-text test, and `prose`,
 * where they are blanked. Micromark's text keeps an escape's backslash, and a block quote's `>`
 * after the first line; an image is no prose at all.
 */
function readMarks(source: string, block: ReturnType<typeof blockOf>): { rest: string; prose: string; links: LinkRef[]; images: ImageRef[] } | undefined {
  const links: LinkRef[] = [];
  const images: ImageRef[] = [];
  const rest = source.split('');
  const prose = source.split('');
  const mask = (from: number, to: number, inProse = true) => {
    for (let at = from; at < to; at++) {
      rest[at] = 'x';
      if (inProse) prose[at] = ' ';
    }
  };
  if (block.kind === 'heading') mask(0, block.marks);
  if (block.kind === 'blockquote') for (const line of execAll(LINE, source)) mask(line.index, line.index + 1, false);
  for (const escape of execAll(ESCAPE, source)) mask(escape.index, escape.index + 2, false);
  for (const link of execAll(LINK, rest.join(''))) {
    const [whole, bang, label] = link;
    const start = link.index;
    const end = start + whole.length;
    const labelStart = start + bang.length + 1;
    const url = source.slice(labelStart + label.length + 2, end - 1);
    if (url.includes('\\')) return undefined;
    if (bang) {
      const alt = source.slice(labelStart, labelStart + label.length);
      if (!PLAIN_ALT.test(alt)) return undefined;
      images.push({ start, end, alt, src: url, title: null });
      mask(start, end);
      continue;
    }
    mask(start, labelStart);
    mask(labelStart + label.length, end);
    links.push({ start, end, url });
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
  return { rest: rest.join(''), prose: prose.join(''), links, images };
}

/** An inline link or image: words without brackets, a destination without space, parens, `<>`, `\` or backticks. */
const LINK = /(!?)\[([^[\]\r\n]*)\]\([^\s()<>[\]\\`]+\)/g;
/** Image words micromark gives as they are written (escapes and emphasis would be taken out). */
const PLAIN_ALT = /^[^\\*_`<>]*$/;
/** One or two `*` or `_` around words on one line, opened after a space and closed before a space or punctuation. */
const EMPHASIS = /(?<!\S)([*_]{1,2})(?=[\p{L}\p{N}])[^*_\r\n]*?(?<=[\p{L}\p{N}.!?’”"')])\1(?![^\s.,;:!?’”"')])/gu;
/** A backslash escaping ASCII punctuation. */
const ESCAPE = /\\[!-/:-@[-`{-~]/g;
const MARKDOWN_CHARACTERS = /[*_[\]<`\\#|~@]/;
/** The marks `readMarks` looks for. */
const INLINE_MARK = /[[*_>#\\]/;
/** Decoded in a link's destination as in text, so refused anywhere. */
const CHARACTER_REFERENCE = /&[#\w]/;
const LINE = /[^\r\n]+/g;
/** A heading of one line (a closing `#` is left in the words, which refuses it). */
const ATX_HEADING = /^#{1,6} (?![^\r\n]*[\r\n])/;
/** A later line of a block quote opening on markup: a link, emphasis, an image or an escape. */
const MARKUP_AFTER_QUOTE_MARK = /[\r\n]> [[*_!\\]/;
/** A line of a block quote that does not open with `> ` (lazy, nested or blank). */
const UNMARKED_LINE = /(?:\r\n?|\n)(?!> )/;
/** Letters, digits, any other character beyond ASCII but a space, and ASCII punctuation that opens no block. */
const LINE_START = /^(?:[^\s\0-\x7f]|[\p{L}\p{N}"'($%,./:;?^{}])/u;
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
