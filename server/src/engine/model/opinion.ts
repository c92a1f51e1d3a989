import type { Article } from './article';

/** How far into the article its labels stand: headline, kicker, byline, rating. */
const OPENING_PARAGRAPHS = 6;
/** A label, a byline or a rating is a short line. */
const SHORT_LINE_WORDS = 14;

/** "Review: A restless 'Doll's House'…", "OPINION | The stadium deal…", a kicker line "Column". */
const LABEL = /^[\s*_#>]*(?:review|opinion|column|commentary|editorial|op-ed|essay|perspective|viewpoint)s?[*_]*\s*(?:[:|—–]|-\s|$)/i;
/** The writer's beat in the byline: "Arts Critic", "Restaurant Critic", "Columnist". */
const CRITIC = /\b(?:critic|columnist|reviewer|opinion (?:writer|editor)|editorial board)\b/i;
/** A verdict: "★★★", "3½ stars", "3 out of 4 stars", "Grade: B+". */
const RATING = /[★☆✩✪]{2,}|\b[0-5](?:\.5|½)?\s*(?:out of\s*[45]\s*)?stars?\b|\bgrade\s*:\s*[A-F][+-]?(?![\w])/i;
const SECTION_KEYS = /^(?:category|categories|section|type|genre|kicker|label|tags?)$/i;
const SECTION = /\b(?:reviews?|opinion|columns?|commentary|editorials?)\b/i;

/**
 * Whether the article is a review, a column or an opinion piece, as its opening says: a label on
 * the headline or above it, a critic's or columnist's byline, a star rating, or its front matter's
 * section. Judgment there is the writer's to make ("a shocking amount of fine print").
 */
export function isOpinion(article: Article): boolean {
  if (Object.entries(article.frontMatter).some(([key, value]) => SECTION_KEYS.test(key) && SECTION.test(value))) return true;
  if (article.headline && LABEL.test(article.headline.text)) return true;
  return article.paragraphs.slice(0, OPENING_PARAGRAPHS).some((paragraph) => {
    const text = paragraph.prose;
    if (LABEL.test(text)) return true;
    // Not a headline's "Hotel earns 5 stars".
    return paragraph.kind !== 'heading' && text.trim().split(/\s+/).length <= SHORT_LINE_WORDS && (CRITIC.test(text) || RATING.test(text));
  });
}
