import { CREDIT_TEMPLATE } from '../data/photo-credits';
import { figuresOf, type Figure, type Span } from '../photos/figures';
import type { ArticleRule, Report } from '../rule';
import type { TextEdit } from '../types';

export const photoCreditMissing: ArticleRule = {
  id: 'photo-credit-missing',
  scope: 'article',
  description: 'Every photo and caption carries a credit: who took the picture, for whom.',
  why: 'AP and every newsroom credit each published photo (`(Jane Doe/AP)`): the credit is a condition of the licence, and a picture without one is a legal and ethical risk.',
  defaultSeverity: 'warning',
  fixable: true,
  check({ article, options }) {
    // Looked up once and only when needed: scanning a book-length draft for CRLF on every keystroke adds up.
    let lineBreak: string | undefined;
    const reports: Report[] = [];
    const reportedCaptions = new Set<number>();
    for (const figure of figuresOf(article, options.house.agencies)) {
      if (figure.credits.length > 0 || figure.picture?.creditedInAlt || figure.picture?.decorative) continue;
      if (figure.caption) {
        if (reportedCaptions.has(figure.caption.start)) continue;
        reportedCaptions.add(figure.caption.start);
        reports.push(captionReport(figure.caption.start, figure.caption.end));
      } else if (figure.picture) {
        lineBreak ??= article.source.includes('\r\n') ? '\r\n' : '\n';
        reports.push(pictureReport(figure, figure.picture, lineBreak));
      }
    }
    return reports;
  },
};

function captionReport(start: number, end: number): Report {
  return {
    start,
    end,
    message: 'Caption has no photo credit: add who took the picture, e.g. (Jane Doe/AP).',
    fixes: [{ title: 'Add a credit to fill in', edits: [{ start: end, end, newText: ` ${CREDIT_TEMPLATE}` }], fillIn: true }],
  };
}

function pictureReport(figure: Figure, picture: Span, lineBreak: string): Report {
  const edit = captionAfter(figure, lineBreak);
  return {
    start: picture.start,
    end: picture.end,
    message: 'Image has no caption or credit: add a credit line, e.g. (Jane Doe/AP).',
    fixes: edit ? [{ title: 'Add a credit line to fill in', edits: [edit], fillIn: true }] : [],
  };
}

/** A credit paragraph after the last image of a paragraph of images; an image inside prose has no place for one. */
function captionAfter(figure: Figure, lineBreak: string): TextEdit | undefined {
  const { paragraph, picture } = figure;
  if (!picture || paragraph.prose.trim() !== '') return undefined;
  if (/!\[|<img\b/i.test(paragraph.text.slice(picture.end - paragraph.start))) return undefined;
  return { start: paragraph.end, end: paragraph.end, newText: `${lineBreak}${lineBreak}${CREDIT_TEMPLATE}` };
}
