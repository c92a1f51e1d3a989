import { DiagnosticSeverity, type Diagnostic, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { docsUrl } from '../engine/rule';
import type { Finding, Severity } from '../engine/types';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const SOURCE = 'copydesk';

/**
 * A document's diagnostics, kept from one publish to the next. A keystroke moves the findings
 * after it by a character but, past its own line, not their lines and columns: those findings
 * get back the very diagnostics they had, frozen, so the stdio encoder reuses their JSON too.
 * Code actions find their finding by rule and range, so nothing in a diagnostic names a version.
 */
export class DocumentDiagnostics {
  /** The last diagnostics, in the order of their findings: by start. */
  private last: Diagnostic[] = [];

  /**
   * `linkDocs`: give each diagnostic its rule's documentation link (`codeDescription`), for
   * clients that declare `codeDescriptionSupport`. Those that do not (Neovim 0.7, eglot) drop it,
   * and it was a third of what a keystroke republishes; their hover has the link.
   */
  constructor(private readonly linkDocs = true) {}

  update(document: TextDocument, findings: Finding[]): Diagnostic[] {
    const previous = this.last;
    // Findings come sorted by start, as the last ones did: one walk pairs them, without an index.
    let from = 0;
    const diagnostics = findings.map((finding) => {
      const start = document.positionAt(finding.start);
      const end = document.positionAt(finding.end);
      const severity = SEVERITY[finding.severity];
      while (from < previous.length && isBefore(previous[from].range.start, start)) from++;
      return (
        unchanged(previous, from, finding, severity, start, end) ??
        deepFreeze({
          range: { start, end },
          severity,
          code: finding.rule,
          ...(this.linkDocs ? { codeDescription: { href: docsUrl({ id: finding.rule }) } } : {}),
          source: SOURCE,
          message: finding.message,
        })
      );
    });
    this.last = diagnostics;
    return diagnostics;
  }
}

function isBefore(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Among the last diagnostics from `from` on that start where the finding does, the one that says the same. */
function unchanged(previous: Diagnostic[], from: number, finding: Finding, severity: DiagnosticSeverity, start: Position, end: Position): Diagnostic | undefined {
  for (let i = from; i < previous.length; i++) {
    const old = previous[i];
    const { range } = old;
    if (range.start.line !== start.line || range.start.character !== start.character) return undefined;
    if (range.end.line === end.line && range.end.character === end.character && old.code === finding.rule && old.message === finding.message && old.severity === severity) return old;
  }
  return undefined;
}

function deepFreeze<T extends object>(value: T): T {
  for (const member of Object.values(value)) if (typeof member === 'object' && member !== null) deepFreeze(member);
  return Object.freeze(value);
}
