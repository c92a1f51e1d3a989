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

/**
 * A picture's lines pasted as plain text, its description and then its caption, the caption
 * ending as AP's do, with the day and full date: "…repairs a power line in Beaumont, Texas, on
 * Friday, Aug. 30, 2024."
 */
const PASTED_PHOTO = /^([^\r\n]{10,300})\r?\n([^\r\n]{10,400}\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (?:Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) \d{1,2}, \d{4}\.)[ \t]*$/;

/** The description and caption lines of a picture pasted as plain text (see PASTED_PHOTO), as offsets in `prose`. */
export function pastedPhoto(prose: string): { alt: [number, number]; caption: [number, number] } | undefined {
  const match = PASTED_PHOTO.exec(prose);
  if (!match) return undefined;
  const captionStart = match[0].indexOf(match[2], match[1].length);
  return { alt: [0, match[1].length], caption: [captionStart, captionStart + match[2].length] };
}

function isMarkedAsCaption(prose: string): boolean {
  if (CAPTION_MARK.test(prose) || PASTED_PHOTO.test(prose)) return true;
  for (const match of execAll(PARENTHESES_AT_LINE_END, prose)) if (CREDIT.test(match[1])) return true;
  return false;
}
