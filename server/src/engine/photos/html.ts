import { blankOut } from '../model/body';
import { execAll } from '../text/exec-all';

/** An `<img>` in a raw HTML block; offsets relative to the block. */
export interface HtmlImage {
  start: number;
  end: number;
  /** `null` when the tag has no alt attribute; `''` when it is explicitly empty (decorative). */
  alt: string | null;
  src: string;
  title: string | null;
  /** Marked as decoration by the page itself: `role="presentation"`, `aria-hidden`, a 1×1 pixel. */
  hidden: boolean;
}

/** The text of a `<figcaption>`: `[start, end)` spans its content, tags included. */
export interface HtmlCaption {
  start: number;
  end: number;
}

export interface HtmlFigures {
  images: HtmlImage[];
  captions: HtmlCaption[];
  /** The block with everything but caption text blanked (same length), for credit search. */
  captionText: string;
}

// Tags are bounded so that an unclosed `<img` cannot make the scan quadratic.
const IMG = /<img\b([^>]{0,4000})>/gi;
const ATTRIBUTE = /([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const FIGCAPTION_OPEN = /<figcaption\b[^>]{0,4000}>/gi;
const TAG = /<[^<>]{0,4000}>/g;

/**
 * Reads `<img>` and `<figcaption>` from an HTML block with a small tag scanner: drafts carry
 * simple markup, and a full HTML parser would cost more than the whole lint.
 */
export function scanHtml(text: string): HtmlFigures {
  const images: HtmlImage[] = [];
  for (const tag of execAll(IMG, text)) {
    const attributes = readAttributes(tag[1]);
    const tiny = attributes.get('width') === '1' || attributes.get('height') === '1';
    images.push({
      start: tag.index,
      end: tag.index + tag[0].length,
      alt: attributes.get('alt') ?? null,
      src: attributes.get('src') ?? '',
      title: attributes.get('title') ?? null,
      hidden: tiny || attributes.get('role') === 'presentation' || attributes.get('aria-hidden') === 'true',
    });
  }

  const captions: HtmlCaption[] = [];
  const lower = text.toLowerCase();
  for (const open of execAll(FIGCAPTION_OPEN, text)) {
    const start = open.index + open[0].length;
    const close = lower.indexOf('</figcaption', start);
    captions.push({ start, end: close < 0 ? text.length : close });
    // An unclosed caption runs to the end of the block, and so would any after it.
    if (close < 0) break;
  }

  let captionText = '';
  let cursor = 0;
  for (const caption of captions) {
    if (caption.start < cursor) continue;
    captionText += blankOut(text.slice(cursor, caption.start)) + text.slice(caption.start, caption.end).replace(TAG, blankOut);
    cursor = caption.end;
  }
  captionText += blankOut(text.slice(cursor));
  return { images, captions, captionText };
}

function readAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of execAll(ATTRIBUTE, source)) {
    attributes.set(match[1].toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

function decodeEntities(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" })[name] ?? '');
}
