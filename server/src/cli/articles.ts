import { readFileSync } from 'node:fs';
import type { Article } from '../engine/model/article';
import { buildArticle } from '../engine/model/build';
import { resolveSettings, type RuleOptions } from '../engine/settings';
import { parseCommandLine, UsageError } from './args';
import { configChoice } from './commands/lint-options';
import { ConfigResolver, type ConfigChoice } from './config-resolver';
import { decodeArticle, languageOfPath, readArticle, type ArticleFile } from './files/article-file';
import { collectFiles } from './files/collect';

/** Flags of the commands that read articles without linting them (sources, claims). */
export const ARTICLE_FLAGS = {
  format: { type: 'string', short: 'f' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  'no-ignore': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface ArticleArgs {
  help: boolean;
  format: string | undefined;
  inputs: string[];
  /** Set when the article comes from standard input. */
  stdinName: string | undefined;
  config: ConfigChoice;
  ignore: boolean;
}

export interface ArticleInput {
  name: string;
  article: Article;
  /** The options from the article's config (house word lists among them). */
  options: RuleOptions;
}

export function parseArticleArgs(args: string[]): ArticleArgs {
  const { values, positionals } = parseCommandLine(args, ARTICLE_FLAGS);
  const readsStdin = Boolean(values.stdin) || positionals.includes('-');
  const paths = positionals.filter((input) => input !== '-');
  if (readsStdin && paths.length) throw new UsageError('read standard input or paths, not both');
  if (values['no-config'] && values.config !== undefined) throw new UsageError('use --config or --no-config, not both');
  if (values['stdin-filename'] !== undefined && !readsStdin) throw new UsageError('--stdin-filename needs --stdin (or - as the path)');
  return {
    help: Boolean(values.help),
    format: values.format,
    inputs: paths.length || readsStdin ? paths : ['.'],
    stdinName: readsStdin ? (values['stdin-filename'] ?? '<stdin>') : undefined,
    config: configChoice(values.config, Boolean(values['no-config'])),
    ignore: !values['no-ignore'],
  };
}

/** Reads and models each article named (or standard input). Problems (I/O, config) make the command exit 2. */
export function loadArticles(args: ArticleArgs): { articles: ArticleInput[]; problems: string[] } {
  const problems: string[] = [];
  const configs = new ConfigResolver(args.config);
  const sources: Array<{ name: string; read: () => ArticleFile | { error: string } }> = [];
  if (args.stdinName !== undefined) {
    const name = args.stdinName;
    sources.push({ name, read: () => decodeArticle(readFileSync(0), name) });
  } else {
    const { files, errors, notes } = collectFiles(args.inputs, { ignore: args.ignore });
    for (const note of notes) process.stderr.write(`copydesk: ${note}\n`);
    problems.push(...errors);
    for (const path of files) sources.push({ name: path, read: () => readArticle(path) });
  }
  const articles: ArticleInput[] = [];
  for (const source of sources) {
    const file = source.read();
    if ('error' in file) problems.push(file.error);
    else articles.push({ name: source.name, article: buildArticle(file.text, languageOfPath(source.name)), options: resolveSettings(configs.settingsFor(source.name)).options });
  }
  problems.push(...configs.problems);
  return { articles, problems };
}
