import { ArticleIndex } from '../article-index';
import type { Article, Paragraph } from './article';
import { paragraphSummary } from './summaries';

/** An ingredient line: an amount, then a cook's measure or size ("2 cups", "1 1/2 teaspoons", "3 large", "4 cloves"). */
const INGREDIENT_LINE = /^[ \t>*_-]*(?:\d+(?:[ \t]+\d+\/\d+|\/\d+|\.\d+)?|[½⅓⅔¼¾⅛])[ \t]*(?:cups?|tablespoons?|tbsp|teaspoons?|tsp|pounds?|lbs?|ounces?|oz|grams?|g|kilograms?|kg|ml|milliliters?|liters?|quarts?|pints?|cloves?|sprigs?|stalks?|sticks?|cans?|pinch|dash|large|medium|small|whole|slices?|bunch(?:es)?|heads?)\b/gim;
/** This many ingredient lines make the article a recipe. */
const RECIPE_AT_LEAST = 3;

function ingredientLines(paragraph: Paragraph): number {
  return paragraphSummary(paragraph, 'ingredient-lines', ({ prose }) => prose.match(INGREDIENT_LINE)?.length ?? 0);
}

const recipeIndex = new ArticleIndex<number, boolean>({
  summarize: (article, index) => ingredientLines(article.paragraphs[index]),
  same: (a, b) => a === b,
  build: (counts) => counts.reduce((sum, count) => sum + count, 0) >= RECIPE_AT_LEAST,
});

/**
 * Whether the article is a recipe, or carries one: it lists ingredients ("2 cups low-sodium
 * broth", "3 carrots, peeled"), a line or a list item each. AP's recipes set every amount, size
 * and time in figures ("Serves 6", "cook 1 minute more").
 */
export function isRecipe(article: Article): boolean {
  return recipeIndex.of(article).index;
}
