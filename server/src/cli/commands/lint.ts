import { wantsColour } from '../colour';
import { ConfigResolver } from '../config-resolver';
import { EXIT } from '../exit';
import { collectFiles as collectArticleFiles } from '../files/collect';
import { formatReports } from '../format';
import { lintTarget, type Target, type TargetOutcome } from '../lint/lint-target';
import { lintInWorkers, workerCount } from '../lint/worker-pool';
import { startProgress } from '../progress';
import type { FileReport } from '../report';
import { LINT_HELP } from './help';
import { parseLintOptions, type LintOptions } from './lint-options';

export async function lintCommand(args: string[]): Promise<number> {
  const options = parseLintOptions(args);
  if (options.help) {
    process.stdout.write(LINT_HELP);
    return EXIT.clean;
  }
  const problems: string[] = [];
  // Configs are read here, once each, so worker threads get plain settings and problems are told once.
  const configs = new ConfigResolver(options.config);
  const targets: Target[] = (options.stdin ? [options.stdin.name] : collectFiles(options, problems)).map((name) => ({
    name,
    path: options.stdin ? undefined : name,
    settings: configs.settingsFor(name),
  }));
  problems.push(...configs.problems);
  const progress = startProgress(targets.length);
  const workers = workerCount(targets.length);
  const outcomes: TargetOutcome[] = workers
    ? await lintInWorkers(targets, workers, options, () => progress.tick())
    : targets.map((target) => {
        const outcome = lintTarget(target, options);
        progress.tick();
        return outcome;
      });
  progress.done();

  const reports: FileReport[] = [];
  for (const outcome of outcomes) {
    problems.push(...outcome.problems);
    for (const warning of outcome.warnings) process.stderr.write(`copydesk: ${warning}\n`);
    if (outcome.report) reports.push(outcome.report);
  }
  for (const problem of problems) process.stderr.write(`copydesk: ${problem}\n`);
  if (options.fix === 'dry-run') process.stdout.write(outcomes.map((outcome) => outcome.diff ?? '').join(''));
  else process.stdout.write(formatReports(options.format, reports, { colour: options.colour ?? wantsColour(process.stdout), cwd: process.cwd() }));
  return exitCode(reports, problems, options);
}

function collectFiles(options: LintOptions, problems: string[]): string[] {
  const { files, errors, notes } = collectArticleFiles(options.inputs, { ignore: options.ignore });
  for (const note of notes) process.stderr.write(`copydesk: ${note}\n`);
  problems.push(...errors);
  return files;
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
