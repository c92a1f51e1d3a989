import type { ImageRef, LinkRef, ParagraphBody, ParagraphKind } from './article';
import { sentencesOf } from './sentences';
import { proseTree } from './tree';

/** A paragraph as a block parser sees it, before sentence analysis; `offset` is within the block. */
export interface BodyDraft {
  offset: number;
  kind: ParagraphKind;
  text: string;
  prose: string;
  images: ImageRef[];
  links: LinkRef[];
  depth?: number;
}

/** `text` with every character but line breaks replaced by a space (same length, same lines). */
export function blankOut(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;
/**
 * A footnote mark ("…, said Omar Reed.[^1]"): a pointer, not prose. Blocks are parsed one by one,
 * away from the definitions that would make the Markdown parser read them as references.
 */
const FOOTNOTE_REFERENCE = /\[\^[^\]\s]{1,30}\]/g;

/** Completes a draft with its sentences and word count. */
export function finishBody(draft: BodyDraft): ParagraphBody & { offset: number } {
  if (draft.prose.includes('[^')) draft = { ...draft, prose: draft.prose.replace(FOOTNOTE_REFERENCE, blankOut) };
  const tree = proseTree(draft.prose);
  const sentences = sentencesOf(tree);
  let wordCount = 0;
  for (const sentence of sentences) for (const word of sentence.words) if (HAS_WORD_CHARACTER.test(word.text)) wordCount++;
  // One literal, not a spread of the draft: drafts come from several parsers, each with its own
  // hidden class, and every keystroke reads every body, so they must share one (two, with depth).
  const { offset, kind, text, prose, images, links, depth } = draft;
  if (depth === undefined) return { offset, kind, text, prose, images, links, sentences, wordCount };
  return { offset, kind, depth, text, prose, images, links, sentences, wordCount };
}
