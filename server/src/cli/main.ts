import { parseArgs } from 'node:util';
import { lint } from '../engine/linter';
import { collectFiles, languageOfPath, readArticle } from './files';
import { formatText } from './format-text';
import { toFileReport, type FileReport } from './report';

declare const COPYDESK_VERSION: string;

const USAGE = `Usage: copydesk <command> [options]

Commands:
  lint [--format text|json] PATH...   Lint articles (.md, .markdown, .txt; folders are searched)
  lsp --stdio                         Run the language server (for Neovim, Emacs, Helix, …)

Options:
  -h, --help      Show this help
  -v, --version   Show the version

Exit codes: 0 no errors, 1 error-severity findings, 2 usage or I/O error.`;

export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

export function main(argv: string[]): number | undefined {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-v') return print(COPYDESK_VERSION);
  if (!command || command === '--help' || command === '-h' || command === 'help') return print(USAGE);
  if (command === 'lint') return lintCommand(rest);
  if (command === 'lsp') {
    // The server reads its transport (--stdio, --node-ipc, --socket) from process.argv itself.
    require('./server.js');
    return undefined;
  }
  return usageError(`unknown command '${command}'`);
}

function lintCommand(args: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return print(USAGE);
  if (values.format !== 'text' && values.format !== 'json') return usageError(`unknown format '${values.format}': use text or json`);
  if (positionals.length === 0) return usageError('lint needs at least one file or folder');

  const { files, errors } = collectFiles(positionals);
  const reports: FileReport[] = [];
  for (const file of files) {
    const read = readArticle(file);
    if ('error' in read) {
      errors.push(read.error);
      continue;
    }
    const result = lint(read.text, languageOfPath(file));
    for (const failure of result.failures) process.stderr.write(`copydesk: rule ${failure.rule} failed on ${file} and was skipped: ${failure.error.split('\n')[0]}\n`);
    reports.push(toFileReport(file, result.findings, result.article.lines));
  }
  for (const error of errors) process.stderr.write(`copydesk: ${error}\n`);
  process.stdout.write(values.format === 'json' ? `${JSON.stringify(reports, null, 2)}\n` : formatText(reports, Boolean(process.stdout.isTTY) && !process.env.NO_COLOR));
  if (errors.length) return EXIT.usage;
  return reports.some((report) => report.diagnostics.some((d) => d.severity === 'error')) ? EXIT.findings : EXIT.clean;
}

function print(text: string): number {
  process.stdout.write(`${text}\n`);
  return EXIT.clean;
}

function usageError(message: string): number {
  process.stderr.write(`copydesk: ${message}\nRun 'copydesk --help' for usage.\n`);
  return EXIT.usage;
}
