import { writeFileSync } from 'node:fs';
import { DEFAULT_OPTIONS } from '../../engine/settings';
import { parseCommandLine, UsageError } from '../args';
import { EXIT } from '../exit';
import { INIT_HELP } from './help';

export const CONFIG_FILE = '.copydesk.json';
/** Editors fetch this to complete and check the file; the VS Code extension also ships it. */
export const SCHEMA_URL = 'https://raw.githubusercontent.com/copydesk/copydesk/main/schemas/copydesk.schema.json';

/**
 * The starter file. JSON has no comments, so it documents itself instead: the schema (which gives
 * every key's description in editors), every option at its default, and empty house lists to fill.
 */
export function starterConfig(): string {
  const { house, ...options } = DEFAULT_OPTIONS;
  return `${JSON.stringify({ $schema: SCHEMA_URL, rules: {}, options, house }, null, 2)}\n`;
}

/** `copydesk init`: writes a starter `.copydesk.json` in the current folder, never over an existing one. */
export function initCommand(args: string[]): number {
  const { values, positionals } = parseCommandLine(args, { help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    process.stdout.write(INIT_HELP);
    return EXIT.clean;
  }
  if (positionals.length) throw new UsageError(`init takes no arguments, got '${positionals[0]}'`);
  try {
    // 'wx' fails if the file exists, with no window for a race between checking and writing.
    writeFileSync(CONFIG_FILE, starterConfig(), { flag: 'wx' });
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
    process.stderr.write(`copydesk: ${exists ? `${CONFIG_FILE} already exists: left as it is` : `cannot write ${CONFIG_FILE}: ${(error as Error).message}`}\n`);
    return EXIT.usage;
  }
  process.stdout.write(
    `Wrote ${CONFIG_FILE}. Set rule severities under "rules" ("quote-style": "error", or "off"; 'copydesk rules' lists them),\n` +
      `options under "options", and your newsroom's word lists under "house".\n`,
  );
  return EXIT.clean;
}
