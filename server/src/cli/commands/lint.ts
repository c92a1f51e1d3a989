import { readFileSync } from 'node:fs';
import { Linter } from '../../engine/linter';
import type { Severity } from '../../engine/types';
import { wantsColour } from '../colour';
import { EXIT } from '../exit';
import { decodeArticle, encodeArticle, languageOfPath, readArticle, type ArticleFile } from '../files/article-file';
import { collectFiles } from '../files/collect';
import { writeFileAtomic } from '../files/write-atomic';
import { fixText } from '../fix/fix-file';
import { unifiedDiff } from '../fix/unified-diff';
import { formatReports } from '../format';
import { startProgress } from '../progress';
import { toFileReport, type FileReport } from '../report';
import { withRuleOverrides } from '../settings';
import { LINT_HELP } from './help';
import { parseLintOptions, SEVERITIES, type LintOptions } from './lint-options';

/** Something to lint: a file on disk, or standard input under the name it was given. */
interface Target {
  name: string;
  path?: string;
}

export function lintCommand(args: string[]): number {
  const options = parseLintOptions(args);
  if (options.help) {
    process.stdout.write(LINT_HELP);
    return EXIT.clean;
  }
  const problems: string[] = [];
  const targets: Target[] = options.stdin ? [{ name: options.stdin.name }] : collectTargets(options, problems);
  const reports: FileReport[] = [];
  const diffs: string[] = [];
  const progress = startProgress(targets.length);
  for (const target of targets) {
    const report = lintTarget(target, options, problems, diffs);
    if (report) reports.push(report);
    progress.tick();
  }
  progress.done();

  for (const problem of problems) process.stderr.write(`copydesk: ${problem}\n`);
  if (options.fix === 'dry-run') process.stdout.write(diffs.join(''));
  else process.stdout.write(formatReports(options.format, reports, { colour: options.colour ?? wantsColour(process.stdout), cwd: process.cwd() }));
  return exitCode(reports, problems, options);
}

function collectTargets(options: LintOptions, problems: string[]): Target[] {
  const { files, errors, notes } = collectFiles(options.inputs, { ignore: options.ignore });
  for (const note of notes) process.stderr.write(`copydesk: ${note}\n`);
  problems.push(...errors);
  return files.map((path) => ({ name: path, path }));
}

/** Lints (and with --fix, fixes) one target; undefined when it could not be read or written. */
function lintTarget(target: Target, options: LintOptions, problems: string[], diffs: string[]): FileReport | undefined {
  const file = target.path === undefined ? decodeArticle(readFileSync(0), target.name) : readArticle(target.path);
  if ('error' in file) {
    problems.push(file.error);
    return undefined;
  }
  const language = languageOfPath(target.name);
  const settings = withRuleOverrides({}, options.ruleOverrides);
  const linter = new Linter();
  const { text, result } = options.fix === 'none' ? { text: file.text, result: linter.lint(file.text, language, settings) } : fixText(linter, file.text, language, settings);
  for (const failure of result.failures) {
    process.stderr.write(`copydesk: rule ${failure.rule} failed on ${target.name} and was skipped: ${failure.error.split('\n')[0]}\n`);
  }
  if (text !== file.text && !saveFix(target, file, text, options, diffs, problems)) return undefined;
  const report = toFileReport(target.name, result.findings, result.article.lines);
  const reported = (severity: Severity) => SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(options.threshold);
  return { ...report, diagnostics: report.diagnostics.filter((d) => reported(d.severity)) };
}

function saveFix(target: Target, file: ArticleFile, fixed: string, options: LintOptions, diffs: string[], problems: string[]): boolean {
  if (options.fix === 'dry-run' || target.path === undefined) {
    diffs.push(unifiedDiff(target.name, file.text, fixed));
    return true;
  }
  try {
    writeFileAtomic(target.path, encodeArticle(fixed, file.encoding));
    return true;
  } catch (error) {
    problems.push(`cannot write the fixes to ${target.name}: ${(error as Error).message}`);
    return false;
  }
}

/** 2 for usage and I/O problems; 1 for errors, or warnings past --max-warnings; else 0. */
function exitCode(reports: FileReport[], problems: string[], options: LintOptions): number {
  if (problems.length) return EXIT.usage;
  const all = reports.flatMap((report) => report.diagnostics);
  if (all.some((d) => d.severity === 'error')) return EXIT.findings;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    process.stderr.write(`copydesk: too many warnings (${warnings}); the limit is ${options.maxWarnings} (--max-warnings)\n`);
    return EXIT.findings;
  }
  return EXIT.clean;
}
