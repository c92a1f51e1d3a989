/**
 * How captions introduce and credit pictures. Patterns are source strings combined into linear
 * regexes by `photos/credits.ts`; every one is anchored on a fixed word, never on a repeated group.
 */

/** Labels that open a caption paragraph in plain-text drafts and CMS exports. */
export const CAPTION_LABELS: readonly string[] = ['Caption', 'Photo', 'Image', 'Pictured', 'Picture', 'Photograph'];

/**
 * Labels that introduce a credit and never a caption (`Photo by …`, `Courtesy of …`), matched
 * case-insensitively. `anyBody` labels accept a short credit in any words (`Courtesy of the
 * family`); the others need a name (`Credit Harry Campbell`), so prose like “credit for” is not one.
 */
export const CREDIT_LABELS: readonly { pattern: string; anyBody: boolean }[] = [
  // NYT prints `Credit…Name` (and, scraped, `CreditCreditName`).
  { pattern: '(?:photo\\s+)?cr[eé]dit(?:credit)?s?(?:\\s+should\\s+read)?\\s*(?::|\\.{2,}|…)?', anyBody: false },
  { pattern: 'photographers?\\s*:', anyBody: false },
  { pattern: '(?:photo(?:graph)?|image|picture|illustration|video)s?\\s+by', anyBody: false },
  { pattern: '(?:(?:photo(?:graph)?|image|picture)s?\\s+)?courtesy(?:\\s+of)?', anyBody: true },
  { pattern: '(?:image\\s+)?source\\s*:|image\\s+source\\s*,', anyBody: true },
  { pattern: '©|copyright(?:\\s+\\d{4})?', anyBody: true },
  { pattern: '(?:provided|supplied|distributed)\\s+by', anyBody: false },
];

/**
 * Credits that say where a picture came from in two words, ending the caption: `Submitted photo`,
 * `Contributed photo`, `Courtesy photo`, `Handout photo`, `Staff photo`. ("File photo" says only
 * that it is old: it still needs its photographer.)
 */
export const SOURCE_ONLY_CREDIT = '(?:submitted|contributed|courtesy|handout|pool|staff)\\s+(?:photo(?:graph)?|image|picture)s?';

/** Labels that may open a credit (`Photo: Jane Doe/Reuters`) or a caption (`Photo: Kirby speaks.`). */
export const AMBIGUOUS_CREDIT_LABEL = '(?:photo(?:graph)?|foto|image|picture|composite|(?:photo\\s+)?illustration)s?\\s*:';

/** Labels that credit a map or a graphic the way `Photo:` credits a picture (`Map: Los Angeles County Fire Department`). */
export const GRAPHIC_CREDIT_LABEL = '(?:map|graphic|chart|infographic)s?\\s*:';

/**
 * A caption naming its source in prose: “this photo from Apple”, “an image provided by NASA”.
 * The source must follow as a capitalised name.
 */
export const PROSE_SOURCE = '\\b(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture|[Ss]creenshot)s?\\s+(?:from|released\\s+by|provided\\s+by|supplied\\s+by)\\s+(?:the\\s+)?(?=\\p{Lu})';

/** Small words allowed inside a credited name (`Anadolu Agency via Getty Images`, `Ruth Fremson for The New York Times`). */
export const CREDIT_CONNECTORS: readonly string[] = ['via', 'for', 'of', 'the', 'and', 'by', 'de', 'del', 'della', 'di', 'da', 'dos', 'van', 'von', 'der', 'den', 'du', 'la', 'le', 'y', 'al', 'bin', 'ibn', '&', '-', '–', '—', '/', '|', 'inc', 'inc.', 'ltd', 'ltd.', 'llc'];

/**
 * Words in an image's file name, host or file-name alt text that mark it as decoration (rules, icons, tracking
 * pixels): such images need neither alt text nor a credit.
 */
export const DECORATIVE_IMAGE_WORDS: readonly string[] = [
  'spacer',
  'pixel',
  'tracking',
  'tracker',
  '1x1',
  'divider',
  'separator',
  'rule',
  'bar',
  'icon',
  'bullet',
  'arrow',
  'button',
  'badge',
  'logo',
  'blank',
  'transparent',
  'placeholder',
  'spinner',
  'sprite',
  'avatar',
  'gravatar',
  'beacon',
  'doubleclick',
  'scorecardresearch',
  'feedburner',
];

/** The credit a fix inserts for the writer to fill in. */
export const CREDIT_TEMPLATE = '(PHOTOGRAPHER/AGENCY)';
