import { ArticleIndex } from '../article-index';
import type { Article, Paragraph } from '../model/article';
import type { Credit } from './credits';
import { analyseParagraph, captionMark, type Picture, type PhotoParagraph } from './paragraph';
import { execAll } from '../text/exec-all';
import { pastedPhoto } from '../model/captions';

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

/** The figures a walk through the paragraphs finds at one paragraph, as last placed. */
interface Visit {
  figures: Figure[];
  /** The paragraph's start where `figures` were placed. */
  at: number;
  /** How many paragraphs after this one the figures take: a caption, and a label before it. */
  taken: number;
}

/**
 * The figures of the article last linted. A visit reads the two paragraphs after its own, so it
 * is kept while those three are unchanged: after a keystroke only the edited paragraph's
 * neighbourhood is visited again, and the rest is moved into place.
 */
const figureIndex = new ArticleIndex<Visit, Figure[], readonly string[]>({
  reach: { before: 0, after: 2 },
  summarize: visit,
  // The figures hold offsets, so they are placed on every lint (moved only where they moved).
  same: () => false,
  build: placeFigures,
});

/** The article's figures, computed once per lint (rules share them) from cached paragraph analyses. */
export function figuresOf(article: Article, agencies: readonly string[]): Figure[] {
  return figureIndex.of(article, agencies, agencies.join('\n')).index;
}

/** What a walk finds at paragraph `i`, were it not taken by the paragraph before as its caption. */
function visit(article: Article, i: number, agencies: readonly string[]): Visit {
  const paragraphs = article.paragraphs;
  const paragraph = paragraphs[i];
  const at = paragraph.start;
  if (paragraph.kind === 'code' || paragraph.kind === 'front-matter') return { figures: [], at, taken: 0 };
  const photos = analyseParagraph(paragraph, agencies);
  if (photos.pictures.length > 0) {
    // Scraped pages keep a screen-reader label (“Image”) between a picture and its caption.
    const skip = MEDIA_LABEL.test(paragraphs[i + 1]?.prose ?? '') ? 1 : 0;
    const next = paragraphs[i + 1 + skip];
    const nextPhotos = next && analyseParagraph(next, agencies);
    const captionedByNext = photos.onlyPictures && !!nextPhotos && isCaptionParagraph(next, nextPhotos);
    return { figures: pictureFigures(paragraph, photos, captionedByNext ? next : undefined, nextPhotos), at, taken: captionedByNext ? 1 + skip : 0 };
  }
  return { figures: paragraph.kind === 'paragraph' ? captionFigures(paragraph, photos) : [], at, taken: 0 };
}

/** The figures of the paragraphs a walk visits, moved to where their paragraphs stand now. */
function placeFigures(visits: readonly Visit[], article: Article): Figure[] {
  const figures: Figure[] = [];
  for (let i = 0; i < visits.length; i += 1 + visits[i].taken) {
    const visited = visits[i];
    if (visited.figures.length === 0) continue;
    const paragraph = article.paragraphs[i];
    // Figures not moved are kept: their paragraphs, from an earlier lint, hold the same text at the same place.
    if (visited.at !== paragraph.start || visited.figures[0].paragraph.index !== i) {
      visited.figures = visited.figures.map((figure) => placed(figure, paragraph, article, paragraph.start - visited.at));
      visited.at = paragraph.start;
    }
    for (const figure of visited.figures) figures.push(figure);
  }
  return figures;
}

/** `figure` moved by `by`, on the current article's paragraphs (its caption may sit in a later one). */
function placed(figure: Figure, paragraph: Paragraph, article: Article, by: number): Figure {
  const move = <T extends Span>(span: T): T => Object.assign({}, span, { start: span.start + by, end: span.end + by });
  const { picture, altLine, caption } = figure;
  return {
    paragraph,
    picture: picture && move(picture),
    altLine: altLine && move(altLine),
    caption: caption && Object.assign(move(caption), { paragraph: article.paragraphs[paragraph.index + caption.paragraph.index - figure.paragraph.index] }),
    credits: figure.credits.map(move),
  };
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
function inlineCaption(paragraph: Paragraph, photos: PhotoParagraph, imageEnd: number): { start: number; end: number } | undefined {
  const first = photos.pictures[0];
  if (paragraph.prose.slice(0, first.start).trim() !== '') return undefined;
  // A linked image (`[![…](thumb.jpg)](full.jpg)`) ends with its link.
  const after = imageEnd + (LINK_TAIL.exec(paragraph.text.slice(imageEnd, imageEnd + 2048))?.[0].length ?? 0);
  const rest = paragraph.prose.slice(after);
  if (rest.trim() === '') return undefined;
  const onNextLine = /^[ \t\\]*\r?\n/.test(paragraph.text.slice(after));
  const opensWithCredit = photos.credits.some((credit) => credit.start >= after && paragraph.prose.slice(after, credit.start).trim() === '');
  return onNextLine || opensWithCredit || captionMark(rest, rest) ? { start: after, end: paragraph.text.length } : undefined;
}

/** The rest of a link around an image: `](https://…/full.jpg)` or `][ref]`. */
const LINK_TAIL = /^\](?:\([^()\s]*(?:\s+"[^"]*")?\)|\[[^\]]*\])/;

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
  if (photos.credits.length === 0) {
    // A picture's description and caption pasted as plain text, the caption uncredited.
    const pasted = pastedPhoto(paragraph.prose);
    if (!pasted) return [];
    const altLine = { start: paragraph.start + pasted.alt[0], end: paragraph.start + pasted.alt[1] };
    return [{ paragraph, altLine, caption: { start: paragraph.start + pasted.caption[0], end: paragraph.start + pasted.caption[1], paragraph }, credits: [] }];
  }
  const figures: Figure[] = [];
  let previous: Span | undefined;
  for (const line of execAll(LINE, paragraph.prose)) {
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
