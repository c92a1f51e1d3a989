import type { TextDocument } from 'vscode-languageserver-textdocument';
import { claimsChecklistOf, renderChecklistMarkdown } from '../engine/claims/checklist';
import { sourcesOf, type SourceQuotation } from '../engine/quotes/sources';
import { resolveSettings, type PartialSettings } from '../engine/settings';
import type { ClaimsResult, SourceQuotationItem, SourcesResult } from '../shared/protocol';
import type { LintedDocument } from './code-actions';

/** The engine's sources with LSP ranges: speakers in the order the article introduces them. */
export function sourcesResult({ document, result }: LintedDocument, engine: PartialSettings): SourcesResult {
  const sources = sourcesOf(result.article, resolveSettings(engine).options);
  const item = (quotation: SourceQuotation): SourceQuotationItem => ({ range: rangeOf(document, quotation), text: quotation.text, kind: quotation.kind });
  return {
    speakers: sources.speakers.map((speaker) => ({ ...speaker, quotations: speaker.quotations.map(item) })),
    unattributed: sources.unattributed.map(item),
  };
}

/** The fact-check checklist, as items with LSP ranges and as Markdown named after the file. */
export function claimsResult({ document, result }: LintedDocument, engine: PartialSettings): ClaimsResult {
  const items = claimsChecklistOf(result.article, resolveSettings(engine).options);
  const fileName = decodeURIComponent(document.uri.split('/').pop() ?? document.uri);
  return {
    items: items.map(({ start, end, ...rest }) => ({ ...rest, range: rangeOf(document, { start, end }) })),
    markdown: renderChecklistMarkdown(items, result.article, fileName),
  };
}

function rangeOf(document: TextDocument, { start, end }: { start: number; end: number }) {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}
