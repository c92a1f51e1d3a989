import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { IgnoreFiles, isIgnoredBy, type IgnoreLevel } from './ignore';
import { compilePattern, hasMagic } from './pattern';

export const ARTICLE_EXTENSIONS = new Set(['.md', '.markdown', '.mdx', '.txt', '.text']);

export interface CollectOptions {
  /** Honour .gitignore and .copydeskignore (on unless `--no-ignore`). */
  ignore: boolean;
}

export interface Collected {
  files: string[];
  /** Paths that could not be read or patterns that matched nothing: a usage or I/O error. */
  errors: string[];
  /** Named paths skipped on purpose, said on stderr so nobody wonders where a file went. */
  notes: string[];
}

/**
 * Files named on the command line, folders walked for article files, and globs matched over the
 * walked tree. Dot folders and node_modules are never walked; ignore files apply to everything,
 * as in ESLint, unless `--no-ignore`. Each file is listed once, in the order first found.
 */
export function collectFiles(inputs: string[], options: CollectOptions): Collected {
  const ignores = new IgnoreFiles();
  const collected: Collected = { files: [], errors: [], notes: [] };
  const seen = new Set<string>();
  const add = (path: string) => {
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    collected.files.push(path);
  };
  const unreadable = (dir: string, error: unknown) => collected.errors.push(`cannot read ${dir}: ${errorReason(error)}`);
  for (const input of inputs) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(input).isDirectory();
    } catch (error) {
      if (hasMagic(input)) {
        const matches = globFiles(input, options.ignore ? ignores : undefined, unreadable);
        if (matches.length) matches.forEach(add);
        else collected.errors.push(`no files match the pattern ${input}`);
      } else collected.errors.push(`cannot read ${input}: ${errorReason(error)}`);
      continue;
    }
    if (options.ignore && ignores.isIgnored(input, isDirectory)) {
      collected.notes.push(`${input} is ignored by .gitignore or .copydeskignore: skipped (use --no-ignore to lint it)`);
    } else if (isDirectory) {
      walk(input, options.ignore ? ignores : undefined, add, unreadable);
    } else add(input);
  }
  return collected;
}

/** Files under the pattern's fixed leading folders whose path matches the rest of it. */
function globFiles(pattern: string, ignores: IgnoreFiles | undefined, unreadable: Unreadable): string[] {
  const segments = pattern.split('/');
  const firstMagic = segments.findIndex(hasMagic);
  const base = segments.slice(0, firstMagic).join('/') || (pattern.startsWith('/') ? '/' : '.');
  const matcher = compilePattern(segments.slice(firstMagic).join('/'));
  const found: string[] = [];
  try {
    if (!statSync(base).isDirectory()) return [];
  } catch {
    return [];
  }
  const visit = (path: string, relativePath: string) => {
    if (matcher.matches(relativePath)) found.push(path);
  };
  walk(base, ignores, visit, unreadable);
  return found;
}

type Visit = (path: string, relativePath: string) => void;
type Unreadable = (dir: string, error: unknown) => void;

/** Visits article files below `root` in name order, skipping what the ignore files exclude. */
function walk(root: string, ignores: IgnoreFiles | undefined, visit: Visit, unreadable: Unreadable): void {
  const visitDir = (dir: string, relativeDir: string, levels: IgnoreLevel[]) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    } catch (error) {
      return unreadable(dir, error);
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      const relativePath = relativeDir ? `${relativeDir}/${entry.name}` : entry.name;
      const isDirectory = entry.isDirectory();
      if (!isDirectory && !(entry.isFile() && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase()))) continue;
      if (ignores && isIgnoredBy(levels, resolve(path), isDirectory)) continue;
      if (isDirectory) visitDir(path, relativePath, ignores ? [...levels, ignores.level(resolve(path))] : levels);
      else visit(path, relativePath);
    }
  };
  visitDir(root, '', ignores ? ignores.chain(root) : []);
}

export function errorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
