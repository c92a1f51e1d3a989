import schemaJson from '../../../../schemas/copydesk.schema.json';
import type { PartialSettings } from '../settings';
import { JsonSyntaxError, parseJsonTree } from './json-tree';
import { checkNode, type ConfigProblem, type SchemaNode } from './schema-check';

export type { ConfigProblem } from './schema-check';

export interface ParsedConfig {
  file: string;
  settings: PartialSettings;
  problems: ConfigProblem[];
}

/** The shipped JSON Schema is the one description of the file: editors and this parser both read it. */
export const CONFIG_SCHEMA = schemaJson as SchemaNode;

/**
 * Reads a `.copydesk.json` text into settings. Never throws: a syntax error yields no settings
 * (the defaults apply) and one problem at the error; schema violations are reported where they
 * are and only the offending part falls back to its default. The file is data, never code.
 */
export function parseConfig(text: string, fileName: string): ParsedConfig {
  const problems: ConfigProblem[] = [];
  if (text.trim() === '') return { file: fileName, settings: {}, problems };
  let checked: unknown;
  try {
    checked = checkNode(parseJsonTree(text), CONFIG_SCHEMA, CONFIG_SCHEMA, [], problems);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { file: fileName, settings: {}, problems: [{ message: error.message, start: error.start, end: error.end }] };
  }
  const config = (checked ?? {}) as { rules?: PartialSettings['rules']; options?: Record<string, unknown>; house?: Record<string, unknown> };
  const settings: PartialSettings = {};
  if (config.rules) settings.rules = config.rules;
  if (config.options || config.house) {
    settings.options = { ...(config.options as PartialSettings['options']), ...(config.house ? { house: config.house } : {}) };
  }
  return { file: fileName, settings, problems };
}
