import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseConfig, type ParsedConfig } from './parse-config';

export const CONFIG_FILE_NAME = '.copydesk.json';

/** The nearest `.copydesk.json` in `startDir` or above it, up to the filesystem root. */
export function findConfigFile(startDir: string): string | undefined {
  for (let dir = resolve(startDir); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not here: keep walking up.
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** Reads and parses a config file; an unreadable file is a problem, not an exception. */
export function loadConfig(path: string): ParsedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { file: path, settings: {}, problems: [{ message: `Cannot read ${path}: ${reason}`, start: 0, end: 0 }] };
  }
  return parseConfig(text, path);
}
