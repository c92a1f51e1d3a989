import type { Article } from '../model/article';
import type { CheckKind, ChecklistItem } from './checklist';

const SECTIONS: ReadonlyArray<[CheckKind, string]> = [
  ['figure', 'Figures'],
  ['superlative', 'Records, firsts and superlatives'],
  ['unnamed-source', 'Unnamed sources'],
  ['person', 'People and titles'],
  ['date', 'Dates'],
  ['quotation', 'Quotations'],
];

/** Longest excerpt of a sentence or quotation shown on one checklist line. */
const EXCERPT = 160;

/**
 * The checklist as Markdown a fact-checker prints and ticks: one section per kind of check, one
 * `- [ ] L12: …` line per item with its 1-based line in the file.
 */
export function renderChecklistMarkdown(items: ChecklistItem[], article: Article, fileName: string): string {
  const lines = [`# Fact-check: ${escape(fileName)}`, ''];
  if (article.headline) lines.push(`Headline: ${escape(article.headline.text)}`, '');
  lines.push(items.length === 0 ? 'Nothing to check.' : `${items.length} ${items.length === 1 ? 'item' : 'items'} to check.`);
  for (const [kind, title] of SECTIONS) {
    const section = items.filter((item) => item.kind === kind);
    if (section.length === 0) continue;
    lines.push('', `## ${title}`, '');
    for (const item of section) lines.push(`- [ ] L${article.lines.lineOf(item.start) + 1}: ${describe(item)}`);
  }
  return `${lines.join('\n')}\n`;
}

function describe(item: ChecklistItem): string {
  const excerpt = escape(truncate(item.text));
  switch (item.kind) {
    case 'quotation':
      return `${excerpt} — ${item.speaker ? `quoted: ${escape(item.speaker)}` : 'speaker not named'}`;
    case 'figure':
    case 'superlative':
      return `${listed(item.details)} — ${item.sourced ? 'confirm with the source named' : 'no source named'}: ${excerpt}`;
    case 'unnamed-source':
      return `${listed(item.details)} — know who it is and why they are not named: ${excerpt}`;
    default:
      return `${listed(item.details)} — ${excerpt}`;
  }
}

function listed(details: string[]): string {
  return details.map((detail) => `**${escape(detail)}**`).join(', ');
}

function truncate(text: string): string {
  return text.length <= EXCERPT ? text : `${text.slice(0, EXCERPT - 1).trimEnd()}…`;
}

/** Keeps the article's words from turning into Markdown syntax in the checklist. */
function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, '\\$&');
}
