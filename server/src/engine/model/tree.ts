import type { Root } from 'nlcst';
import type { Paragraph } from './article';
import { parseProse } from './sentences';

/** The retext (nlcst) tree of a paragraph's prose, as parsed for its sentences. */
export function proseTree(prose: string): Root {
  return parseProse(prose.trim() === '' ? '' : prose);
}

/**
 * The paragraph's retext tree, for retext plugins, parsed again on each call. Trees are most of
 * what a paragraph's analysis allocates, so none is kept: the one rule reading them does so only
 * for paragraphs with a mark in the other quote style, once per paragraph text.
 */
export function treeOf(paragraph: Paragraph): Root {
  return proseTree(paragraph.prose);
}
