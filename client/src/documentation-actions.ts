import { CodeAction, CodeActionKind, type Diagnostic } from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

/** The command that opens a rule's documentation; registered in commands.ts. */
export const SHOW_DOCUMENTATION = 'copydesk.showDocumentation';

/**
 * Adds "Show documentation for RULE" after the server's quick fixes. It lives in the client
 * because opening a browser is the editor's business: other LSP clients get the docs link on the
 * diagnostic itself (codeDescription) instead of a command they could not run.
 */
export const documentationActions: Middleware['provideCodeActions'] = async (document, range, context, token, next) => {
  const actions = (await next(document, range, context, token)) ?? [];
  const wantsQuickFixes = !context.only || context.only.intersects(CodeActionKind.QuickFix);
  if (!wantsQuickFixes) return actions;
  const seen = new Set<string>();
  for (const diagnostic of context.diagnostics) {
    const docs = documentationOf(diagnostic);
    if (!docs || seen.has(docs.rule)) continue;
    seen.add(docs.rule);
    const action = new CodeAction(`Show documentation for ${docs.rule}`, CodeActionKind.QuickFix);
    action.command = { title: action.title, command: SHOW_DOCUMENTATION, arguments: [docs.href] };
    action.diagnostics = [diagnostic];
    actions.push(action);
  }
  return actions;
};

function documentationOf(diagnostic: Diagnostic): { rule: string; href: string } | undefined {
  if (diagnostic.source !== 'copydesk' || typeof diagnostic.code !== 'object') return undefined;
  return { rule: String(diagnostic.code.value), href: diagnostic.code.target.toString() };
}
