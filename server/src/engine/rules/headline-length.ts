import type { ArticleRule } from '../rule';

export const headlineLength: ArticleRule = {
  id: 'headline-length',
  scope: 'article',
  description: 'Headline longer than `headlineLength` characters (70 by default).',
  why: 'Search results, social cards and homepage slots cut long headlines off mid-thought; desks write to a count. The limit is a house choice, so it is an option.',
  defaultSeverity: 'hint',
  fixable: false,
  check({ article, options }) {
    const headline = article.headline;
    if (!headline) return [];
    // Characters as readers count them: an emoji is one, not two UTF-16 units, and markup blanked
    // out of the prose (a link's address, emphasis marks) is not read at all.
    const length = [...headline.text.replace(/\s+/g, ' ')].length;
    if (length <= options.headlineLength) return [];
    return [{ start: headline.start, end: headline.end, message: `Headline is ${length} characters, expected at most ${options.headlineLength}.` }];
  },
};
