import { sourcesOf, type SourceQuotation } from '../../engine/quotes/sources';
import type { LineIndex } from '../../engine/text/line-index';
import { oneOf } from '../args';
import { loadArticles, parseArticleArgs } from '../articles';
import { EXIT } from '../exit';
import { SOURCES_HELP } from './help';

/** Longest quotation excerpt on one line of the text listing. */
const EXCERPT = 100;

/** `copydesk sources`: who is quoted in each article, saying what, for the editor checking attribution. */
export function sourcesCommand(args: string[]): number {
  const parsed = parseArticleArgs(args);
  if (parsed.help) {
    process.stdout.write(SOURCES_HELP);
    return EXIT.clean;
  }
  const format = oneOf('--format', parsed.format ?? 'text', ['text', 'json'] as const);
  const { articles, problems } = loadArticles(parsed);
  const listings = articles.map(({ name, article, options }) => {
    const { speakers, unattributed } = sourcesOf(article, options);
    // LSP ranges, as in `lint --format json`: 0-based lines, UTF-16 characters.
    const located = (quotation: SourceQuotation) => ({ range: article.lines.rangeOf(quotation.start, quotation.end), text: quotation.text, kind: quotation.kind });
    const json = {
      file: name,
      speakers: speakers.map((speaker) => ({ ...speaker, quotations: speaker.quotations.map(located) })),
      unattributed: unattributed.map(located),
    };
    return { json, text: renderSources(name, speakers, unattributed, article.lines) };
  });
  for (const problem of problems) process.stderr.write(`copydesk: ${problem}\n`);
  if (format === 'json') process.stdout.write(`${JSON.stringify(listings.map((listing) => listing.json), null, 2)}\n`);
  else process.stdout.write(listings.map((listing) => listing.text).join('\n'));
  return problems.length ? EXIT.usage : EXIT.clean;
}

type Speaker = ReturnType<typeof sourcesOf>['speakers'][number];

/** The file, then each speaker with their quotations (`line:col  “…”`), then the unattributed ones. */
function renderSources(file: string, speakers: Speaker[], unattributed: SourceQuotation[], lines: LineIndex): string {
  const out = [file];
  const position = (quotation: SourceQuotation) => {
    const { line, character } = lines.positionAt(quotation.start);
    return `${line + 1}:${character + 1}`;
  };
  const width = Math.max(0, ...[...speakers.flatMap((speaker) => speaker.quotations), ...unattributed].map((quotation) => position(quotation).length));
  const quote = (quotation: SourceQuotation) => {
    const text = quotation.text.length > EXCERPT ? `${quotation.text.slice(0, EXCERPT - 1).trimEnd()}…` : quotation.text;
    return `    ${position(quotation).padEnd(width)}  “${text}”${quotation.kind === 'partial' ? ' (partial)' : ''}`;
  };
  const count = (n: number) => `${n} quotation${n === 1 ? '' : 's'}`;
  for (const speaker of speakers) {
    out.push(`  ${speaker.name}${speaker.description ? `, ${speaker.description}` : ''} — ${count(speaker.quotations.length)}`);
    out.push(...speaker.quotations.map(quote));
  }
  if (unattributed.length) out.push(`  No speaker named — ${count(unattributed.length)}`, ...unattributed.map(quote));
  if (speakers.length === 0 && unattributed.length === 0) out.push('  No quotations.');
  return `${out.join('\n')}\n`;
}
