import type { LineIndex, Range } from '../engine/text/line-index';
import type { Finding, Fix } from '../engine/types';

/** The JSON contract other tools rely on: LSP ranges (0-based lines, UTF-16 characters). */
export interface FileReport {
  file: string;
  diagnostics: Array<{
    rule: string;
    severity: Finding['severity'];
    message: string;
    range: Range;
    fixes: Array<{ title: string; edits: Array<{ range: Range; newText: string }> }>;
  }>;
}

export function toFileReport(file: string, findings: Finding[], lines: LineIndex): FileReport {
  const fixOf = (fix: Fix) => ({ title: fix.title, edits: fix.edits.map((edit) => ({ range: lines.rangeOf(edit.start, edit.end), newText: edit.newText })) });
  return {
    file,
    diagnostics: findings.map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      range: lines.rangeOf(finding.start, finding.end),
      fixes: finding.fixes.map(fixOf),
    })),
  };
}
