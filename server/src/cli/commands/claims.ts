import { claimsChecklistOf, renderChecklistMarkdown } from '../../engine/claims/checklist';
import { oneOf } from '../args';
import { loadArticles, parseArticleArgs } from '../articles';
import { EXIT } from '../exit';
import { CLAIMS_HELP } from './help';

/** `copydesk claims`: the fact-check checklist of each article, as Markdown to print and tick, or JSON. */
export function claimsCommand(args: string[]): number {
  const parsed = parseArticleArgs(args);
  if (parsed.help) {
    process.stdout.write(CLAIMS_HELP);
    return EXIT.clean;
  }
  const format = oneOf('--format', parsed.format ?? 'markdown', ['markdown', 'json'] as const);
  const { articles, problems } = loadArticles(parsed);
  const checklists = articles.map(({ name, article, options }) => ({ name, article, items: claimsChecklistOf(article, options) }));
  for (const problem of problems) process.stderr.write(`copydesk: ${problem}\n`);
  if (format === 'json') {
    const json = checklists.map(({ name, article, items }) => ({
      file: name,
      // LSP ranges, as in `lint --format json`: 0-based lines, UTF-16 characters.
      items: items.map(({ start, end, ...item }) => ({ ...item, range: article.lines.rangeOf(start, end) })),
    }));
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    process.stdout.write(checklists.map(({ name, article, items }) => renderChecklistMarkdown(items, article, name)).join('\n'));
  }
  return problems.length ? EXIT.usage : EXIT.clean;
}
