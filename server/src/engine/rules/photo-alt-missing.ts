import { figuresOf } from '../photos/figures';
import { isFileName } from '../photos/paragraph';
import type { ArticleRule, Report } from '../rule';

const PURPOSE = 'describe what the picture shows for readers who cannot see it (screen readers read alt text aloud)';
/** Alt text that only says there is a picture: "image", "photo 2", "a picture". */
const GENERIC = /^(?:an? |the )?(?:image|img|photo|photograph|picture|pic|graphic|screenshot|screen shot|thumbnail|illustration|figure|untitled)s?(?:[ _-]?\d+)?$/i;

export const photoAltMissing: ArticleRule = {
  id: 'photo-alt-missing',
  scope: 'article',
  description: 'Images need alt text that describes them; a file name or “image” is not a description.',
  why: 'Alt text is what blind and low-vision readers get instead of the picture, and what shows when it fails to load. Markdown’s `![](…)` has none: the brackets are where it goes, as markdownlint (MD045) and ESLint’s Markdown plugin also say. An HTML `alt=""` is the explicit mark of decoration and is respected, as are rules, icons and pixels; an HTML image inside a captioned figure may omit alt, as HTML allows.',
  defaultSeverity: 'warning',
  fixable: false,
  check({ article, options }) {
    const reports: Report[] = [];
    for (const { paragraph, picture, caption } of figuresOf(article, options.house.agencies)) {
      if (!picture || picture.decorative) continue;
      const alt = picture.alt?.trim();
      if (alt === '') {
        // HTML's alt="" is written on purpose; Markdown's empty brackets are only left empty.
        if (picture.syntax === 'html') continue;
        reports.push({ start: picture.start, end: picture.end, message: `Image has no alt text: ${PURPOSE}.` });
      } else if (alt === undefined) {
        // A figcaption describes its picture, so HTML lets a captioned figure's img omit alt; a
        // paragraph after a bare img is no figcaption.
        if (caption?.paragraph === paragraph && /<figcaption\b/i.test(paragraph.text)) continue;
        reports.push({ start: picture.start, end: picture.end, message: `Image has no alt attribute: ${PURPOSE}, or write alt="" if it is decoration.` });
      } else if (isFileName(alt)) {
        reports.push({ start: picture.start, end: picture.end, message: `Alt text “${alt}” is a file name: ${PURPOSE}.` });
      } else if (GENERIC.test(alt)) {
        reports.push({ start: picture.start, end: picture.end, message: `Alt text “${alt}” only says there is a picture: ${PURPOSE}.` });
      }
    }
    return reports;
  },
};
