import type { Paragraph, Sentence } from '../model/article';
import { quotedSpans } from '../model/quoted';
import { CAPTION_PREFIXES } from '../data/claims';
import { isAuthorNote, isEditorsNote } from '../model/notes';
import { isBoldSubhead } from '../model/subheads';
import { isLabelledAnswer } from '../quotes/paragraph';

const voices = new WeakMap<Paragraph, string>();

/**
 * The paragraph's prose with quoted matter blanked to spaces (same length, same offsets): what
 * the reporter says in their own voice. Claim and style rules match here, so a speaker's words
 * never trigger them (proselint#24: "If I quote someone, the linter shouldn't correct me").
 */
export function reporterVoice(paragraph: Paragraph): string {
  let voice = voices.get(paragraph);
  if (voice === undefined) {
    const chars = paragraph.prose.split('');
    for (const span of quotedSpans(paragraph)) {
      for (let i = span.start; i < span.end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
    }
    voice = chars.join('');
    voices.set(paragraph, voice);
  }
  return voice;
}

/** The sentence holding the paragraph-relative offset, if any. */
export function sentenceAt(paragraph: Paragraph, offset: number): Sentence | undefined {
  return paragraph.sentences.find((sentence) => offset >= sentence.start && offset < sentence.end);
}

/** Whether the relative range `[start, end)` crosses a Markdown link in the paragraph. */
export function hasLink(paragraph: Paragraph, start: number, end: number): boolean {
  return paragraph.links.some((link) => link.start < end && start < link.end);
}

/** "(Alex Wong/Getty Images)", "(Vermont State Police via AP)", "(AP Photo)", "(Getty Images)" ending a line. */
const CREDIT_AT_LINE_END = /\((?:[^()\n]{2,80}\/[^()\n]{2,80}|[^()\n]{2,80} via [^()\n]{1,40}|AP Photo\b[^()\n]{0,60}|[^()\n]{0,60}Getty Images)\)\s*(?:\([^()\n]{2,80}\)\s*)?$/;
const CAPTION_LABEL = new RegExp(`^[\\s*_>¶]*(?:${CAPTION_PREFIXES.join('|')})\\s*(?::|by\\b)`, 'i');

/**
 * Photo captions and credits describe a picture, not the story's claims: a paragraph that starts
 * "Photo:", "Caption:" or "Photo by", one set off with ¶ marks, one whose last line ends in a
 * parenthesised credit such as "(Alex Wong/Getty Images)" (wire copy keeps the alt-text line above
 * it), or an italic line.
 */
export function isCaption(paragraph: Paragraph): boolean {
  const text = paragraph.text.trimEnd();
  const lastLine = text.slice(Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1);
  return CAPTION_LABEL.test(text) || CREDIT_AT_LINE_END.test(lastLine) || /(?:^|\s)¶\s/.test(text) || isAllItalic(paragraph);
}

/**
 * A Markdown paragraph set wholly in italics, images aside: a caption under its picture, a
 * standfirst, an editor's note or an author's bio, none of which the story's sourcing covers.
 */
function isAllItalic(paragraph: Paragraph): boolean {
  let rest = paragraph.text;
  for (const image of [...paragraph.images].reverse()) rest = rest.slice(0, image.start) + rest.slice(image.end);
  rest = rest.trim();
  return rest.length > 2 && /^[*_]/.test(rest) && /[*_]$/.test(rest);
}

/** Code, raw HTML and front matter are not the writer's prose. */
export function hasProse(paragraph: Paragraph): boolean {
  return paragraph.kind !== 'code' && paragraph.kind !== 'html' && paragraph.kind !== 'front-matter';
}

/**
 * Headlines, subheads (bold ones too), captions, editor's notes and the author's tagline carry figures and
 * superlatives without sourcing, by design; an answer in a Q&A is its speaker's, attributed by its
 * label; a table's rows set out figures whose source is the table's, given above or below it.
 */
export function isClaimFree(paragraph: Paragraph): boolean {
  return !hasProse(paragraph) || paragraph.kind === 'heading' || isBoldSubhead(paragraph) || paragraph.kind === 'table-row' || isCaption(paragraph) || isEditorsNote(paragraph) || isAuthorNote(paragraph) || isLabelledAnswer(paragraph.prose);
}
