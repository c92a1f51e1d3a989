import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { compilePattern, type PathPattern } from './pattern';

/** The files whose patterns keep paths out of a lint run; `.copydeskignore` is read last, so it can re-include. */
export const IGNORE_FILES = ['.gitignore', '.copydeskignore'];

export interface IgnoreRule {
  pattern: PathPattern;
  negated: boolean;
  directoryOnly: boolean;
}

/** The rules of one ignore file, as git reads them (https://git-scm.com/docs/gitignore#_pattern_format). */
export function parseIgnoreFile(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    // Trailing spaces are dropped unless escaped with a backslash.
    let line = raw.replace(/(?<!\\) +$/, '');
    if (!line || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    if (negated) line = line.slice(1);
    else if (line.startsWith('\\#') || line.startsWith('\\!')) line = line.slice(1);
    const directoryOnly = line.endsWith('/');
    if (directoryOnly) line = line.slice(0, -1);
    if (!line) continue;
    // A slash at the start or in the middle ties the pattern to the ignore file's folder.
    const anchored = line.includes('/');
    if (line.startsWith('/')) line = line.slice(1);
    rules.push({ pattern: compilePattern(anchored ? line : `**/${line}`), negated, directoryOnly });
  }
  return rules;
}

/** The ignore rules of one folder, applying to paths below it. */
export interface IgnoreLevel {
  dir: string;
  rules: IgnoreRule[];
}

/**
 * Reads and caches the ignore files of each folder, and decides paths with git's precedence: the
 * deepest folder's file first, the last matching line within a file, and nothing re-included
 * below an ignored folder.
 */
export class IgnoreFiles {
  private readonly levels = new Map<string, IgnoreLevel>();

  level(dir: string): IgnoreLevel {
    let level = this.levels.get(dir);
    if (!level) {
      const rules = IGNORE_FILES.flatMap((name) => {
        const path = join(dir, name);
        return existsSync(path) ? parseIgnoreFile(readFileSync(path, 'utf8')) : [];
      });
      level = { dir, rules };
      this.levels.set(dir, level);
    }
    return level;
  }

  /** The levels that apply inside `dir`: every folder from the project root down to `dir` itself. */
  chain(dir: string): IgnoreLevel[] {
    const absolute = resolve(dir);
    const root = projectRoot(absolute);
    const dirs: string[] = [];
    for (let current = absolute; ; current = dirname(current)) {
      dirs.unshift(current);
      if (current === root || dirname(current) === current) break;
    }
    return dirs.map((each) => this.level(each));
  }

  /** Whether a path named on the command line is ignored, itself or through one of its folders. */
  isIgnored(path: string, isDirectory: boolean): boolean {
    const absolute = resolve(path);
    const levels = this.chain(dirname(absolute));
    for (let depth = 1; depth < levels.length; depth++) {
      if (isIgnoredBy(levels.slice(0, depth), levels[depth].dir, true)) return true;
    }
    return isIgnoredBy(levels, absolute, isDirectory);
  }
}

/** Applies the levels (outermost first) to an absolute path; the deepest level's last match decides. */
export function isIgnoredBy(levels: IgnoreLevel[], path: string, isDirectory: boolean): boolean {
  for (let i = levels.length - 1; i >= 0; i--) {
    const { dir, rules } = levels[i];
    if (rules.length === 0) continue;
    const relativePath = relative(dir, path).split(sep).join('/');
    if (relativePath.startsWith('../') || isAbsolute(relativePath)) continue;
    for (let j = rules.length - 1; j >= 0; j--) {
      const rule = rules[j];
      if (rule.directoryOnly && !isDirectory) continue;
      if (rule.pattern.matches(relativePath)) return !rule.negated;
    }
  }
  return false;
}

/**
 * Where ignore files start to count: the git work tree holding the path, else the current folder
 * when the path is inside it, else the path's own folder.
 */
function projectRoot(dir: string): string {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return current;
    if (dirname(current) === current) break;
  }
  const cwd = process.cwd();
  return dir === cwd || dir.startsWith(cwd + sep) ? cwd : dir;
}
