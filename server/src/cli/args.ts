import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A usage mistake: reported in one line, exit code 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node's own parser, strict, with its multi-sentence messages cut to one line a person can act on.
 */
export function parseCommandLine<T extends Options>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${message.match(/'[^']*'/)?.[0] ?? message}`);
    throw new UsageError(message.split(/\.\s/)[0].replace(/^Option/, 'option').replace(/\.$/, ''));
  }
}

/** Parses a non-negative whole number given to `flag`. */
export function wholeNumber(flag: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} expects a whole number, got '${value}'`);
  return Number(value);
}

/** Checks a value against its choices, naming them when it is not one. */
export function oneOf<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${choices.join(', ')}, got '${value}'`);
  return value as T;
}
