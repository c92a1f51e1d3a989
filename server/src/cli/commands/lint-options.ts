import type { Severity, SeveritySetting } from '../../engine/types';
import { oneOf, parseCommandLine, UsageError, wholeNumber } from '../args';
import type { ConfigChoice } from '../config-resolver';
import { FORMATS, type Format } from '../format';
import { ruleById } from '../rule-lookup';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];
const SEVERITY_SETTINGS: readonly SeveritySetting[] = [...SEVERITIES, 'off'];

export type RuleOverride = SeveritySetting | 'default';

export interface LintOptions {
  help: boolean;
  format: Format;
  fix: 'write' | 'dry-run' | 'none';
  /** Severity per rule from `--rule` and `--disable`, over the config file; `default` restores the rule's own. */
  ruleOverrides: Record<string, RuleOverride>;
  config: ConfigChoice;
  /** Report only findings at least this severe. */
  threshold: Severity;
  maxWarnings: number | undefined;
  /** Read the article from standard input, reported under this name. */
  stdin: { name: string } | undefined;
  ignore: boolean;
  colour: boolean | undefined;
  inputs: string[];
}

export const LINT_FLAGS = {
  format: { type: 'string', short: 'f', default: 'text' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  disable: { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  'severity-threshold': { type: 'string' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'no-ignore': { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseLintOptions(args: string[]): LintOptions {
  const { values, positionals } = parseCommandLine(args, LINT_FLAGS);
  const readsStdin = Boolean(values.stdin) || positionals.includes('-');
  const paths = positionals.filter((input) => input !== '-');
  // As in ESLint 9: no paths means the current folder.
  const inputs = paths.length || readsStdin ? paths : ['.'];
  const options: LintOptions = {
    help: Boolean(values.help),
    format: oneOf('--format', values.format, FORMATS),
    fix: values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : 'none',
    ruleOverrides: ruleOverrides(values.rule ?? [], values.disable ?? []),
    config: configChoice(values.config, Boolean(values['no-config'])),
    threshold: values.quiet ? 'error' : values['severity-threshold'] === undefined ? 'hint' : oneOf('--severity-threshold', values['severity-threshold'], SEVERITIES),
    maxWarnings: values['max-warnings'] === undefined ? undefined : wholeNumber('--max-warnings', values['max-warnings']),
    stdin: readsStdin ? { name: values['stdin-filename'] ?? '<stdin>' } : undefined,
    ignore: !values['no-ignore'],
    colour: values['no-color'] ? false : values.color ? true : undefined,
    inputs,
  };
  if (options.help) return options;
  if (values.fix && values['fix-dry-run']) throw new UsageError('use --fix or --fix-dry-run, not both');
  if (values['no-config'] && values.config !== undefined) throw new UsageError('use --config or --no-config, not both');
  if (values['stdin-filename'] !== undefined && !readsStdin) throw new UsageError('--stdin-filename needs --stdin (or - as the path)');
  if (readsStdin && inputs.length) throw new UsageError('read standard input or lint paths, not both');
  if (readsStdin && options.fix === 'write') throw new UsageError('--fix cannot write back to standard input: use --fix-dry-run to see the changes');
  return options;
}

/**
 * `--rule RULE:severity` sets a rule's severity; `--rule RULE` turns it back on as the rule itself
 * grades its findings (over a config that turned it off); `--disable RULE` turns it off.
 */
function ruleOverrides(ruleFlags: string[], disableFlags: string[]): Record<string, RuleOverride> {
  const overrides: Record<string, RuleOverride> = {};
  for (const flag of ruleFlags) {
    const [id, severity] = flag.split(':', 2);
    ruleById(id);
    overrides[id] = severity === undefined ? 'default' : oneOf(`--rule ${id}:`, severity, SEVERITY_SETTINGS);
  }
  for (const id of disableFlags) {
    ruleById(id);
    overrides[id] = 'off';
  }
  return overrides;
}

export function configChoice(config: string | undefined, noConfig: boolean): ConfigChoice {
  if (noConfig) return { kind: 'none' };
  return config === undefined ? { kind: 'discover' } : { kind: 'file', path: config };
}
