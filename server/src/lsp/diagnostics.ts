import { DiagnosticSeverity, type Diagnostic, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Unchanged } from './draft-document';
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
  /** The findings, and the document version and line count they were made for. */
  private lastFindings: Finding[] = [];
  private lastVersion?: number;
  private lastLineCount = 0;

  /**
   * `linkDocs`: give each diagnostic its rule's documentation link (`codeDescription`), for
   * clients that declare `codeDescriptionSupport`. Those that do not (Neovim 0.7, eglot) drop it,
   * and it was a third of what a keystroke republishes; their hover has the link.
   */
  constructor(private readonly linkDocs = true) {}

  /** `document.unchanged` (a `DraftDocument`'s) lets the findings away from an edit skip the positions. */
  update(document: TextDocument & { unchanged?: Unchanged }, findings: Finding[]): Diagnostic[] {
    const previous = this.last;
    const untouched = document.unchanged?.version === this.lastVersion ? document.unchanged : undefined;
    const unchangedBefore = untouched?.before ?? 0;
    const { from: unchangedFrom, delta } = this.unchangedAfter(document, untouched);
    // Findings come sorted by start, as the last ones did: one walk pairs them, without an index.
    let from = 0;
    let fromFinding = 0;
    const diagnostics: Diagnostic[] = [];
    for (const finding of findings) {
      // Before the edit, and on the lines after it when it added or removed none, the positions
      // are the last version's: a finding the last run made there too gets its diagnostic back
      // without a position. That is most of a long draft's.
      const reusable = finding.end < unchangedBefore ? 0 : finding.start >= unchangedFrom ? delta : undefined;
      if (reusable !== undefined) {
        while (fromFinding < this.lastFindings.length && this.lastFindings[fromFinding].start < finding.start - reusable) fromFinding++;
        const same = sameFinding(this.lastFindings, fromFinding, finding, reusable);
        if (same !== undefined) {
          diagnostics.push(previous[same]);
          continue;
        }
      }
      const start = document.positionAt(finding.start);
      const end = document.positionAt(finding.end);
      const severity = SEVERITY[finding.severity];
      while (from < previous.length && isBefore(previous[from].range.start, start)) from++;
      diagnostics.push(
        unchanged(previous, from, finding, severity, start, end) ??
          deepFreeze({
            range: { start, end },
            severity,
            code: finding.rule,
            ...(this.linkDocs ? { codeDescription: { href: docsUrl({ id: finding.rule }) } } : {}),
            source: SOURCE,
            message: finding.message,
          }),
      );
    }
    this.last = diagnostics;
    this.lastFindings = findings;
    this.lastVersion = document.version;
    this.lastLineCount = document.lineCount;
    return diagnostics;
  }

  /**
   * Where the lines wholly after an edit start, if the edit added or removed none: from there on
   * each character has the line and column it had, `delta` characters further on.
   */
  private unchangedAfter(document: TextDocument, untouched: Unchanged | undefined): { from: number; delta: number } {
    if (!untouched || document.lineCount !== this.lastLineCount) return { from: Infinity, delta: 0 };
    const line = document.positionAt(untouched.after).line + 1;
    return { from: line < document.lineCount ? document.offsetAt({ line, character: 0 }) : Infinity, delta: untouched.delta };
  }
}

function isBefore(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/**
 * Among the last findings from `from` on that started `moved` characters before `finding`, the
 * index of one no diagnostic could tell from it.
 */
function sameFinding(last: Finding[], from: number, finding: Finding, moved: number): number | undefined {
  for (let i = from; i < last.length && last[i].start === finding.start - moved; i++) {
    const old = last[i];
    if (old === finding || (old.end === finding.end - moved && old.rule === finding.rule && old.message === finding.message && old.severity === finding.severity)) return i;
  }
  return undefined;
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
