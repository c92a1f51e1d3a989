import type { Article, Paragraph } from './article';
import { paragraphSummary } from './summaries';
import { execAll } from '../text/exec-all';

/** Parentheses closing a line; a credit when they name a photographer or agency. */
const PARENTHESES_AT_LINE_END = /\(([^()\n]*)\)[ \t]*(?:\r?\n|$)/g;
/** "(Alex Wong/Getty Images)", "(AP Photo)", "(Courtesy of the family)". */
const CREDIT = /\/|\b(?:Photo|Images?|Getty|AP|Reuters|AFP|Press|Agency|Courtesy)\b/;
/** A caption's own label or credit line: "Photo: …", "Credit Harry Campbell", "Photo by James Martin/CNET", "¶". */
const CAPTION_MARK = /^[\s*_]*(?:Photo|Caption|Credit|Image)s?\b|\bPhoto by\b|\.Credit|¶/;

/**
 * Whether a paragraph is a photo caption rather than body copy: it carries an image or follows one
 * alone (a Markdown figure's caption), ends a line with a parenthesised credit, or is labelled as
 * a photo or credit line. Captions are read apart from the story, so names start afresh in them.
 */
export function isCaption(article: Article, paragraph: Paragraph): boolean {
  if (paragraph.images.length > 0) return true;
  const previous = article.paragraphs[paragraph.index - 1];
  if (previous && previous.images.length > 0 && previous.prose.trim() === '') return true;
  // Asked of every paragraph on every edit: the text scan is remembered per paragraph text.
  return paragraphSummary(paragraph, 'caption-marked', ({ prose }) => isMarkedAsCaption(prose));
}

function isMarkedAsCaption(prose: string): boolean {
  if (CAPTION_MARK.test(prose)) return true;
  for (const match of execAll(PARENTHESES_AT_LINE_END, prose)) if (CREDIT.test(match[1])) return true;
  return false;
}
