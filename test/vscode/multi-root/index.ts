import assert from 'node:assert/strict';
import { Uri, window, workspace } from 'vscode';
import { runCases, until, waitForRules } from '../suite/harness';

/** The workspace (paths.ts: multiRootWorkspace) has two desks; the opinion desk turns a rule off. */
function articleIn(folderName: string): Uri {
  const folder = workspace.workspaceFolders?.find((candidate) => candidate.name === folderName);
  assert.ok(folder, `no folder ${folderName} in ${JSON.stringify(workspace.workspaceFolders?.map((f) => f.name))}`);
  return Uri.joinPath(folder.uri, 'article.txt');
}

export function run(): Promise<void> {
  return runCases([
    {
      name: 'each folder of a multi-root workspace is linted with its own settings',
      async run() {
        // The web workbench reads the .code-workspace file after the extension host starts.
        await until('both workspace folders', () => workspace.workspaceFolders?.length ?? 0, (count) => count === 2, 60_000);
        const news = await workspace.openTextDocument(articleIn('news'));
        await window.showTextDocument(news);
        await waitForRules(news.uri, (rules) => rules.includes('leftover-boilerplate') && rules.includes('quote-style'), 'both rules in the news desk');
        const opinion = await workspace.openTextDocument(articleIn('opinion'));
        await window.showTextDocument(opinion);
        await waitForRules(opinion.uri, (rules) => rules.includes('quote-style') && !rules.includes('leftover-boilerplate'), 'leftover-boilerplate off in the opinion desk');
      },
    },
  ]);
}
