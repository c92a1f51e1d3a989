import type { Language } from '../types';
import type { LineIndex } from '../text/line-index';
import type { Suppressions } from '../suppressions';
import type { DocumentText } from './document-text';

/** What a block of the document is; only some kinds carry prose. */
export type ParagraphKind =
  | 'heading'
  | 'paragraph'
  | 'blockquote'
  | 'list-item'
  | 'table-row'
  | 'html'
  | 'code'
  | 'front-matter';

/** Offsets in `Word`, `Sentence`, `ImageRef` and `LinkRef` are relative to their paragraph's start. */
export interface Word {
  start: number;
  end: number;
  text: string;
}

export interface Sentence {
  start: number;
  end: number;
  words: Word[];
}

export interface ImageRef {
  start: number;
  end: number;
  /** `null` when the image has no alt attribute at all (HTML), `''` when it is empty. */
  alt: string | null;
  src: string;
  title: string | null;
}

export interface LinkRef {
  start: number;
  end: number;
  url: string;
}

/**
 * One paragraph-like block with its analysis. Everything here depends only on the block's own
 * source text, so it is cached by that text and reused across edits elsewhere in the document.
 */
export interface ParagraphBody {
  kind: ParagraphKind;
  /** Heading depth (1–6) for headings. */
  depth?: number;
  /** The block's source text, exactly as in the document. */
  text: string;
  /**
   * `text` with everything that is not prose (markup, code, URLs, HTML, alt text) replaced by
   * spaces, line breaks kept: same length, so offsets into it are offsets into `text`.
   */
  prose: string;
  sentences: Sentence[];
  images: ImageRef[];
  links: LinkRef[];
  wordCount: number;
}

export interface Paragraph extends ParagraphBody {
  /** Position in `Article.paragraphs`. */
  index: number;
  /** Offset of the block's first character in the document. */
  start: number;
  end: number;
}

export interface Headline {
  start: number;
  end: number;
  text: string;
}

export interface Article {
  /** The whole text, joined on first read: on a long draft, rules read `source` instead. */
  readonly text: string;
  /** The text as its blocks, sliced and read without joining it. */
  source: DocumentText;
  language: Language;
  paragraphs: Paragraph[];
  headline?: Headline;
  /** YAML front-matter keys with scalar values (Markdown only). */
  frontMatter: Record<string, string>;
  wordCount: number;
  lines: LineIndex;
  suppressions: Suppressions;
  /**
   * Shared by the drafts of one document as one Linter lints them: engine indexes keep what they
   * derived from the last draft under it, so documents linted in turn do not evict each other's.
   */
  lineage: object;
}

/** Paragraphs that carry prose, in document order. */
export function proseParagraphs(article: Article): Paragraph[] {
  return article.paragraphs.filter((p) => p.kind !== 'code' && p.kind !== 'html' && p.kind !== 'front-matter');
}
