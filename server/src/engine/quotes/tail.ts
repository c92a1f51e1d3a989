import type { Paragraph } from '../model/article';
import { bodyOf } from '../model/summaries';
import type { AttributionPlace, Quotation } from './model';
import type { Span } from './paragraph';
import type { ResolvedSpeaker } from './speakers';

/*
 * After an edit, the paragraphs below it are the last draft's, moved. Once the quotation pass
 * stands where the last one stood among them, the rest of its work is the last pass's, moved too.
 */

/**
 * The paragraphs after an edit: from `from` on, each is the last pass's paragraph `shift`
 * positions before, moved by `by` characters and `indexShift` places in the article (an edit may
 * add or remove paragraphs). Offsets the last pass made before `editStart` stand as they were,
 * those from `movedFrom` on move by `by`, and none may point in between, into the edited text.
 */
export interface Tail {
  from: number;
  shift: number;
  by: number;
  indexShift: number;
  editStart: number;
  movedFrom: number;
}

/** The tail of `paragraphs` after the first one that is not where it was in `last` (`same`), if the edit left one. */
export function tailAfterEdit(paragraphs: Paragraph[], last: Paragraph[], same: number): Tail | undefined {
  const count = paragraphs.length;
  const shift = count - last.length;
  if (same >= count || same >= last.length) return undefined;
  const by = paragraphs[count - 1].start - last[last.length - 1].start;
  const indexShift = paragraphs[count - 1].index - last[last.length - 1].index;
  let from = count;
  // Neither draft's tail reaches into the paragraphs both share before the edit.
  while (from > same && from - 1 - shift >= same && movedBy(paragraphs[from - 1], last[from - 1 - shift], by, indexShift)) from--;
  if (from === count) return undefined;
  return { from, shift, by, indexShift, editStart: last[same].start, movedFrom: last[from - shift].start };
}

function movedBy(paragraph: Paragraph, last: Paragraph, by: number, indexShift: number): boolean {
  return bodyOf(paragraph) === bodyOf(last) && paragraph.start === last.start + by && paragraph.index === last.index + indexShift && paragraph.kind === last.kind && paragraph.depth === last.depth;
}

/** Moves offsets of the last pass to this draft; `undefined` for one inside the edited text, which cannot be moved. */
export class Mover {
  constructor(private readonly tail: Tail) {}

  offset(at: number): number | undefined {
    if (at < this.tail.editStart) return at;
    return at >= this.tail.movedFrom ? at + this.tail.by : undefined;
  }

  /** The place in the article of a paragraph of the tail. */
  index(index: number): number {
    return index + this.tail.indexShift;
  }

  /** The position among the pass's paragraphs of a paragraph of the tail. */
  position(at: number): number {
    return at + this.tail.shift;
  }

  quotation(quotation: Quotation): Quotation | undefined {
    const parts: Span[] = [];
    for (const part of quotation.parts) {
      const start = this.offset(part.start);
      const end = this.offset(part.end);
      if (start === undefined || end === undefined) return undefined;
      parts.push({ start, end });
    }
    const start = this.offset(quotation.start);
    const end = this.offset(quotation.end);
    if (start === undefined || end === undefined) return undefined;
    // A literal of toQuotation's shape, not a spread: this runs for every quotation after the edit.
    const moved: Quotation = { start, end, parts, text: quotation.text, kind: quotation.kind, paragraph: this.index(quotation.paragraph), unclosed: quotation.unclosed };
    if (quotation.nextQuotesAnother) moved.nextQuotesAnother = true;
    if (quotation.attribution) {
      const attribution = this.speaker(quotation.attribution);
      if (!attribution) return undefined;
      moved.attribution = attribution;
    }
    return moved;
  }

  speaker<T extends ResolvedSpeaker & { where?: AttributionPlace }>(speaker: T): T | undefined {
    if (speaker.verbStart === undefined || speaker.verbEnd === undefined) return speaker;
    const verbStart = this.offset(speaker.verbStart);
    const verbEnd = this.offset(speaker.verbEnd);
    if (verbStart === undefined || verbEnd === undefined) return undefined;
    // Built as placed() builds attributions: one hidden class for both.
    const moved: ResolvedSpeaker & { where?: AttributionPlace } = { verb: speaker.verb, verbStart, verbEnd };
    if (speaker.speakerText !== undefined) moved.speakerText = speaker.speakerText;
    if (speaker.speaker !== undefined) moved.speaker = speaker.speaker;
    if (speaker.where !== undefined) moved.where = speaker.where;
    return moved as T;
  }
}
