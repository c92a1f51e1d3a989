import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
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

/** What a diagnostic carries back to the server in code-action requests. */
export interface DiagnosticData {
  /** Index of the finding in the lint result of `version`. */
  finding: number;
  version: number;
}

export function toDiagnostic(document: TextDocument, finding: Finding, index: number): Diagnostic {
  const data: DiagnosticData = { finding: index, version: document.version };
  return {
    range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) },
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    codeDescription: { href: docsUrl({ id: finding.rule }) },
    source: SOURCE,
    message: finding.message,
    data,
  };
}
