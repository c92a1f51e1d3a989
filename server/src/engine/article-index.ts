import type { Article, ParagraphBody, ParagraphKind } from './model/article';
import { bodyOf } from './model/summaries';

/**
 * How an article-wide index is derived from one summary per paragraph. A summary may read the
 * paragraphs within `reach` of its own; it is kept across lints while those paragraphs keep
 * their text, kind and spacing, so after a keystroke only the edited paragraph's neighbourhood
 * is summarised again.
 */
export interface IndexSpec<S, I, O = undefined> {
  reach?: { before: number; after: number };
  summarize(article: Article, index: number, options: O): S;
  /**
   * Whether two summaries feed `build` the same facts (the same names in the same order, say,
   * wherever they sit). When every summary is the same as in the last lint, the last index is
   * reused, so it must hold no document offsets: paragraph positions in the list at most.
   */
  same(a: S, b: S): boolean;
  build(summaries: readonly S[], article: Article, options: O): I;
}

export interface Indexed<S, I> {
  summaries: readonly S[];
  index: I;
}

/** What identifies each paragraph of an article for reuse, read once per article for every index. */
interface Layout {
  bodies: ParagraphBody[];
  kinds: ParagraphKind[];
  starts: number[];
}

const layouts = new WeakMap<Article, Layout>();

function layoutOf(article: Article): Layout {
  let layout = layouts.get(article);
  if (!layout) {
    const { paragraphs } = article;
    layout = { bodies: new Array(paragraphs.length), kinds: new Array(paragraphs.length), starts: new Array(paragraphs.length) };
    for (let i = 0; i < paragraphs.length; i++) {
      const paragraph = paragraphs[i];
      layout.bodies[i] = bodyOf(paragraph);
      // The placed kind, not the body's: a plain-text headline is a paragraph body placed as a heading.
      layout.kinds[i] = paragraph.kind;
      layout.starts[i] = paragraph.start;
    }
    layouts.set(article, layout);
  }
  return layout;
}

interface State<S, I> {
  article: Article;
  key: string;
  layout: Layout;
  summaries: S[];
  index: I;
}

/**
 * An index over the paragraphs of the article last linted, updated rather than rebuilt: one
 * pointer comparison per unchanged paragraph. It remembers one document (the last asked about);
 * another document's lint rebuilds it, which is correct, only slower.
 */
export class ArticleIndex<S, I, O = undefined> {
  private last?: State<S, I>;
  private readonly before: number;
  private readonly after: number;

  constructor(private readonly spec: IndexSpec<S, I, O>) {
    this.before = spec.reach?.before ?? 0;
    this.after = spec.reach?.after ?? 0;
  }

  /** The index of `article` under `options` (when the summaries need any), which `key` must name. */
  of(article: Article, options?: O, key = ''): Indexed<S, I> {
    const last = this.last?.key === key ? this.last : undefined;
    if (last?.article === article) return last;
    const layout = layoutOf(article);
    const count = layout.bodies.length;
    const summaries: S[] = new Array(count);
    const previous = last?.layout;
    const shift = previous ? previous.bodies.length - count : 0;
    // Paragraphs before an edit keep their place; those after it keep their place from the end.
    let prefix = 0;
    if (previous) while (prefix < count && prefix < previous.bodies.length && samePlace(layout, prefix, previous, prefix)) prefix++;
    let unchanged = !!last && shift === 0;
    for (let i = 0; i < count; i++) {
      const j = i < prefix ? i : i + shift;
      const kept = last && j >= 0 && j < last.summaries.length && this.sameWindow(layout, i, last.layout, j) ? last.summaries[j] : undefined;
      const summary = kept ?? this.spec.summarize(article, i, options as O);
      summaries[i] = summary;
      if (unchanged && summary !== last!.summaries[i] && !this.spec.same(summary, last!.summaries[i])) unchanged = false;
    }
    const index = unchanged ? last!.index : this.spec.build(summaries, article, options as O);
    this.last = { article, key, layout, summaries, index };
    return this.last;
  }

  /** Whether paragraph `i` and the paragraphs within reach stand as paragraph `j` and its neighbours did. */
  private sameWindow(layout: Layout, i: number, previous: Layout, j: number): boolean {
    if (!samePlace(layout, i, previous, j)) return false;
    for (let k = -this.before; k <= this.after; k++) {
      if (k === 0) continue;
      const inside = i + k >= 0 && i + k < layout.bodies.length;
      if (inside !== (j + k >= 0 && j + k < previous.bodies.length)) return false;
      if (!inside) continue;
      if (!samePlace(layout, i + k, previous, j + k)) return false;
      // The spacing between paragraphs is in no body: a summary spanning several must see it unchanged.
      if (layout.starts[i + k] - layout.starts[i] !== previous.starts[j + k] - previous.starts[j]) return false;
    }
    return true;
  }
}

function samePlace(layout: Layout, i: number, previous: Layout, j: number): boolean {
  return layout.bodies[i] === previous.bodies[j] && layout.kinds[i] === previous.kinds[j];
}
