import type { Article, Paragraph } from './model/article';
import type { RuleOptions } from './settings';
import type { Fix, Severity } from './types';

/** Where the rule documentation lives; each rule's `docs` is an anchor in it. */
export const DOCS_URL = 'https://github.com/copydesk/copydesk/blob/main/README.md';

/** What a rule reports; offsets are absolute UTF-16 offsets into the document. */
export interface Report {
  start: number;
  end: number;
  message: string;
  fixes?: Fix[];
  /** Only when the finding itself warrants a different level than the rule's default. */
  severity?: Severity;
  data?: Record<string, unknown>;
}

export interface RuleContext {
  article: Article;
  options: RuleOptions;
}

interface RuleInfo {
  id: string;
  /** One line, shown in rule lists. */
  description: string;
  /** The newsroom reason for the rule, shown on hover and by `copydesk explain`. */
  why: string;
  defaultSeverity: Severity;
  fixable: boolean;
}

/**
 * Checks one paragraph at a time. Its result may depend only on the paragraph, the options and
 * `contextKey`, because the engine caches it by those and reuses it while the paragraph is unchanged.
 */
export interface ParagraphRule extends RuleInfo {
  scope: 'paragraph';
  /** Document-wide facts the check depends on (e.g. the dominant quote style), as a cache key. */
  contextKey?(context: RuleContext): string;
  /**
   * For a context key made of facts about particular paragraphs (which ones the next paragraph
   * sources): the part of it the check of `paragraph` reads. When the key changes, a paragraph
   * whose part is unchanged keeps its reports instead of being checked again.
   */
  contextOf?(paragraph: Paragraph, context: RuleContext): string;
  check(paragraph: Paragraph, context: RuleContext, contextKey: string): Report[];
}

/** Checks the whole article; for cross-paragraph rules, which must stay cheap (they run on every edit). */
export interface ArticleRule extends RuleInfo {
  scope: 'article';
  check(context: RuleContext): Report[];
}

export type Rule = ParagraphRule | ArticleRule;

export function docsUrl(rule: { id: string }): string {
  return `${DOCS_URL}#${rule.id}`;
}
