import { Uri, window, workspace } from 'vscode';
import type { ClaimsView } from './claims-view';

/**
 * Writes the active article's fact-check checklist as Markdown (beside the article by default,
 * `NAME.claims.md`) and opens it. `target` skips the save dialog (tests, keybindings with args).
 */
export async function exportClaims(claims: ClaimsView, target?: Uri): Promise<Uri | undefined> {
  await claims.refresh();
  const checklist = claims.checklist;
  if (!checklist) {
    void window.showInformationMessage('Copydesk: open an article to export its claims checklist.');
    return undefined;
  }
  const { article, markdown } = checklist;
  let destination = target;
  if (!destination) {
    const beside = article.uri.scheme === 'file' ? Uri.file(article.uri.fsPath.replace(/(\.[^./\\]+)?$/, '.claims.md')) : undefined;
    destination = await window.showSaveDialog({ defaultUri: beside, filters: { Markdown: ['md'] }, saveLabel: 'Export checklist' });
  }
  if (!destination) return undefined;
  await workspace.fs.writeFile(destination, new TextEncoder().encode(markdown));
  await window.showTextDocument(destination, { preview: false });
  return destination;
}
