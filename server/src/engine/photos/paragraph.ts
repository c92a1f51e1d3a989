import { CAPTION_LABELS, DECORATIVE_IMAGE_WORDS } from '../data/photo-credits';
import type { Paragraph } from '../model/article';
import { paragraphSummary } from '../model/summaries';
import { CreditReader, type Credit } from './credits';
import { scanHtml, type HtmlCaption } from './html';

/** A Markdown or HTML image; offsets relative to its paragraph. */
export interface Picture {
  start: number;
  end: number;
  syntax: 'markdown' | 'html';
  /** `null` when an HTML image has no alt attribute; Markdown cannot tell absent from empty. */
  alt: string | null;
  src: string;
  title: string | null;
  /** Rules, icons, tracking pixels: they need neither alt text nor a credit. */
  decorative: boolean;
  /** A credit in the alt text or title, where scraped pages often keep it. */
  creditedInAlt: boolean;
}

/** How a paragraph announces itself as a caption, if it does. */
export type CaptionMark = 'labelled' | 'italic' | 'pilcrow';

/** What one paragraph holds for the photo model; offsets relative to the paragraph. */
export interface PhotoParagraph {
  pictures: Picture[];
  /** `<figcaption>` contents of an HTML block. */
  figcaptions: HtmlCaption[];
  /** The text searched for credits: the prose, or an HTML block's caption text; same length as the source. */
  captionText: string;
  credits: Credit[];
  /** Whether the paragraph holds pictures and no prose of its own. */
  onlyPictures: boolean;
  mark?: CaptionMark;
}

const CAPTION_LABEL = new RegExp(`^(?:${CAPTION_LABELS.join('|')})\\s*:`, 'i');
const DECORATIVE = new Set(DECORATIVE_IMAGE_WORDS);
const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|webp|svg|avif)$/i;

const readers = new Map<string, CreditReader>();

/** The shared credit reader for a house agency list. */
export function creditReader(agencies: readonly string[]): CreditReader {
  const key = agencies.join('\n');
  let reader = readers.get(key);
  if (!reader) readers.set(key, (reader = new CreditReader(agencies)));
  return reader;
}

/** The paragraph's pictures, caption marks and credits, computed once per paragraph text. */
export function analyseParagraph(paragraph: Paragraph, agencies: readonly string[]): PhotoParagraph {
  return paragraphSummary(paragraph, `photos\u0000${agencies.join('\n')}`, (own) => analyse(own, creditReader(agencies)));
}

function analyse(paragraph: Paragraph, reader: CreditReader): PhotoParagraph {
  if (paragraph.kind === 'html') {
    const html = scanHtml(paragraph.text);
    const pictures = html.images.map((image) => picture({ ...image, syntax: 'html' as const }, image.hidden, reader));
    return { pictures, figcaptions: html.captions, captionText: html.captionText, credits: reader.find(html.captionText), onlyPictures: pictures.length > 0 };
  }
  const pictures = paragraph.images.map((image) => picture({ ...image, syntax: 'markdown' as const }, false, reader));
  const prose = paragraph.prose;
  return {
    pictures,
    figcaptions: [],
    captionText: prose,
    credits: reader.find(prose),
    onlyPictures: pictures.length > 0 && prose.trim() === '',
    mark: captionMark(paragraph.text, prose),
  };
}

function picture(image: Omit<Picture, 'decorative' | 'creditedInAlt'>, hidden: boolean, reader: CreditReader): Picture {
  const credited = [image.alt, image.title].some((text) => !!text && reader.find(text).length > 0);
  return { ...image, decorative: hidden || isDecorative(image.src, image.alt), creditedInAlt: credited };
}

/** Whether the image's host or file name (or a file-name alt) calls it a rule, icon, pixel or logo. */
function isDecorative(src: string, alt: string | null): boolean {
  // Inline data URIs are lazy-loading placeholders; the real picture is loaded over them.
  if (src.startsWith('data:')) return true;
  const path = src.split(/[?#]/)[0];
  const host = /^(?:https?:)?\/\/([^/]+)/i.exec(path)?.[1] ?? '';
  const file = (path.split('/').pop() ?? '').replace(/\.\w+$/, '');
  const words = [host, file, alt && isFileName(alt) ? alt : ''].join(' ').toLowerCase().split(/[^a-z0-9]+/);
  return words.some((word) => DECORATIVE.has(word));
}

/** Alt text that is only a file name (`0225-lupita-nyongo-getty-01`, `IMG_1234.jpg`) says nothing. */
export function isFileName(alt: string): boolean {
  const text = alt.trim();
  if (text === '') return false;
  if (IMAGE_EXTENSION.test(text)) return true;
  // A single token with underscores, or with hyphens and digits, is a file name, not a description.
  return !/\s/.test(text) && (text.includes('_') || (text.includes('-') && /\d/.test(text)));
}

/** Captions are set off by a label (`Caption:`, `Photo:`), italics, or CNET's pilcrows. */
export function captionMark(text: string, prose: string): CaptionMark | undefined {
  const words = prose.trim();
  if (words.startsWith('¶')) return 'pilcrow';
  if (CAPTION_LABEL.test(words)) return 'labelled';
  const source = text.trim();
  if (/^[*_]/.test(source) && /[*_]$/.test(source) && words !== '') return 'italic';
  return undefined;
}
