import { proseParagraphs, type Article } from '../engine/model/article';
import { quotedSpans } from '../engine/model/quoted';
import { sourcesOf } from '../engine/quotes/sources';
import type { RuleOptions } from '../engine/settings';

/** Words a minute for news copy read on screen, the figure reading-time labels commonly use. */
const WORDS_PER_MINUTE = 238;

export interface ArticleStats {
  words: number;
  readingMinutes: number;
  quotations: number;
  /** Speakers quoted: the entries of the Sources view. */
  sources: number;
}

/** The figures a writer checks against the assignment: length, reading time, how much is quoted. */
export function articleStats(article: Article, options: Pick<RuleOptions, 'house'>): ArticleStats {
  const quotations = proseParagraphs(article).reduce((count, paragraph) => count + quotedSpans(paragraph).length, 0);
  return {
    words: article.wordCount,
    readingMinutes: article.wordCount === 0 ? 0 : Math.max(1, Math.round(article.wordCount / WORDS_PER_MINUTE)),
    quotations,
    sources: sourcesOf(article, options).speakers.length,
  };
}
