import type { Paragraph, ParagraphBody } from './article';

/**
 * Per-paragraph facts derived by rules, remembered on the paragraph's parsed body. A body is
 * reused while its block's text is unchanged, so after an edit only the edited paragraph's facts
 * are recomputed: cross-paragraph checks stay cheap on long documents. The facts live and die
 * with the body in the block cache. (Symbol properties, not WeakMaps: thousands of weak keys
 * made V8's garbage collector the bottleneck.)
 */
const BODY = Symbol('copydesk.body');
const MEMO = Symbol('copydesk.memo');

type Placed = Paragraph & { [BODY]?: ParagraphBody };
type Memoized = ParagraphBody & { [MEMO]?: Map<string, unknown> };

/** `body` placed in the document at `start`: the paragraph remembers the body it came from. */
export function placeBody(body: ParagraphBody, index: number, start: number): Paragraph {
  return { ...body, index, start, end: start + body.text.length, [BODY]: body } as Placed;
}

/** The cached body behind `paragraph`: one object for as long as the paragraph's text is unchanged. */
export function bodyOf(paragraph: Paragraph): ParagraphBody {
  return (paragraph as Placed)[BODY] ?? paragraph;
}

/** The memo of a body, for engine caches keyed by the paragraph's text without hashing it. */
export function memoOf(paragraph: Paragraph): Map<string, unknown> {
  const body = bodyOf(paragraph) as Memoized;
  let memo = body[MEMO];
  if (!memo) {
    memo = new Map();
    Object.defineProperty(body, MEMO, { value: memo });
  }
  return memo;
}

/**
 * `compute(paragraph)`, remembered while the paragraph's text is unchanged. The result may depend
 * only on the paragraph's own text and kind, and `key` must name everything else it depends on
 * (e.g. a house list). Offsets in it must be relative to the paragraph, since it may move.
 */
export function paragraphSummary<T>(paragraph: Paragraph, key: string, compute: (paragraph: Paragraph) => T): T {
  const memo = memoOf(paragraph);
  // A plain-text headline is the same body re-kinded as a heading, so the kind is part of the key.
  const fullKey = `${paragraph.kind}\u0000${key}`;
  if (memo.has(fullKey)) return memo.get(fullKey) as T;
  const value = compute(paragraph);
  memo.set(fullKey, value);
  return value;
}
