import { Uri, window, workspace, type TextDocument, type WorkspaceFolder } from 'vscode';

export const CONFIG_FILE_NAME = '.copydesk.json';
const STARTER = `${JSON.stringify({ $schema: 'https://github.com/copydesk/copydesk/blob/main/schemas/copydesk.schema.json', rules: {} }, null, 2)}\n`;

/**
 * Opens the `.copydesk.json` that governs the active article, found as the server finds it:
 * `copydesk.config` if set (relative to the article's folder), else the nearest one in the
 * article's folder or above, within its workspace folder. Without one, offers to create it at the
 * workspace folder's root; `create` answers that question in advance (tests, keybindings with args).
 */
export async function openConfig(create?: boolean): Promise<Uri | undefined> {
  const document = window.activeTextEditor?.document;
  const folder = (document && workspace.getWorkspaceFolder(document.uri)) ?? workspace.workspaceFolders?.[0];
  let config = document && (configured(document) ?? (folder && (await nearest(document.uri, folder))));
  if (!config) {
    if (!folder) {
      void window.showInformationMessage(`Copydesk: open a folder to give it a ${CONFIG_FILE_NAME}.`);
      return undefined;
    }
    const confirmed = create ?? (await window.showInformationMessage(`No ${CONFIG_FILE_NAME} applies here. Create one in ${folder.name}?`, 'Create')) === 'Create';
    if (!confirmed) return undefined;
    config = Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
    await workspace.fs.writeFile(config, new TextEncoder().encode(STARTER));
  }
  await window.showTextDocument(config, { preview: false });
  return config;
}

function configured(document: TextDocument): Uri | undefined {
  const path = workspace.getConfiguration('copydesk', document.uri).get<string>('config', '');
  if (!path) return undefined;
  return path.startsWith('/') ? Uri.file(path) : Uri.joinPath(document.uri, '..', path);
}

async function nearest(article: Uri, folder: WorkspaceFolder): Promise<Uri | undefined> {
  for (let dir = Uri.joinPath(article, '..'); dir.path.startsWith(folder.uri.path); dir = Uri.joinPath(dir, '..')) {
    const candidate = Uri.joinPath(dir, CONFIG_FILE_NAME);
    try {
      await workspace.fs.stat(candidate);
      return candidate;
    } catch {
      // Not here: look in the folder above.
    }
    if (dir.path === folder.uri.path) break;
  }
  return undefined;
}
