import { readFileSync } from 'node:fs';
import { Linter } from '../../engine/linter';
import type { PartialSettings } from '../../engine/settings';
import type { Severity } from '../../engine/types';
import { SEVERITIES, type LintOptions } from '../commands/lint-options';
import { decodeArticle, encodeArticle, languageOfPath, readArticle } from '../files/article-file';
import { writeFileAtomic } from '../files/write-atomic';
import { fixText } from '../fix/fix-file';
import { unifiedDiff } from '../fix/unified-diff';
import { toFileReport, type FileReport } from '../report';
import { withRuleOverrides } from '../settings';

/** Something to lint: a file on disk, or standard input under the name it was given. */
export interface Target {
  name: string;
  path?: string;
  /** The article's settings before the command-line rule flags. */
  settings: PartialSettings;
}

/** What linting one target produced; plain data, so it can come back from a worker thread. */
export interface TargetOutcome {
  /** Undefined when the file could not be read, or its fixes not written. */
  report?: FileReport;
  /** I/O problems: they make the run exit with 2. */
  problems: string[];
  /** Notes for stderr that do not fail the run (a rule that crashed and was skipped). */
  warnings: string[];
  /** With --fix-dry-run: the fixes as a unified diff. */
  diff?: string;
}

/** Lints (and with --fix, fixes) one target. */
export function lintTarget(target: Target, options: LintOptions): TargetOutcome {
  const outcome: TargetOutcome = { problems: [], warnings: [] };
  const file = target.path === undefined ? decodeArticle(readFileSync(0), target.name) : readArticle(target.path);
  if ('error' in file) {
    outcome.problems.push(file.error);
    return outcome;
  }
  const language = languageOfPath(target.name);
  const settings = withRuleOverrides(target.settings, options.ruleOverrides);
  // One Linter per file: its paragraph cache pays off across fix passes, not across articles.
  const linter = new Linter();
  const { text, result } = options.fix === 'none' ? { text: file.text, result: linter.lint(file.text, language, settings) } : fixText(linter, file.text, language, settings);
  for (const failure of result.failures) {
    outcome.warnings.push(`rule ${failure.rule} failed on ${target.name} and was skipped: ${failure.error.split('\n')[0]}`);
  }
  if (text !== file.text) {
    if (options.fix === 'dry-run' || target.path === undefined) outcome.diff = unifiedDiff(target.name, file.text, text);
    else {
      try {
        writeFileAtomic(target.path, encodeArticle(text, file.encoding));
      } catch (error) {
        outcome.problems.push(`cannot write the fixes to ${target.name}: ${(error as Error).message}`);
        return outcome;
      }
    }
  }
  const report = toFileReport(target.name, result.findings, result.article.lines);
  const reported = (severity: Severity) => SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(options.threshold);
  outcome.report = { ...report, diagnostics: report.diagnostics.filter((d) => reported(d.severity)) };
  return outcome;
}
