import { Range, type Command, type TextDocument } from 'vscode';
import type { Range as LspRange } from 'vscode-languageserver-protocol';

export function toRange(range: LspRange): Range {
  return new Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** A tree item's click: open the article with the passage selected. */
export function revealCommand(document: TextDocument, range: LspRange): Command {
  return { title: 'Show in the article', command: 'vscode.open', arguments: [document.uri, { selection: toRange(range) }] };
}

/** One line of a passage for a tree label; the tooltip carries the whole. */
export function excerpt(text: string, length = 80): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}
