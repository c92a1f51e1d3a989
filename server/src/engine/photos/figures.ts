import type { Article, Paragraph } from '../model/article';
import type { Credit } from './credits';
import { analyseParagraph, captionMark, type Picture, type PhotoParagraph } from './paragraph';

/** A range of the document, `[start, end)` in absolute UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/**
 * A picture and its caption as the draft carries them: a Markdown or HTML image with the caption
 * after it, or, in plain text, a caption line (after its alt-text line) or a labelled caption.
 * Offsets are absolute.
 */
export interface Figure {
  /** The paragraph holding the picture, or the caption when there is no picture. */
  paragraph: Paragraph;
  picture?: Picture;
  /** The plain-text line describing the picture, just before its caption line. */
  altLine?: Span;
  caption?: Span & { paragraph: Paragraph };
  /** Credits printed in the caption. */
  credits: Credit[];
}

/** A paragraph after an image is its caption only if it looks like one: captions are short. */
const CAPTION_MAX_WORDS = 25;
const LINE = /[^\r\n]+/g;
const MEDIA_LABEL = /^\s*(?:image|photo|picture|video)\s*$/i;

const figureCache = new WeakMap<Article, { agencies: string; figures: Figure[] }>();

/** The article's figures, computed once per lint (rules share them) from cached paragraph analyses. */
export function figuresOf(article: Article, agencies: readonly string[]): Figure[] {
  const key = agencies.join('\n');
  const cached = figureCache.get(article);
  if (cached?.agencies === key) return cached.figures;
  const figures = collectFigures(article, agencies);
  figureCache.set(article, { agencies: key, figures });
  return figures;
}

function collectFigures(article: Article, agencies: readonly string[]): Figure[] {
  const figures: Figure[] = [];
  const paragraphs = article.paragraphs;
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i];
    if (paragraph.kind === 'code' || paragraph.kind === 'front-matter') continue;
    const photos = analyseParagraph(paragraph, agencies);
    if (photos.pictures.length > 0) {
      // Scraped pages keep a screen-reader label (“Image”) between a picture and its caption.
      const skip = MEDIA_LABEL.test(paragraphs[i + 1]?.prose ?? '') ? 1 : 0;
      const next = paragraphs[i + 1 + skip];
      const nextPhotos = next && analyseParagraph(next, agencies);
      const captionedByNext = photos.onlyPictures && !!nextPhotos && isCaptionParagraph(next, nextPhotos);
      figures.push(...pictureFigures(paragraph, photos, captionedByNext ? next : undefined, nextPhotos));
      if (captionedByNext) i += 1 + skip;
    } else if (paragraph.kind === 'paragraph') {
      figures.push(...captionFigures(paragraph, photos));
    }
  }
  return figures;
}

/** Figures for each image of a paragraph, with the caption that follows it (shared by a row of images). */
function pictureFigures(paragraph: Paragraph, photos: PhotoParagraph, next: Paragraph | undefined, nextPhotos: PhotoParagraph | undefined): Figure[] {
  return photos.pictures.map((picture, index) => {
    const absolute = { ...picture, start: paragraph.start + picture.start, end: paragraph.start + picture.end };
    const last = index === photos.pictures.length - 1;
    const following = photos.pictures[index + 1]?.start ?? paragraph.text.length;
    let caption: Figure['caption'];
    let credits: Credit[] = [];
    const figcaption = photos.figcaptions.find((candidate) => candidate.start >= picture.end && candidate.start < following);
    const inline = picture.syntax === 'markdown' && last ? inlineCaption(paragraph, photos, picture.end) : undefined;
    const own = figcaption ?? inline;
    if (own) {
      caption = { ...trimmed(photos.captionText, paragraph.start, own.start, own.end), paragraph };
      credits = creditsWithin(photos, paragraph.start, own.start, own.end);
    } else if (next && nextPhotos) {
      // Pictures side by side in one paragraph share the caption under them.
      caption = { ...trimmed(next.prose, next.start, 0, next.text.length), paragraph: next };
      credits = creditsWithin(nextPhotos, next.start, 0, next.text.length);
    } else {
      const title = titleSpan(paragraph, picture);
      if (title) caption = { start: paragraph.start + title.start, end: paragraph.start + title.end, paragraph };
    }
    return { paragraph, picture: absolute, caption, credits };
  });
}

/** Where a Markdown image's title sits (`![alt](src "title")`), when written without escapes. */
function titleSpan(paragraph: Paragraph, picture: Picture): Span | undefined {
  if (picture.syntax !== 'markdown' || !picture.title?.trim()) return undefined;
  const end = picture.end - 2;
  const start = end - picture.title.length;
  return paragraph.text.slice(start, end) === picture.title && /["')]/.test(paragraph.text[end]) ? { start, end } : undefined;
}

/**
 * Text after an image in its own paragraph is its caption when the image opens the paragraph and
 * the text starts on the next line (`![…](…)  ⏎ *Caption*`) or with a caption or credit label.
 */
function inlineCaption(paragraph: Paragraph, photos: PhotoParagraph, after: number): { start: number; end: number } | undefined {
  const first = photos.pictures[0];
  if (paragraph.prose.slice(0, first.start).trim() !== '') return undefined;
  const rest = paragraph.prose.slice(after);
  if (rest.trim() === '') return undefined;
  const onNextLine = /^[ \t\\]*\r?\n/.test(paragraph.text.slice(after));
  const opensWithCredit = photos.credits.some((credit) => credit.start >= after && paragraph.prose.slice(after, credit.start).trim() === '');
  return onNextLine || opensWithCredit || captionMark(rest, rest) ? { start: after, end: paragraph.text.length } : undefined;
}

function isCaptionParagraph(paragraph: Paragraph, photos: PhotoParagraph): boolean {
  if (paragraph.kind !== 'paragraph' || photos.pictures.length > 0) return false;
  if (photos.mark || photos.credits.length > 0) return true;
  return paragraph.wordCount > 0 && paragraph.wordCount <= CAPTION_MAX_WORDS && paragraph.sentences.length <= 1;
}

/**
 * Captions without an image, as plain-text drafts carry them: a labelled paragraph
 * (`Photo: …`, `Caption: …`), or a line ending in a credit, after the line describing the picture.
 */
function captionFigures(paragraph: Paragraph, photos: PhotoParagraph): Figure[] {
  if (photos.mark === 'labelled') {
    const caption = { ...trimmed(paragraph.prose, paragraph.start, 0, paragraph.text.length), paragraph };
    return [{ paragraph, caption, credits: creditsWithin(photos, paragraph.start, 0, paragraph.text.length) }];
  }
  if (photos.credits.length === 0) return [];
  const figures: Figure[] = [];
  let previous: Span | undefined;
  for (const line of paragraph.prose.matchAll(LINE)) {
    const span = trimmed(paragraph.prose, 0, line.index, line.index + line[0].length);
    const credits = photos.credits.filter((credit) => credit.start >= span.start && credit.end <= span.end);
    const endsWithCredit = credits.some((credit) => credit.format !== 'prose' && paragraph.prose.slice(credit.end, span.end).trim().replace(/^\.$/, '') === '');
    if (endsWithCredit) {
      const altLine = previous && { start: paragraph.start + previous.start, end: paragraph.start + previous.end };
      figures.push({ paragraph, altLine, caption: { start: paragraph.start + span.start, end: paragraph.start + span.end, paragraph }, credits: credits.map(shift(paragraph.start)) });
      previous = undefined;
    } else {
      previous = credits.length === 0 && span.end > span.start ? span : undefined;
    }
  }
  return figures;
}

function creditsWithin(photos: PhotoParagraph, base: number, start: number, end: number): Credit[] {
  return photos.credits.filter((credit) => credit.start >= start && credit.end <= end).map(shift(base));
}

function shift(by: number) {
  return (credit: Credit): Credit => ({ ...credit, start: credit.start + by, end: credit.end + by });
}

/** `[start, end)` of `text` without surrounding whitespace (blanked markup counts as whitespace), shifted by `base`. */
function trimmed(text: string, base: number, start: number, end: number): Span {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  return { start: base + from, end: base + to };
}
