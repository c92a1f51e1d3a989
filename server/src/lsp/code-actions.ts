import { CodeAction, CodeActionKind, type Diagnostic, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { chooseFixEdits } from '../engine/fixes';
import type { LintResult } from '../engine/linter';
import type { Finding, TextEdit } from '../engine/types';
import { SOURCE } from './diagnostics';
import { disableForFile, disableForLine } from './disable-comments';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.copydesk`;

/** The lint result a code action may use: only one computed for the document as it is now. */
export interface LintedDocument {
  document: TextDocument;
  version: number;
  result: LintResult;
}

/**
 * Quick fixes for each Copydesk diagnostic in the request (all of them, not just the first),
 * grouped as vscode-eslint does: the fix, fix-all for the rule, then disable comments.
 */
export function quickFixes(linted: LintedDocument, diagnostics: Diagnostic[]): CodeAction[] {
  const { document, result } = linted;
  const actions: CodeAction[] = [];
  const disables: CodeAction[] = [];
  const seenRules = new Set<string>();
  for (const diagnostic of diagnostics) {
    const finding = findingOf(linted, diagnostic);
    if (!finding) continue;
    finding.fixes.forEach((fix, index) => {
      const action = CodeAction.create(fix.title, edit(document, fix.edits), CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.isPreferred = finding.fixes.length === 1 && index === 0;
      actions.push(action);
    });
    if (seenRules.has(finding.rule)) continue;
    seenRules.add(finding.rule);
    // Fill-in blanks are offered one by one, never in bulk.
    const sameRule = result.findings.filter((other) => other.rule === finding.rule && other.fixes.length > 0 && !other.fixes[0].fillIn);
    if (sameRule.length > 1) {
      const fixAll = CodeAction.create(`Fix all ${finding.rule} problems`, edit(document, chooseFixEdits(sameRule)), CodeActionKind.QuickFix);
      fixAll.diagnostics = [diagnostic];
      actions.push(fixAll);
    }
    const line = CodeAction.create(`Disable ${finding.rule} for this line`, edit(document, [disableForLine(result.article, finding)]), CodeActionKind.QuickFix);
    line.diagnostics = [diagnostic];
    const file = CodeAction.create(`Disable ${finding.rule} for this file`, edit(document, [disableForFile(result.article, finding.rule)]), CodeActionKind.QuickFix);
    file.diagnostics = [diagnostic];
    disables.push(line, file);
  }
  return [...actions, ...disables];
}

/** `source.fixAll.copydesk`: every fix that does not overlap another, for fix-on-save. */
export function fixAll(linted: LintedDocument): CodeAction | undefined {
  const edits = chooseFixEdits(linted.result.findings);
  if (edits.length === 0) return undefined;
  return CodeAction.create('Fix all Copydesk problems', edit(linted.document, edits), FIX_ALL_KIND);
}

/**
 * The finding behind a diagnostic: same rule, same range in the document as it is now. One sent
 * for an older version matches only while that finding is still there, so no fix lands on moved text.
 */
function findingOf(linted: LintedDocument, diagnostic: Diagnostic): Finding | undefined {
  if (diagnostic.source !== SOURCE) return undefined;
  const start = linted.document.offsetAt(diagnostic.range.start);
  const end = linted.document.offsetAt(diagnostic.range.end);
  return linted.result.findings.find((finding) => finding.rule === diagnostic.code && finding.start === start && finding.end === end);
}

/** A versioned edit, so the editor refuses it if the document changed meanwhile. */
function edit(document: TextDocument, edits: TextEdit[]): WorkspaceEdit {
  const lspEdits: LspTextEdit[] = edits.map((e) => ({
    range: { start: document.positionAt(e.start), end: document.positionAt(e.end) },
    newText: e.newText,
  }));
  return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: lspEdits }] };
}
