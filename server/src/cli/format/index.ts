import { rules } from '../../engine/rules';
import type { FileReport } from '../report';
import { formatCheckstyle } from './checkstyle';
import { formatGithub } from './github';
import { formatSarif } from './sarif';
import { formatText } from './text';

export const FORMATS = ['text', 'json', 'sarif', 'github', 'checkstyle'] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatContext {
  colour: boolean;
  cwd: string;
}

/** Renders lint reports in one of the output formats `--format` names. */
export function formatReports(format: Format, reports: FileReport[], context: FormatContext): string {
  switch (format) {
    case 'text':
      return formatText(reports, context.colour);
    case 'json':
      return `${JSON.stringify(reports, null, 2)}\n`;
    case 'sarif':
      return formatSarif(reports, rules, context.cwd);
    case 'github':
      return formatGithub(reports);
    case 'checkstyle':
      return formatCheckstyle(reports);
  }
}
