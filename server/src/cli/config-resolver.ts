import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { findConfigFile, loadConfig } from '../engine/config';
import type { PartialSettings } from '../engine/settings';
import { LineIndex } from '../engine/text/line-index';

/** Where settings come from: the nearest `.copydesk.json`, one named file, or none. */
export type ConfigChoice = { kind: 'discover' } | { kind: 'file'; path: string } | { kind: 'none' };

/**
 * Settings per article from its config file, each file read once per run. With `discover`, the
 * nearest `.copydesk.json` from the article's folder upward applies, as ESLint and Prettier find theirs.
 * Problems in a config file (broken JSON, unknown rules) are collected once, as `file:line:col: message`.
 */
export class ConfigResolver {
  private readonly nearest = new Map<string, string | undefined>();
  private readonly loaded = new Map<string, PartialSettings>();
  readonly problems: string[] = [];

  constructor(private readonly choice: ConfigChoice) {}

  /** The settings for an article at `path` (for standard input, its --stdin-filename, else the current folder). */
  settingsFor(path: string): PartialSettings {
    const configPath = this.configPathFor(path);
    return configPath ? this.load(configPath) : {};
  }

  private configPathFor(path: string): string | undefined {
    if (this.choice.kind === 'none') return undefined;
    if (this.choice.kind === 'file') return resolve(this.choice.path);
    const dir = dirname(resolve(path));
    if (!this.nearest.has(dir)) this.nearest.set(dir, findConfigFile(dir));
    return this.nearest.get(dir);
  }

  private load(path: string): PartialSettings {
    let settings = this.loaded.get(path);
    if (!settings) {
      const parsed = loadConfig(path);
      settings = parsed.settings;
      this.loaded.set(path, settings);
      if (parsed.problems.length) {
        const lines = new LineIndex(readTextOrEmpty(path));
        const shown = relative(process.cwd(), path) || path;
        for (const problem of parsed.problems) {
          const { line, character } = lines.positionAt(problem.start);
          this.problems.push(`${shown}:${line + 1}:${character + 1}: ${problem.message}`);
        }
      }
    }
    return settings;
  }
}

function readTextOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
