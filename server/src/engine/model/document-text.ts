import type { Language } from '../types';
import { lastAtOrBefore } from '../text/last-at-or-before';
import { opensFrontMatter, opensUnclosedFrontMatter, splitBlocks } from './blocks';

/**
 * A document's text held as the engine splits it: its blocks, and the blank lines between them.
 * An edit re-splits only the blocks around it and shares every other block with the text before,
 * so on a book-length draft a keystroke copies a few paragraphs, not the book, and an unchanged
 * block stays the same string from one draft to the next. The whole text is joined only when
 * something asks for it. Immutable: `edit` returns a new text.
 */
export class DocumentText {
  /** Gaps and blocks in turn, a gap first and last (perhaps empty): block `i` is piece `2i + 1`. */
  private readonly pieces: readonly string[];
  /** Where each piece starts in the text. */
  private readonly starts: readonly number[];
  readonly length: number;
  /** Markdown front matter opened and never closed: a `---` typed anywhere below would close it. */
  private readonly frontMatterOpen: boolean;
  private joined: string | undefined;
  /** For each needle asked about, how many pieces hold it. */
  private readonly holding = new Map<string, number>();

  private constructor(readonly language: Language, pieces: string[], joined?: string) {
    this.pieces = pieces;
    this.starts = startsOf(pieces);
    this.length = this.starts[pieces.length - 1] + pieces[pieces.length - 1].length;
    this.joined = joined;
    // Closed front matter is the first block; an open one starts it, its opening line's break after it.
    this.frontMatterOpen = language === 'markdown' && opensUnclosedFrontMatter(pieces.slice(0, 3).join(''));
  }

  static of(text: string, language: Language): DocumentText {
    return new DocumentText(language, piecesOf(text, language), text);
  }

  get blockCount(): number {
    return (this.pieces.length - 1) / 2;
  }

  blockSource(block: number): string {
    return this.pieces[2 * block + 1];
  }

  blockStart(block: number): number {
    return this.starts[2 * block + 1];
  }

  /** Strings whose concatenation is the text, for a reader that walks it all without joining it. */
  chunks(): readonly string[] {
    return this.joined !== undefined ? [this.joined] : this.pieces;
  }

  toString(): string {
    return (this.joined ??= this.pieces.join(''));
  }

  charCodeAt(offset: number): number {
    if (this.joined !== undefined) return this.joined.charCodeAt(offset);
    const piece = this.pieceAt(offset);
    return this.pieces[piece].charCodeAt(offset - this.starts[piece]);
  }

  charAt(offset: number): string {
    return offset >= 0 && offset < this.length ? this.slice(offset, offset + 1) : '';
  }

  /** Like a string's `slice`, but offsets past either end are clamped, never counted from the end. */
  slice(start: number, end = this.length): string {
    start = clamp(start, this.length);
    end = clamp(end, this.length);
    if (this.joined !== undefined) return this.joined.slice(start, end);
    if (end <= start) return '';
    let piece = this.pieceAt(start);
    let out = '';
    for (let at = start; at < end; piece++) {
      const pieceStart = this.starts[piece];
      const text = this.pieces[piece];
      const to = Math.min(end, pieceStart + text.length);
      out += text.slice(at - pieceStart, to - pieceStart);
      at = to;
    }
    return out;
  }

  /**
   * Whether the text contains `needle`, which must not straddle a block's edge (no blank line in
   * it, no break at either end but a whole `\r\n`). The count of pieces holding it is carried
   * to the next draft, which looks only at the pieces its edit replaced.
   */
  includes(needle: string): boolean {
    let count = this.holding.get(needle);
    if (count === undefined) this.holding.set(needle, (count = countHolding(this.pieces, needle, 0, this.pieces.length)));
    return count > 0;
  }

  /** The text with `[start, end)` replaced by `insert`. */
  edit(start: number, end: number, insert: string): DocumentText {
    start = clamp(start, this.length);
    end = Math.max(start, clamp(end, this.length));
    const count = this.blockCount;
    const delta = insert.length - (end - start);
    // Blocks re-split: from the one before the edit's first (an indented block may join a list
    // before it) to the first one wholly after it, widened until the split comes back to a block
    // the edit left alone, at its old place.
    let first = Math.max(0, this.lastBlockStartingBy(start) - 1);
    let last = this.lastBlockStartingBy(end) + 1;
    for (;;) {
      const windowStart = first === 0 ? 0 : this.blockStart(first);
      const windowEnd = last >= count ? this.length : this.blockStart(last) + this.blockSource(last).length;
      const window = this.slice(windowStart, start) + insert + this.slice(end, windowEnd);
      if (this.frontMatterOpen || (windowStart === 0 && this.language === 'markdown' && opensFrontMatter(window))) {
        // Where front matter ends depends on every line below: split the whole text.
        return DocumentText.of(this.slice(0, windowStart) + window + this.slice(windowEnd), this.language);
      }
      const blocks = splitBlocks(window, this.language, { atDocumentStart: windowStart === 0 });
      const kept = blocks[blocks.length - 1];
      const settled = last >= count || (kept !== undefined && kept.start === this.blockStart(last) - windowStart + delta && kept.end === windowEnd - windowStart + delta);
      if (settled) return this.replaced(first, last, window, blocks, windowStart === 0);
      // An open fence or comment ran past the window: widen it, doubling, so a long run stays linear.
      last = Math.min(count, last + (last - first) + 1);
    }
  }

  /** Blocks `first`…`last` (to the end when `last` is past it) replaced by `blocks` of `window`. */
  private replaced(first: number, last: number, window: string, blocks: Array<{ start: number; end: number }>, fromStart: boolean): DocumentText {
    const fresh: string[] = [];
    let at = 0;
    for (const block of blocks) {
      fresh.push(window.slice(at, block.start), window.slice(block.start, block.end));
      at = block.end;
    }
    fresh.push(window.slice(at));
    // The window starts at a block (or at 0) and ends at one (or at the end): the gaps around it join its edge gaps.
    const from = fromStart ? 0 : 2 * first;
    if (!fromStart) fresh[0] = this.pieces[from] + fresh[0];
    const to = last >= this.blockCount ? this.pieces.length - 1 : 2 * last + 2;
    if (last < this.blockCount) fresh[fresh.length - 1] += this.pieces[to];
    const pieces = this.pieces.slice(0, from);
    for (const piece of fresh) pieces.push(piece);
    for (let i = to + 1; i < this.pieces.length; i++) pieces.push(this.pieces[i]);
    const next = new DocumentText(this.language, pieces);
    for (const [needle, count] of this.holding) {
      next.holding.set(needle, count - countHolding(this.pieces, needle, from, to + 1) + countHolding(fresh, needle, 0, fresh.length));
    }
    return next;
  }

  /** The last block starting at or before `offset`; -1 when none does. */
  private lastBlockStartingBy(offset: number): number {
    let low = 0;
    let high = this.blockCount - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.blockStart(mid) <= offset) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  /** The piece holding the character at `offset`: the last one starting at or before it (empty pieces share the next one's start). */
  private pieceAt(offset: number): number {
    return lastAtOrBefore(this.starts, offset);
  }
}

/**
 * `text` as gaps and blocks in turn, each its own copy: engine caches keep blocks, and a slice
 * would keep alive the whole text it was cut from, long after the draft moved on.
 */
function piecesOf(text: string, language: Language): string[] {
  const pieces: string[] = [];
  let at = 0;
  for (const block of splitBlocks(text, language)) {
    pieces.push(ownCopy(text, at, block.start), ownCopy(text, block.start, block.end));
    at = block.end;
  }
  pieces.push(ownCopy(text, at, text.length));
  return pieces;
}

/** `text.slice(start, end)` that does not point into `text` (V8 slices long strings by reference). */
function ownCopy(text: string, start: number, end: number): string {
  return `\u0000${text.slice(start, end)}`.slice(1);
}

function countHolding(pieces: readonly string[], needle: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (pieces[i].includes(needle)) count++;
  return count;
}

function startsOf(pieces: readonly string[]): number[] {
  const starts = new Array<number>(pieces.length);
  let at = 0;
  for (let i = 0; i < pieces.length; i++) {
    starts[i] = at;
    at += pieces[i].length;
  }
  return starts;
}

function clamp(offset: number, length: number): number {
  return Math.max(0, Math.min(offset, length));
}
