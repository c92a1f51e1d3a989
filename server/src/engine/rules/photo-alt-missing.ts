import { figuresOf } from '../photos/figures';
import { isFileName } from '../photos/paragraph';
import type { ArticleRule, Report } from '../rule';

const PURPOSE = 'describe what the picture shows for readers who cannot see it (screen readers read alt text aloud)';

export const photoAltMissing: ArticleRule = {
  id: 'photo-alt-missing',
  scope: 'article',
  description: 'Images need alt text that describes them; a file name is not a description.',
  why: 'Alt text is what blind and low-vision readers get instead of the picture, and what shows when it fails to load. An explicitly empty alt (`alt=""`, or Markdown’s `![](…)`, which renders as `alt=""`) marks decoration and is respected, as are rules, icons and pixels; an HTML image inside a captioned figure may omit it, as HTML allows.',
  defaultSeverity: 'warning',
  fixable: false,
  check({ article, options }) {
    const reports: Report[] = [];
    for (const { picture, caption } of figuresOf(article, options.house.agencies)) {
      if (!picture || picture.decorative) continue;
      // An empty alt is the page's own mark of decoration: CommonMark renders ![](…) as alt="",
      // and scraped pages give ![](…) exactly where the publisher wrote alt="".
      if (picture.alt !== null && picture.alt.trim() === '') continue;
      const alt = picture.alt?.trim();
      if (alt === undefined) {
        // A figcaption describes its picture, so HTML lets a captioned figure's img omit alt.
        if (caption) continue;
        reports.push({ start: picture.start, end: picture.end, message: `Image has no alt attribute: ${PURPOSE}, or write alt="" if it is decoration.` });
      } else if (isFileName(alt)) {
        reports.push({ start: picture.start, end: picture.end, message: `Alt text “${alt}” is a file name: ${PURPOSE}.` });
      }
    }
    return reports;
  },
};
