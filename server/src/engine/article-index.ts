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
  /**
   * What changed since the article laid out before this one, when it has as many paragraphs:
   * the positions of paragraphs with another body or kind, and of those followed by a different
   * space (their start and the next one's moved apart). Shared by every index, which then
   * updates only those positions' summaries.
   */
  since?: { previous: Layout; changed: number[]; spaced: number[] };
  /**
   * When the article laid out before this one had another number of paragraphs (one typed into a
   * blank line, two joined): how many stand as they stood, and as far apart, from the start and
   * from the end. Every index then keeps the summaries of both runs instead of comparing each.
   */
  moved?: { previous: Layout; prefix: number; suffix: number };
}

const layouts = new WeakMap<Article, Layout>();
/** The layout of each lineage's last article. */
const lastLayouts = new WeakMap<object, Layout>();

function layoutOf(article: Article): Layout {
  let layout = layouts.get(article);
  if (layout) return layout;
  const { paragraphs } = article;
  const count = paragraphs.length;
  layout = { bodies: new Array(count), kinds: new Array(count), starts: new Array(count) };
  for (let i = 0; i < count; i++) {
    const paragraph = paragraphs[i];
    layout.bodies[i] = bodyOf(paragraph);
    // The placed kind, not the body's: a plain-text headline is a paragraph body placed as a heading.
    layout.kinds[i] = paragraph.kind;
    layout.starts[i] = paragraph.start;
  }
  const previous = lastLayouts.get(article.lineage);
  // One level back only: a chain of layouts would keep every past draft alive.
  if (previous) previous.since = previous.moved = undefined;
  if (previous && previous.bodies.length !== count) layout.moved = { previous, ...alignedRuns(layout, previous) };
  if (previous?.bodies.length === count) {
    const changed: number[] = [];
    const spaced: number[] = [];
    for (let i = 0; i < count; i++) {
      if (!samePlace(layout, i, previous, i)) changed.push(i);
      if (i + 1 < count && layout.starts[i + 1] - layout.starts[i] !== previous.starts[i + 1] - previous.starts[i]) spaced.push(i);
    }
    layout.since = { previous, changed, spaced };
  }
  layouts.set(article, layout);
  lastLayouts.set(article.lineage, layout);
  return layout;
}

/** How many paragraphs of `layout` stand as in `previous`, and as far apart, counted from the start and from the end. */
function alignedRuns(layout: Layout, previous: Layout): { prefix: number; suffix: number } {
  const count = layout.bodies.length;
  const shift = previous.bodies.length - count;
  const gap = (of: Layout, i: number) => of.starts[i + 1] - of.starts[i];
  let prefix = 0;
  while (prefix < count && prefix < previous.bodies.length && samePlace(layout, prefix, previous, prefix) && (prefix === 0 || gap(layout, prefix - 1) === gap(previous, prefix - 1))) prefix++;
  let suffix = 0;
  for (let i = count - 1; i >= 0 && i + shift >= 0 && samePlace(layout, i, previous, i + shift) && (i === count - 1 || gap(layout, i) === gap(previous, i + shift)); i--) suffix++;
  return { prefix, suffix };
}

interface State<S, I> {
  article: Article;
  key: string;
  layout: Layout;
  summaries: S[];
  index: I;
}

/**
 * An index over the paragraphs of an article, updated rather than rebuilt: after a keystroke,
 * only the summaries near the edited paragraph are made again. It remembers the last article of
 * each lineage (each document a Linter keeps), so documents linted in turn keep their own.
 */
export class ArticleIndex<S, I, O = undefined> {
  private readonly lasts = new WeakMap<object, State<S, I>>();
  private readonly before: number;
  private readonly after: number;

  constructor(private readonly spec: IndexSpec<S, I, O>) {
    this.before = spec.reach?.before ?? 0;
    this.after = spec.reach?.after ?? 0;
  }

  /** The index of `article` under `options` (when the summaries need any), which `key` must name. */
  of(article: Article, options?: O, key = ''): Indexed<S, I> {
    const kept = this.lasts.get(article.lineage);
    const last = kept?.key === key ? kept : undefined;
    if (last?.article === article) return last;
    const layout = layoutOf(article);
    // The last state is given up here: a keystroke's update rewrites its summaries in place.
    this.lasts.delete(article.lineage);
    const update =
      last && layout.since?.previous === last.layout
        ? this.updated(article, layout, last, options as O)
        : last && layout.moved?.previous === last.layout
          ? this.realigned(article, layout, last, options as O)
          : this.aligned(article, layout, last, options as O);
    const index = update.unchanged ? last!.index : this.spec.build(update.summaries, article, options as O);
    const state = { article, key, layout, summaries: update.summaries, index };
    this.lasts.set(article.lineage, state);
    return state;
  }

  /**
   * The last summaries with those near the changed paragraphs made again: a keystroke's update.
   * The list is updated in place rather than copied, so that it stays put in the old generation
   * of the heap instead of adding thousands of entries to every young collection.
   */
  private updated(article: Article, layout: Layout, last: State<S, I>, options: O): { summaries: S[]; unchanged: boolean } {
    const { changed, spaced } = layout.since!;
    const summaries = last.summaries;
    // Summary i reads paragraphs i - before … i + after, and the spaces between them.
    const redo = new Set<number>();
    const mark = (from: number, to: number) => {
      for (let i = Math.max(0, from); i <= Math.min(to, summaries.length - 1); i++) redo.add(i);
    };
    for (const c of changed) mark(c - this.after, c + this.before);
    for (const g of spaced) mark(g + 1 - this.after, g + this.before);
    let unchanged = true;
    for (const i of redo) {
      const summary = this.spec.summarize(article, i, options);
      if (unchanged && summary !== summaries[i] && !this.spec.same(summary, summaries[i])) unchanged = false;
      summaries[i] = summary;
    }
    return { summaries, unchanged };
  }

  /**
   * The last summaries of the paragraphs whose reach lies in the runs that stand as before
   * (`Layout.moved`), the others made again: a keystroke that added or removed a paragraph.
   */
  private realigned(article: Article, layout: Layout, last: State<S, I>, options: O): { summaries: S[]; unchanged: boolean } {
    const { prefix, suffix } = layout.moved!;
    const count = layout.bodies.length;
    const shift = last.summaries.length - count;
    const summaries: S[] = new Array(count);
    for (let i = 0; i < count; i++) {
      if (i + this.after < prefix) summaries[i] = last.summaries[i];
      else if (i - this.before >= count - suffix) summaries[i] = last.summaries[i + shift];
      else summaries[i] = this.spec.summarize(article, i, options);
    }
    // Another number of summaries: a build may hold paragraph positions, so it is made again.
    return { summaries, unchanged: false };
  }

  /** Summaries kept where paragraphs stand as before, counted from the start or from the end. */
  private aligned(article: Article, layout: Layout, last: State<S, I> | undefined, options: O): { summaries: S[]; unchanged: boolean } {
    const count = layout.bodies.length;
    const summaries: S[] = new Array(count);
    const previous = last?.layout;
    const shift = previous ? previous.bodies.length - count : 0;
    let prefix = 0;
    if (previous) while (prefix < count && prefix < previous.bodies.length && samePlace(layout, prefix, previous, prefix)) prefix++;
    let unchanged = !!last && shift === 0;
    for (let i = 0; i < count; i++) {
      const j = i < prefix ? i : i + shift;
      const kept = last && j >= 0 && j < last.summaries.length && this.sameWindow(layout, i, last.layout, j) ? last.summaries[j] : undefined;
      const summary = kept ?? this.spec.summarize(article, i, options);
      summaries[i] = summary;
      if (unchanged && summary !== last!.summaries[i] && !this.spec.same(summary, last!.summaries[i])) unchanged = false;
    }
    return { summaries, unchanged };
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
