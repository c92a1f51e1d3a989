import type { Severity } from '../../engine/types';
import type { FileReport } from '../report';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'info' };

/** Checkstyle XML, which Jenkins, GitLab and reviewdog read; `source` names the rule as `copydesk.RULE`. */
export function formatCheckstyle(reports: FileReport[]): string {
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">'];
  for (const report of reports) {
    lines.push(`  <file name="${escapeXml(report.file)}">`);
    for (const d of report.diagnostics) {
      const attributes = {
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        severity: LEVEL[d.severity],
        message: d.message,
        source: `copydesk.${d.rule}`,
      };
      const text = Object.entries(attributes).map(([key, value]) => `${key}="${escapeXml(String(value))}"`);
      lines.push(`    <error ${text.join(' ')} />`);
    }
    lines.push('  </file>');
  }
  lines.push('</checkstyle>');
  return `${lines.join('\n')}\n`;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for an XML attribute; characters XML 1.0 cannot hold at all are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, '')
    .replace(/[&<>"']/g, (char) => ENTITIES[char])
    .replace(/[\t\n\r]/g, (char) => `&#${char.charCodeAt(0)};`);
}
