import { Linter } from '../engine/linter';
import type { Rule } from '../engine/rule';
import { resolveSettings } from '../engine/settings';
import type { StatusParams } from '../shared/protocol';
import type { LintedDocument } from './code-actions';
import { articleStats } from './article-stats';
import { DocumentDiagnostics } from './diagnostics';
import { languageOf, type DraftDocument } from './draft-document';
import type { ResolvedSettings } from './settings';

/** The status figures of a document that was not linted. */
export const NOT_LINTED = { findings: 0, words: 0, readingMinutes: 0, quotations: 0, sources: 0, elapsedMs: 0 } as const;

/**
 * `status` is computed when asked: its figures walk the whole article, so the server asks after
 * publishing the diagnostics, which a writer is waiting for.
 */
export type LintOutcome = { linted?: LintedDocument; status: () => Omit<StatusParams, 'uri' | 'version'> };

/** One document's linter, its last result and diagnostics; each keeps what it can between runs. */
export class DocumentLinter {
  private readonly linter: Linter;
  last?: LintedDocument;
  /** The diagnostics last published for the document. */
  readonly diagnostics: DocumentDiagnostics;

  /** `ruleSet` is for tests; the server lints with every rule. `linkDocs`: see DocumentDiagnostics. */
  constructor({ ruleSet, linkDocs = true }: { ruleSet?: readonly Rule[]; linkDocs?: boolean } = {}) {
    this.linter = new Linter(ruleSet);
    this.diagnostics = new DocumentDiagnostics(linkDocs);
  }

  lint(document: DraftDocument, { editor: settings, engine }: ResolvedSettings): LintOutcome {
    const text = document.text;
    if (text.length > settings.lint.maxFileSize) {
      this.last = undefined;
      const megabytes = (settings.lint.maxFileSize / 1_000_000).toFixed(1);
      const message = `Not linted: the document is larger than copydesk.lint.maxFileSize (${megabytes} MB).`;
      return { status: () => ({ state: 'tooLarge', ...NOT_LINTED, message }) };
    }
    const result = this.linter.lint(text, languageOf(document.languageId), engine);
    this.last = { document, version: document.version, result };
    const slow = result.elapsedMs > settings.lint.timeBudgetMs;
    return {
      linted: this.last,
      status: () => ({
        state: slow ? 'slow' : 'ok',
        findings: result.findings.length,
        ...articleStats(result.article, resolveSettings(engine).options),
        elapsedMs: Math.round(result.elapsedMs),
        ...(slow ? { message: `Linting took ${Math.round(result.elapsedMs)} ms, over copydesk.lint.timeBudgetMs (${settings.lint.timeBudgetMs} ms).` } : {}),
      }),
    };
  }
}
