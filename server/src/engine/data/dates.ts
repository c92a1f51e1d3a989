/**
 * Dates a fact-checker confirms: calendar dates, days of the week, and years a claim hangs on
 * ("since 1997"). Regex sources, matched case-sensitively (month and day names are capitalised).
 */
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

export const DATE_PATTERNS: readonly string[] = [
  // March 26; Feb. 23, 2015; December 2016
  `\\b${MONTH}\\.? (?:\\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?|\\d{4})\\b`,
  // 22 Dec, 2016
  `\\b\\d{1,2} ${MONTH}\\.?,? \\d{4}\\b`,
  // 2/26/2015, 2015-02-26
  '\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b',
  '\\b\\d{4}-\\d{2}-\\d{2}\\b',
  '\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b',
  '\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Bb]efore|[Aa]fter|[Oo]f) (?:1[89]|20)\\d{2}\\b',
];
