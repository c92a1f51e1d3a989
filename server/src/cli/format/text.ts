import type { Severity } from '../../engine/types';
import { paint, type Palette } from '../colour';
import type { FileReport } from '../report';
import { summarize } from './summary';

const SEVERITY_STYLE: Record<Severity, keyof Palette> = { error: 'red', warning: 'yellow', information: 'cyan', hint: 'dim' };

/**
 * ESLint's "stylish" layout: the file, then one aligned `line:col  severity  message  rule` row per
 * finding (1-based, as people and other linters count), then a summary. Clean runs print nothing.
 */
export function formatText(reports: FileReport[], colour: boolean): string {
  const style = paint(colour);
  const blocks: string[] = [];
  for (const report of reports) {
    if (report.diagnostics.length === 0) continue;
    const rows = report.diagnostics.map((d) => ({
      position: `${d.range.start.line + 1}:${d.range.start.character + 1}`,
      severity: d.severity,
      message: d.message.replace(/\s*\n\s*/g, ' '),
      rule: d.rule,
    }));
    const width = (key: 'position' | 'severity' | 'message') => Math.max(...rows.map((row) => row[key].length));
    const [positionWidth, severityWidth, messageWidth] = [width('position'), width('severity'), width('message')];
    const lines = rows.map(
      (row) =>
        `  ${style.dim(row.position.padEnd(positionWidth))}  ${style[SEVERITY_STYLE[row.severity]](row.severity.padEnd(severityWidth))}  ${row.message.padEnd(messageWidth)}  ${style.dim(row.rule)}`,
    );
    blocks.push(`${style.underline(report.file)}\n${lines.map((line) => line.trimEnd()).join('\n')}\n`);
  }
  if (blocks.length === 0) return '';
  const summary = summarize(reports);
  const tally = [`${count(summary.error, 'error')}`, `${count(summary.warning, 'warning')}`];
  if (summary.information) tally.push(`${summary.information} information`);
  if (summary.hint) tally.push(count(summary.hint, 'hint'));
  const headline = `✖ ${count(summary.problems, 'problem')} (${tally.join(', ')}) in ${count(summary.files, 'file')}`;
  const lines = [`${blocks.join('\n')}`, style.bold(summary.error ? style.red(headline) : style.yellow(headline))];
  if (summary.fixable) lines.push(`  ${count(summary.fixable, 'problem')} fixable with the --fix option.`);
  return `${lines.join('\n')}\n`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
