import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { DocumentText } from '../engine/model/document-text';
import { LineIndex } from '../engine/text/line-index';
import { lastAtOrBefore } from '../engine/text/last-at-or-before';
import type { Language } from '../engine/types';

/**
 * An open document as the server holds it: its text as the engine's blocks (`DocumentText`),
 * with the line starts LSP positions need. `TextDocument.update` from
 * vscode-languageserver-textdocument keeps one flat string, so every keystroke on a book-length
 * draft copied the whole book into fresh memory; here a keystroke copies the blocks around it,
 * and the linter finds the others unchanged by identity. Each version is a new, immutable object,
 * so a lint result keeps the very text it was made from.
 */
export class DraftDocument implements TextDocument {
  private constructor(
    readonly uri: string,
    readonly languageId: string,
    readonly version: number,
    readonly text: DocumentText,
    /** Counted when first asked for, then carried through edits (counted again only when an edit's edges may pair breaks). */
    private lines: readonly number[] | undefined,
    /** What an edit left of an earlier version; unknown after a whole-text change. */
    readonly unchanged?: Unchanged,
  ) {}

  /** The `create` of a `TextDocuments` configuration. */
  static create(uri: string, languageId: string, version: number, content: string): DraftDocument {
    return new DraftDocument(uri, languageId, version, DocumentText.of(content, languageOf(languageId)), undefined);
  }

  /** The `update` of a `TextDocuments` configuration: the changes in order, each on the text the one before left. */
  static update(document: DraftDocument, changes: TextDocumentContentChangeEvent[], version: number): DraftDocument {
    let current = new DraftDocument(document.uri, document.languageId, version, document.text, document.lines, { version: document.version, before: Infinity, after: 0, delta: 0 });
    for (const change of changes) {
      current = 'range' in change ? current.edited(change.range, change.text) : DraftDocument.create(document.uri, document.languageId, version, change.text);
    }
    return current;
  }

  /** This document with `range` replaced by `insert`. */
  private edited(range: Range, insert: string): DraftDocument {
    const start = this.offsetAt(range.start);
    const end = Math.max(start, this.offsetAt(range.end));
    const lines = linesAfterEdit(this.lineStarts, this.text, start, end, insert);
    const delta = insert.length - (end - start);
    // The unchanged text after this edit starts after what it inserted, or where it started, moved.
    const unchanged = this.unchanged && {
      version: this.unchanged.version,
      before: Math.min(this.unchanged.before, start),
      after: Math.max(this.unchanged.after, end) + delta,
      delta: this.unchanged.delta + delta,
    };
    return new DraftDocument(this.uri, this.languageId, this.version, this.text.edit(start, end, insert), lines, unchanged);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  getText(range?: Range): string {
    return range ? this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end)) : this.text.toString();
  }

  // positionAt and offsetAt answer as vscode-languageserver-textdocument's do, to the character.

  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.text.length));
    const lines = this.lineStarts;
    const line = lastAtOrBefore(lines, offset);
    return { line, character: this.beforeLineBreak(offset, lines[line]) - lines[line] };
  }

  offsetAt(position: Position): number {
    const lines = this.lineStarts;
    if (position.line >= lines.length) return this.text.length;
    if (position.line < 0) return 0;
    const lineStart = lines[position.line];
    if (position.character <= 0) return lineStart;
    return this.beforeLineBreak(Math.min(lineStart + position.character, this.nextLineStart(position.line)), lineStart);
  }

  getLineRange(line: number): Range {
    const lines = this.lineStarts;
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    if (line >= lines.length) {
      const lastLine = lines.length - 1;
      return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this.text.length - lines[lastLine] } };
    }
    return { start: { line, character: 0 }, end: { line, character: this.lineContentEnd(line) - lines[line] } };
  }

  getEOLCharacters(line: number): string {
    if (line < 0 || line >= this.lineStarts.length) return '';
    return this.text.slice(this.lineContentEnd(line), this.nextLineStart(line));
  }

  private lineContentEnd(line: number): number {
    return this.beforeLineBreak(this.nextLineStart(line), this.lineStarts[line]);
  }

  private nextLineStart(line: number): number {
    return line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
  }

  private get lineStarts(): readonly number[] {
    return (this.lines ??= new LineIndex(this.text).starts);
  }

  /** An offset inside or after a line break moved to before it. */
  private beforeLineBreak(offset: number, lineStart: number): number {
    while (offset > lineStart && isLineBreak(this.text.charCodeAt(offset - 1))) offset--;
    return offset;
  }
}

/**
 * The text of `version` that edits left as it was: all before `before`, and all from `after` on,
 * which stood at `after - delta` in `version`.
 */
export interface Unchanged {
  version: number;
  before: number;
  after: number;
  delta: number;
}

/**
 * The line starts after `[start, end)` of `text` is replaced by `insert`: those before the edit
 * kept, the inserted text's own added, those after it shifted. `undefined` (count them again)
 * when a `\r` before the edit or a `\n` after it could pair with what the edit leaves next to it.
 */
function linesAfterEdit(lines: readonly number[], text: DocumentText, start: number, end: number, insert: string): number[] | undefined {
  if (text.charCodeAt(start - 1) === 13 || (text.charCodeAt(end) === 10 && insert.endsWith('\r'))) return undefined;
  const first = lastAtOrBefore(lines, start);
  const last = lastAtOrBefore(lines, end);
  const delta = insert.length - (end - start);
  const next = lines.slice(0, first + 1);
  for (const added of new LineIndex(insert).starts.slice(1)) next.push(start + added);
  for (let line = last + 1; line < lines.length; line++) next.push(lines[line] + delta);
  return next;
}

function isLineBreak(code: number): boolean {
  return code === 13 || code === 10;
}

/** The engine's language for an LSP language id: MDX is Markdown to a copy editor. */
export function languageOf(languageId: string): Language {
  return languageId === 'markdown' || languageId === 'mdx' ? 'markdown' : 'plaintext';
}
