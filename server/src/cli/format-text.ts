import type { FileReport } from './report';

const COLOURS = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[2m' } as const;
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

/** `file:line:col  severity  message  rule`, 1-based as people and other linters count. */
export function formatText(reports: FileReport[], colour: boolean): string {
  const paint = (code: string, text: string) => (colour ? `${code}${text}${RESET}` : text);
  const lines: string[] = [];
  for (const report of reports) {
    for (const diagnostic of report.diagnostics) {
      const { line, character } = diagnostic.range.start;
      lines.push(
        `${report.file}:${line + 1}:${character + 1}  ${paint(COLOURS[diagnostic.severity], diagnostic.severity)}  ${diagnostic.message}  ${paint(DIM, diagnostic.rule)}`,
      );
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
