import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { docsUrl, type Rule } from '../engine/rule';
import { rules } from '../engine/rules';
import type { LintedDocument } from './code-actions';

const RULES = new Map<string, Rule>(rules.map((rule) => [rule.id, rule]));

/**
 * What a writer sees when hovering a finding: the newsroom reason behind the rule and how to
 * silence it, so the squiggle explains itself without a trip to the docs. The finding's message
 * is left out: editors already show it above the hover.
 */
export function hoverAt(linted: LintedDocument, position: Position): Hover | null {
  const { document, result } = linted;
  const offset = document.offsetAt(position);
  const here = result.findings.filter((finding) => finding.start <= offset && offset <= finding.end);
  if (here.length === 0) return null;
  const sections = here.map((finding) => {
    const rule = RULES.get(finding.rule);
    return [
      `**Copydesk: ${finding.rule}**`,
      rule?.why ?? '',
      `Silence it: \`<!-- copydesk-disable-next-line ${finding.rule} -->\` above the line, or \`"copydesk.rules": { "${finding.rule}": "off" }\` in settings. [Documentation](${docsUrl({ id: finding.rule })})`,
    ]
      .filter(Boolean)
      .join('\n\n');
  });
  const start = Math.min(...here.map((finding) => finding.start));
  const end = Math.max(...here.map((finding) => finding.end));
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') },
    range: { start: document.positionAt(start), end: document.positionAt(end) },
  };
}
