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

type Placed = Paragraph & { [BODY]?: ParagraphBody; [MEMO]?: Map<string, unknown> };
type Memoized = ParagraphBody & { [MEMO]?: Map<string, unknown> };

/**
 * `body` placed in the document at `start`: the paragraph remembers the body it came from. The
 * paragraphs an edit did not move are the ones of the last run, so most keystrokes allocate few.
 */
export function placeBody(body: ParagraphBody, index: number, start: number): Paragraph {
  const memo = memoOf(body as Paragraph);
  const last = memo.get('placed') as Paragraph | undefined;
  // A paragraph re-kinded after placing (a plain-text headline) is placed afresh.
  if (last && last.start === start && last.index === index && last.kind === body.kind && last.depth === body.depth) return last;
  const placed = new PlacedParagraph(body, memo, index, start);
  memo.set('placed', placed);
  return placed;
}

/**
 * A paragraph where it stands. Every placed paragraph has the same fields in the same order, so
 * V8 gives them one hidden class and the rules reading every paragraph on every keystroke stay
 * monomorphic; copying the body's fields one by one is also several times faster than
 * `Object.assign`, and an edit near the top of a long draft places every paragraph after it.
 */
class PlacedParagraph implements Placed {
  declare kind: Paragraph['kind'];
  declare depth: number | undefined;
  declare text: string;
  declare prose: string;
  declare sentences: Paragraph['sentences'];
  declare images: Paragraph['images'];
  declare links: Paragraph['links'];
  declare wordCount: number;
  declare index: number;
  declare start: number;
  declare end: number;
  declare [BODY]: ParagraphBody;
  declare [MEMO]: Map<string, unknown>;

  constructor(body: ParagraphBody, memo: Map<string, unknown>, index: number, start: number) {
    this.kind = body.kind;
    this.depth = body.depth;
    this.text = body.text;
    this.prose = body.prose;
    this.sentences = body.sentences;
    this.images = body.images;
    this.links = body.links;
    this.wordCount = body.wordCount;
    this.index = index;
    this.start = start;
    this.end = start + body.text.length;
    this[BODY] = body;
    this[MEMO] = memo;
  }
}

/** The cached body behind `paragraph`: one object for as long as the paragraph's text is unchanged. */
export function bodyOf(paragraph: Paragraph): ParagraphBody {
  return (paragraph as Placed)[BODY] ?? paragraph;
}

/**
 * The same paragraph at the same place as in an earlier draft: usually the very object, but a
 * block repeated in the document (a photo, a rule) shares one body, placed afresh at each place.
 */
export function samePlace(paragraph: Paragraph, last: Paragraph | undefined): boolean {
  if (paragraph === last) return true;
  return last !== undefined && bodyOf(paragraph) === bodyOf(last) && paragraph.start === last.start && paragraph.index === last.index && paragraph.kind === last.kind && paragraph.depth === last.depth;
}

/** The memo of a body, for engine caches keyed by the paragraph's text without hashing it. */
export function memoOf(paragraph: Paragraph): Map<string, unknown> {
  const placed = (paragraph as Placed)[MEMO];
  if (placed) return placed;
  const body = bodyOf(paragraph) as Memoized;
  let memo = body[MEMO];
  if (!memo) {
    memo = new Map();
    Object.defineProperty(body, MEMO, { value: memo });
  }
  return memo;
}

/**
 * `compute(paragraph, input)`, remembered while the paragraph's text is unchanged. The result may
 * depend only on the paragraph's own text and kind, and `key` must name everything else it depends
 * on (such as `input`, a house list). Offsets in it must be relative to the paragraph, since it may
 * move. (`input` is passed, not captured: closures made for every paragraph on every keystroke were
 * 4% of what a keystroke allocated on a book-length draft.)
 */
export function paragraphSummary<T, I = undefined>(paragraph: Paragraph, key: string, compute: (paragraph: Paragraph, input: I) => T, input?: I): T {
  const memo = memoOf(paragraph);
  const kept = memo.get(key) as { kind: string; value: T } | undefined;
  // A plain-text headline is the same body re-kinded as a heading, so the kind must match too.
  if (kept && kept.kind === paragraph.kind) return kept.value;
  const value = compute(paragraph, input as I);
  memo.set(key, { kind: paragraph.kind, value });
  return value;
}
