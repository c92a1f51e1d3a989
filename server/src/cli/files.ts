import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Language } from '../engine/types';

export const ARTICLE_EXTENSIONS = new Set(['.md', '.markdown', '.mdx', '.txt', '.text']);

export function languageOfPath(path: string): Language {
  return ['.md', '.markdown', '.mdx'].includes(extname(path).toLowerCase()) ? 'markdown' : 'plaintext';
}

/** Files named on the command line, folders walked for article files (dot folders and node_modules skipped). */
export function collectFiles(paths: string[]): { files: string[]; errors: string[] } {
  const files: string[] = [];
  const errors: string[] = [];
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      errors.push(`cannot read ${path}: ${reason(error)}`);
      continue;
    }
    if (stats.isDirectory()) files.push(...walk(path));
    else files.push(path);
  }
  return { files, errors };
}

function walk(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...walk(path));
    else if (entry.isFile() && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) found.push(path);
  }
  return found;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a file as UTF-8 text, or says in plain words why it is not an article. */
export function readArticle(path: string): { text: string } | { error: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { error: `cannot read ${path}: ${reason(error)}` };
  }
  if (bytes.subarray(0, 8000).includes(0)) return { error: `${path} is a binary file, not an article: skipped` };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { error: `${path} is not valid UTF-8 text: skipped (save it as UTF-8)` };
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
