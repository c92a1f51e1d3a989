import { lastAtOrBefore } from './last-at-or-before';

/** LSP-style position: 0-based line, UTF-16 code-unit character. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** What a line index reads: a string, or a text held in chunks whose concatenation it is. */
export type IndexedText = string | { readonly length: number; charCodeAt(offset: number): number; chunks(): readonly string[] };

/**
 * Maps UTF-16 offsets to LSP positions and back. Lines end at `\n`, `\r\n` or a lone `\r`,
 * as LSP defines them, so CRLF files get the same positions an editor shows.
 */
export class LineIndex {
  private lineStarts?: number[];

  constructor(private readonly text: IndexedText) {}

  /** Offsets where each line starts. Built on first use: most lints of a keystroke never convert a position. */
  get starts(): readonly number[] {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    let offset = 0;
    // A `\r` ending one chunk may pair with a `\n` opening the next.
    let pendingReturn = false;
    for (const chunk of typeof this.text === 'string' ? [this.text] : this.text.chunks()) {
      for (let i = 0; i < chunk.length; i++) {
        const code = chunk.charCodeAt(i);
        if (pendingReturn) {
          pendingReturn = false;
          if (code === 10) {
            starts[starts.length - 1]++;
            continue;
          }
        }
        if (code === 13 /* \r */) {
          if (i + 1 === chunk.length) pendingReturn = true;
          else if (chunk.charCodeAt(i + 1) === 10) i++;
          starts.push(offset + i + 1);
        } else if (code === 10 /* \n */) {
          starts.push(offset + i + 1);
        }
      }
      offset += chunk.length;
    }
    return (this.lineStarts = starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineOf(offset: number): number {
    return lastAtOrBefore(this.starts, Math.max(0, Math.min(offset, this.text.length)));
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** Offset just past the line's content, before its line break. */
  lineContentEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(clamped);
    return { line, character: clamped - this.starts[line] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.lineStart(position.line);
    return Math.min(start + Math.max(0, position.character), this.lineContentEnd(position.line));
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}
