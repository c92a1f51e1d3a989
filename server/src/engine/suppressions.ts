import type { LineIndex } from './text/line-index';
import type { DocumentText } from './model/document-text';
import { execAll } from './text/exec-all';

/**
 * Inline comments that silence rules, the same in Markdown and plain text:
 *   <!-- copydesk-disable-next-line RULE[, RULE] -->   the line after the comment's line
 *   <!-- copydesk-disable [RULE, …] -->                from here to `copydesk-enable` or the end
 *   <!-- copydesk-enable [RULE, …] -->
 * No rule list means every rule.
 */
export const SUPPRESSION_COMMENT = /<!--\s*copydesk-(disable-next-line|disable|enable)\b([^>]*?)-->/g;

const ALL = '*';

interface Region {
  rule: string;
  start: number;
  end: number;
}

export interface Suppressions {
  /** Whether any rule is silenced anywhere: most documents silence nothing. */
  any: boolean;
  isSuppressed(rule: string, offset: number): boolean;
  /** Offsets of the comments themselves, which are not prose. */
  comments: Array<{ start: number; end: number }>;
}

export function parseSuppressions(text: DocumentText, lines: LineIndex): Suppressions {
  const regions: Region[] = [];
  const comments: Array<{ start: number; end: number }> = [];
  const open = new Map<string, number>();
  if (text.includes('copydesk-')) {
    // Joined only when some block mentions Copydesk: most drafts silence nothing.
    for (const match of execAll(SUPPRESSION_COMMENT, text.toString())) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      comments.push({ start, end });
      const rules = ruleList(match[2]);
      if (match[1] === 'disable-next-line') {
        const line = lines.lineOf(start) + 1;
        for (const rule of rules) regions.push({ rule, start: lines.lineStart(line), end: lines.lineContentEnd(line) });
      } else if (match[1] === 'disable') {
        for (const rule of rules) if (!open.has(rule)) open.set(rule, end);
      } else {
        for (const rule of rules) {
          const from = open.get(rule);
          if (from !== undefined) regions.push({ rule, start: from, end: start });
          open.delete(rule);
        }
      }
    }
  }
  for (const [rule, from] of open) regions.push({ rule, start: from, end: text.length });

  return {
    comments,
    any: regions.length > 0,
    isSuppressed(rule, offset) {
      return regions.some((region) => (region.rule === rule || region.rule === ALL) && offset >= region.start && offset <= region.end);
    },
  };
}

function ruleList(raw: string): string[] {
  const rules = raw.split(/[\s,]+/).filter(Boolean);
  return rules.length ? rules : [ALL];
}
