import type { Severity } from '../../engine/types';
import { isFillIn } from '../fix/fill-in';
import type { FileReport } from '../report';

export type Summary = Record<Severity, number> & {
  problems: number;
  /** Files with at least one finding. */
  files: number;
  /** Findings with a fix `--fix` applies (fill-in blanks are left to the writer). */
  fixable: number;
};

export function summarize(reports: FileReport[]): Summary {
  const summary: Summary = { error: 0, warning: 0, information: 0, hint: 0, problems: 0, files: 0, fixable: 0 };
  for (const report of reports) {
    if (report.diagnostics.length) summary.files++;
    for (const diagnostic of report.diagnostics) {
      summary[diagnostic.severity]++;
      summary.problems++;
      if (diagnostic.fixes.some((fix) => !isFillIn(fix))) summary.fixable++;
    }
  }
  return summary;
}
