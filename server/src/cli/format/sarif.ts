import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { docsUrl, type Rule } from '../../engine/rule';
import type { Severity } from '../../engine/types';
import type { FileReport } from '../report';

declare const COPYDESK_VERSION: string;

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
const SOURCE_ROOT = '%SRCROOT%';

/**
 * A SARIF 2.1.0 log (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html), the format
 * code-scanning tools such as GitHub's upload. Regions are 1-based and count UTF-16 code units,
 * SARIF's default `columnKind`, as Copydesk's positions do; `endColumn` is exclusive.
 */
export function formatSarif(reports: FileReport[], rules: readonly Rule[], cwd: string): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = reports.flatMap((report) =>
    report.diagnostics.map((d) => ({
      ruleId: d.rule,
      ...(ruleIndex.has(d.rule) ? { ruleIndex: ruleIndex.get(d.rule) } : {}),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(report.file, cwd),
            region: {
              startLine: d.range.start.line + 1,
              startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1,
            },
          },
        },
      ],
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Copydesk',
            version: COPYDESK_VERSION,
            informationUri: 'https://github.com/copydesk/copydesk',
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.why },
              helpUri: docsUrl(rule),
              help: { text: `${rule.description} ${rule.why}` },
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
              properties: { fixable: rule.fixable },
            })),
          },
        },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: pathToFileURL(cwd + sep).href } },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** Files under the current folder are relative to %SRCROOT% (the repository, for code scanning). */
function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (file === '<stdin>') return { uri: 'stdin' };
  const path = relative(cwd, file);
  if (isAbsolute(path) || path.startsWith('..')) return { uri: pathToFileURL(file).href };
  return { uri: path.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}
