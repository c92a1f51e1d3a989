import type { Root } from 'nlcst';
import type { Paragraph } from './article';
import { parseProse } from './sentences';
import { bodyOf } from './summaries';

/** The retext (nlcst) tree of a paragraph's prose, as parsed for its sentences. */
export function proseTree(prose: string): Root {
  return parseProse(prose.trim() === '' ? '' : prose);
}

/**
 * The paragraph's retext tree, for retext plugins. It is read when a paragraph's rule results are
 * first made, right after the paragraph is parsed, so it is rarely collected by then.
 */
export function treeOf(paragraph: Paragraph): Root {
  const body = bodyOf(paragraph);
  let tree = body.treeRef.deref();
  if (!tree) {
    tree = proseTree(body.prose);
    body.treeRef = new WeakRef(tree);
  }
  return tree;
}
