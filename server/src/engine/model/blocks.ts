import type { Language } from '../types';

/** A run of lines of the document, `[start, end)`, parsed on its own and cached by its text. */
export interface Block {
  start: number;
  end: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RAW_HTML_OPEN = /^ {0,3}<(script|pre|style|textarea)[\s>]/i;
const COMMENT_OPEN = /^ {0,3}<!--/;
const LIST_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const INDENTED = /^(?: {2,}|\t)\S/;

/**
 * Splits a document into blocks at blank lines, the boundaries CommonMark itself respects, so
 * that each block parses alone as it would in the whole document. Markdown constructs that may
 * contain blank lines (front matter, fenced code, raw HTML, comments, list continuations) stay
 * whole. Parsing block by block keeps the work linear and lets unchanged blocks be reused.
 */
export function splitBlocks(text: string, language: Language, { atDocumentStart = true }: { atDocumentStart?: boolean } = {}): Block[] {
  const blocks: Block[] = [];
  const markdown = language === 'markdown';
  let blockStart = -1;
  let blockIsList = false;
  let closer: ((line: string) => boolean) | undefined;
  let offset = 0;

  // A text split from the middle of a document (after an edit) has no front matter: a `---` there is a rule.
  if (markdown && atDocumentStart) {
    const frontMatterEnd = frontMatterLength(text);
    if (frontMatterEnd > 0) {
      blocks.push({ start: 0, end: withoutTrailingBreaks(text, 0, frontMatterEnd) });
      offset = frontMatterEnd;
    }
  }

  const close = (end: number) => {
    if (blockStart >= 0) blocks.push({ start: blockStart, end: withoutTrailingBreaks(text, blockStart, end) });
    blockStart = -1;
  };
  const lines = new LineEnds(text);

  while (offset < text.length) {
    const lineEnd = lines.endOf(offset);
    const next = skipBreak(text, lineEnd);

    if (closer) {
      if (closer(text.slice(offset, lineEnd))) closer = undefined;
    } else if (isBlank(text, offset, lineEnd)) {
      close(offset);
    } else {
      if (blockStart < 0) {
        const line = text.slice(offset, lineEnd);
        const previous = blocks[blocks.length - 1];
        // An indented block after a list continues that list item (CommonMark), so join them.
        if (markdown && blockIsList && previous && INDENTED.test(line)) {
          blocks.pop();
          blockStart = previous.start;
        } else {
          blockStart = offset;
          blockIsList = markdown && LIST_ITEM.test(line);
        }
      }
      if (markdown && mayOpen(text, offset, lineEnd)) closer = opener(text.slice(offset, lineEnd));
    }
    offset = next;
  }
  close(text.length);
  return blocks;
}

function opener(line: string): ((line: string) => boolean) | undefined {
  const fence = FENCE.exec(line);
  if (fence) {
    const marker = fence[1];
    return (candidate) => new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`).test(candidate);
  }
  const raw = RAW_HTML_OPEN.exec(line);
  if (raw && !new RegExp(`</${raw[1]}>`, 'i').test(line)) {
    const end = new RegExp(`</${raw[1]}>`, 'i');
    return (candidate) => end.test(candidate);
  }
  if (COMMENT_OPEN.test(line) && !line.includes('-->')) return (candidate) => candidate.includes('-->');
  return undefined;
}

const FRONT_MATTER_OPEN = /^---[ \t]*\r?\n/;

/** Whether Markdown `text` starts with a front-matter opening line, closed or not. */
export function opensFrontMatter(text: string): boolean {
  return FRONT_MATTER_OPEN.test(text);
}

/** Whether Markdown `text` opens front matter that no line closes: a closing `---` typed anywhere below would close it. */
export function opensUnclosedFrontMatter(text: string): boolean {
  return opensFrontMatter(text) && frontMatterLength(text) === 0;
}

/** Length of a leading YAML front-matter block (`---` … `---`), or 0. */
function frontMatterLength(text: string): number {
  const open = FRONT_MATTER_OPEN.exec(text);
  if (!open) return 0;
  const close = /(^|\n)(---|\.\.\.)[ \t]*(\r?\n|$)/g;
  close.lastIndex = open[0].length - 1;
  const match = close.exec(text);
  return match ? match.index + match[0].length : 0;
}

/** Whether a line is empty or whitespace; most lines start with a letter, settled at once. */
function isBlank(text: string, offset: number, lineEnd: number): boolean {
  const first = text.charCodeAt(offset);
  if (first > 32 && first < 127) return false;
  return text.slice(offset, lineEnd).trim() === '';
}

/** Fences, raw HTML and comments open with ` ~ or < after at most three spaces: only those lines need the patterns. */
function mayOpen(text: string, offset: number, lineEnd: number): boolean {
  let at = offset;
  while (at < lineEnd && at < offset + 3 && text.charCodeAt(at) === 32) at++;
  const code = text.charCodeAt(at);
  return code === 96 /* ` */ || code === 126 /* ~ */ || code === 60 /* < */;
}

function withoutTrailingBreaks(text: string, start: number, end: number): number {
  while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  return end;
}

/** Finds line ends with native `indexOf` scans rather than a loop over every character. */
class LineEnds {
  private nextFeed = -1;
  private nextReturn = -1;

  constructor(private readonly text: string) {}

  endOf(offset: number): number {
    if (this.nextFeed < offset) this.nextFeed = this.find('\n', offset);
    if (this.nextReturn < offset) this.nextReturn = this.find('\r', offset);
    return Math.min(this.nextFeed, this.nextReturn);
  }

  private find(mark: string, offset: number): number {
    const at = this.text.indexOf(mark, offset);
    return at < 0 ? this.text.length : at;
  }
}

function skipBreak(text: string, lineEnd: number): number {
  if (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10) return lineEnd + 2;
  return lineEnd + 1;
}
