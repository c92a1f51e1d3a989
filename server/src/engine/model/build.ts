import type { Language } from '../types';
import { LineIndex } from '../text/line-index';
import { parseSuppressions } from '../suppressions';
import type { Article, Headline, Paragraph } from './article';
import { DocumentText } from './document-text';
import { finishBody } from './body';
import { parseMarkdownBlock } from './markdown';
import { parsePlaintextBlock } from './plaintext';
import type { BlockCache, CachedBody } from './block-cache';
import { placeBody } from './summaries';
import { execAll } from '../text/exec-all';

/**
 * Builds the article model: blocks parsed one by one (reused from `cache` when unchanged). A
 * `DocumentText` comes already split, and its whole text is joined only if something reads `text`.
 */
export function buildArticle(input: string | DocumentText, language: Language, cache?: BlockCache): Article {
  const source = typeof input !== 'string' && input.language === language ? input : DocumentText.of(String(input), language);
  const paragraphs: Paragraph[] = [];
  const sources: string[] = [];
  for (let block = 0; block < source.blockCount; block++) sources.push(source.blockSource(block));
  const parse = (block: string): CachedBody[] => (language === 'markdown' ? parseMarkdownBlock(block) : parsePlaintextBlock(block)).map(finishBody);
  const parsed = cache ? cache.bodies(sources, parse) : sources.map(parse);
  parsed.forEach((bodies, block) => {
    const start = source.blockStart(block);
    for (const body of bodies) paragraphs.push(placeBody(body, paragraphs.length, start + body.offset));
  });
  const lines = new LineIndex(source);
  const frontMatter = language === 'markdown' ? readFrontMatter(paragraphs) : {};
  return {
    get text() {
      return source.toString();
    },
    source,
    language,
    paragraphs,
    headline: findHeadline(paragraphs, language, frontMatter),
    frontMatter,
    wordCount: paragraphs.reduce((sum, p) => sum + p.wordCount, 0),
    lines,
    suppressions: parseSuppressions(source, lines),
    lineage: cache ?? {},
  };
}

/** Scalar `key: value` pairs of YAML front matter; enough for `title`, without a YAML parser. */
function readFrontMatter(paragraphs: Paragraph[]): Record<string, string> {
  const block = paragraphs[0]?.kind === 'front-matter' ? paragraphs[0].text : '';
  const values: Record<string, string> = {};
  for (const match of execAll(/^([A-Za-z_][\w-]*):[ \t]*(.+?)[ \t]*$/gm, block)) {
    values[match[1]] = match[2].replace(/^(["'])(.*)\1$/, '$2');
  }
  return values;
}

/**
 * The headline: Markdown's front-matter `title` or a first `#` heading; in plain text, a short
 * first line standing alone without closing punctuation, as wire copy starts.
 */
function findHeadline(paragraphs: Paragraph[], language: Language, frontMatter: Record<string, string>): Headline | undefined {
  if (language === 'markdown') {
    if (frontMatter.title) {
      const matter = paragraphs[0];
      const at = matter.text.indexOf(frontMatter.title);
      return { start: matter.start + at, end: matter.start + at + frontMatter.title.length, text: frontMatter.title };
    }
    const first = paragraphs.find((p) => p.kind !== 'front-matter' && p.kind !== 'html');
    if (first?.kind === 'heading' && first.depth === 1) return trimmedHeadline(first);
    return undefined;
  }
  const first = paragraphs[0];
  if (!first || paragraphs.length < 2 || /[\r\n]/.test(first.text.trim())) return undefined;
  const line = first.text.trim();
  if (line.length > 200 || /[.!?:;,"”]$/.test(line)) return undefined;
  first.kind = 'heading';
  first.depth = 1;
  return trimmedHeadline(first);
}

function trimmedHeadline(paragraph: Paragraph): Headline {
  const prose = paragraph.prose;
  const lead = prose.length - prose.trimStart().length;
  const text = prose.trim();
  return { start: paragraph.start + lead, end: paragraph.start + lead + text.length, text };
}
