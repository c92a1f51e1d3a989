import { rules } from '../../engine/rules';
import { oneOf, parseCommandLine, UsageError } from '../args';
import { paint, wantsColour } from '../colour';
import { EXIT } from '../exit';
import { RULES_HELP } from './help';

/** `copydesk rules`: every rule, as a table on a terminal, tab-separated lines for scripts, or JSON. */
export function rulesCommand(args: string[]): number {
  const { values, positionals } = parseCommandLine(args, { format: { type: 'string', short: 'f', default: 'text' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) return print(RULES_HELP);
  const format = oneOf('--format', values.format, ['text', 'json'] as const);
  if (positionals.length) throw new UsageError(`rules takes no arguments, got '${positionals[0]}'`);
  const rows = rules.map((rule) => ({ id: rule.id, defaultSeverity: rule.defaultSeverity, fixable: rule.fixable, description: rule.description }));
  if (format === 'json') return print(JSON.stringify(rows, null, 2));
  if (!process.stdout.isTTY) return print(rows.map((row) => [row.id, row.defaultSeverity, row.fixable ? 'fixable' : '-', row.description].join('\t')).join('\n'));
  const style = paint(wantsColour(process.stdout));
  const table = [['RULE', 'DEFAULT', 'FIXABLE', 'DESCRIPTION'], ...rows.map((row) => [row.id, row.defaultSeverity, row.fixable ? 'yes' : 'no', row.description])];
  const widths = [0, 1, 2].map((column) => Math.max(...table.map((cells) => cells[column].length)));
  const lines = table.map((cells, index) => {
    const line = cells.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]) : cell)).join('  ');
    return index === 0 ? style.bold(line) : line;
  });
  return print(lines.join('\n'));
}

function print(text: string): number {
  process.stdout.write(`${text}\n`);
  return EXIT.clean;
}
