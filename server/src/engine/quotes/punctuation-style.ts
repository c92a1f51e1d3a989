import type { Article } from '../model/article';
import type { RuleOptions } from '../settings';
import { quotationsOf } from './model';

/** Logical punctuation this often, and far more often than American, is the article's house style. */
const LOGICAL_AT_LEAST = 3;

/**
 * Whether the article is set in American or British style: `punctuationStyle` says, or else its
 * quotes do. British papers open quotes with single marks (‘We will stay’, she said) and punctuate
 * logically; so do sites like Wikipedia with double marks. Copy that does either consistently
 * keeps its style, in its punctuation and in what AP would set otherwise (Mr Hughes, 10am).
 */
export function punctuationStyleOf(article: Article, options: RuleOptions): 'american' | 'british' {
  if (options.punctuationStyle !== 'auto') return options.punctuationStyle;
  const { single, double, first, inside, outside } = quotationsOf(article, options).marks;
  const logical = outside >= LOGICAL_AT_LEAST && outside > 2 * inside;
  // Quoting with single marks first and most, or far most: “…” then ‘…’ twice is American copy with two slips.
  const singleMarked = single > double && (first === 'single' || single > 2 * double);
  return singleMarked || logical ? 'british' : 'american';
}
