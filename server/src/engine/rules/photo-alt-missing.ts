import { figuresOf } from '../photos/figures';
import { isFileName } from '../photos/paragraph';
import type { ArticleRule, Report } from '../rule';

const PURPOSE = 'describe what the picture shows for readers who cannot see it (screen readers read alt text aloud)';

export const photoAltMissing: ArticleRule = {
  id: 'photo-alt-missing',
  scope: 'article',
  description: 'Images need alt text that describes them; a file name is not a description.',
  why: 'Alt text is what blind and low-vision readers get instead of the picture, and what shows when it fails to load. Decorative images (rules, icons, `alt=""`) are exempt; so is an image whose caption follows it, as HTML allows for a captioned figure.',
  defaultSeverity: 'warning',
  fixable: false,
  check({ article, options }) {
    const reports: Report[] = [];
    for (const { picture, caption } of figuresOf(article, options.house.agencies)) {
      if (!picture || picture.decorative) continue;
      const alt = picture.alt?.trim() ?? null;
      // An explicit alt="" is HTML's way to mark decoration; Markdown's ![](…) cannot say that.
      if (alt === '' && picture.syntax === 'html' && picture.alt !== null) continue;
      if (!alt) {
        // A caption printed with the picture describes it; a title inside the image tag is only a tooltip.
        const printed = caption && !(caption.start >= picture.start && caption.end <= picture.end);
        if (printed) continue;
        reports.push({ start: picture.start, end: picture.end, message: `Image has no alt text: ${PURPOSE}.` });
      } else if (isFileName(alt)) {
        reports.push({ start: picture.start, end: picture.end, message: `Alt text “${alt}” is a file name: ${PURPOSE}.` });
      }
    }
    return reports;
  },
};
