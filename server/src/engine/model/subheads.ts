import type { Paragraph } from './article';

/** A short line wholly in bold that ends no sentence: `**Gov. Walz activates National Guard**`. */
const BOLD_LINE = /^[ \t]*(?:\*\*|__)(?![ \t])[^\r\n]{1,120}?(?<![ \t.])(?:\*\*|__)[ \t]*$/;

/**
 * Whether a paragraph is a subhead set in bold, as live blogs head their entries and web pages
 * their sections: a headline of its own, which names people in full and states figures bare.
 */
export function isBoldSubhead(paragraph: Paragraph): boolean {
  return paragraph.kind === 'paragraph' && BOLD_LINE.test(paragraph.text);
}
