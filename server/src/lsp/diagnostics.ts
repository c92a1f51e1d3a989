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
  /** The last diagnostics by the line they start on. */
  private byLine = new Map<number, Diagnostic[]>();

  /**
   * `linkDocs`: give each diagnostic its rule's documentation link (`codeDescription`), for
   * clients that declare `codeDescriptionSupport`. Those that do not (Neovim 0.7, eglot) drop it,
   * and it was a third of what a keystroke republishes; their hover has the link.
   */
  constructor(private readonly linkDocs = true) {}

  update(document: TextDocument, findings: Finding[]): Diagnostic[] {
    const previous = this.byLine;
    const next = new Map<number, Diagnostic[]>();
    const diagnostics = findings.map((finding) => {
      const start = document.positionAt(finding.start);
      const end = document.positionAt(finding.end);
      const severity = SEVERITY[finding.severity];
      const diagnostic =
        unchanged(previous.get(start.line), finding, severity, start, end) ??
        deepFreeze({
          range: { start, end },
          severity,
          code: finding.rule,
          ...(this.linkDocs ? { codeDescription: { href: docsUrl({ id: finding.rule }) } } : {}),
          source: SOURCE,
          message: finding.message,
        });
      const onLine = next.get(start.line);
      if (onLine) onLine.push(diagnostic);
      else next.set(start.line, [diagnostic]);
      return diagnostic;
    });
    this.byLine = next;
    return diagnostics;
  }
}

/** The diagnostic among `candidates` (those on the finding's start line) that says the same. */
function unchanged(candidates: Diagnostic[] | undefined, finding: Finding, severity: DiagnosticSeverity, start: Position, end: Position): Diagnostic | undefined {
  for (const old of candidates ?? []) {
    const { range } = old;
    if (range.start.character === start.character && range.end.line === end.line && range.end.character === end.character &&
      old.code === finding.rule && old.message === finding.message && old.severity === severity) return old;
  }
  return undefined;
}

function deepFreeze<T extends object>(value: T): T {
  for (const member of Object.values(value)) if (typeof member === 'object' && member !== null) deepFreeze(member);
  return Object.freeze(value);
}
