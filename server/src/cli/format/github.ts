import type { Severity } from '../../engine/types';
import type { FileReport } from '../report';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/**
 * GitHub Actions workflow commands, which the runner turns into annotations on the pull request:
 * `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::message` (1-based; end column exclusive).
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
export function formatGithub(reports: FileReport[]): string {
  let out = '';
  for (const report of reports) {
    for (const d of report.diagnostics) {
      const properties = [
        ['file', report.file],
        ['line', d.range.start.line + 1],
        ['col', d.range.start.character + 1],
        ['endLine', d.range.end.line + 1],
        ['endColumn', d.range.end.character + 1],
        ['title', d.rule],
      ].map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
      out += `::${COMMAND[d.severity]} ${properties.join(',')}::${escapeData(d.message)}\n`;
    }
  }
  return out;
}

/** The runner's own escaping (actions/toolkit `command.ts`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
