/** Number words AP spells out (one through nine) and those it writes as figures (10 and up). */
export const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
export const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
export const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
export const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];

/**
 * Words after a figure that make it one of AP's exceptions: measurements and dimensions, money,
 * speeds, temperatures, magnitudes, scores, millions (AP Stylebook, "numerals"). Lowercase.
 * Ages ("5 years old") are matched as phrases by the rule.
 */
export const FIGURE_UNITS: readonly string[] = [
  'million', 'billion', 'trillion', 'percent', 'percentage', 'cents', 'cent', 'dollars', 'euros', 'pounds',
  'feet', 'foot', 'ft', 'inches', 'inch', 'yards', 'miles', 'mile', 'mph', 'meters', 'metres', 'meter', 'km', 'kilometers',
  'centimeters', 'cm', 'mm', 'acres', 'ounces', 'oz', 'lb', 'lbs', 'kilograms', 'kg', 'grams', 'tons', 'tonnes', 'liters', 'gallons',
  'degrees', 'magnitude', 'points', 'x', 'by', 'p.m.', 'a.m.', 'pm', 'am', 'o’clock', "o'clock", 'out',
  // Measures and weights, in a story or a recipe: "1 tablespoon", "2 g fiber", "1 degree", "4 below zero".
  'degree', 'below', 'pound', 'ounce', 'gram', 'kilogram', 'liter', 'gallon', 'yard', 'g', 'mg', 'ml', 'milliliters',
  'tablespoons', 'tablespoon', 'tbsp', 'teaspoons', 'teaspoon', 'tsp', 'cups', 'cup', 'quarts', 'quart', 'pints', 'pint',
];

/**
 * Words before a figure that make it an identifier, not a count: "No. 1", "page 5", "Game 7",
 * "age 5", "size 4". AP uses figures for these. Lowercase; a capitalised word inside a sentence
 * ("iPhone 4", "Route 9") is treated the same way.
 */
export const FIGURE_LABELS: readonly string[] = [
  'no.', 'nos.', 'number', 'page', 'pages', 'p.', 'pp.', 'chapter', 'room', 'route', 'game', 'games', 'grade', 'grades', 'size',
  'level', 'phase', 'step', 'category', 'channel', 'version', 'season', 'episode', 'act', 'scene', 'section', 'article', 'rule',
  'verse', 'volume', 'vol.', 'item', 'gate', 'terminal', 'platform', 'floor', 'district', 'precinct', 'ward', 'lane', 'apt.',
  'age', 'aged', 'ages', 'ranked', 'rank', 'seed', 'model', 'week', 'day', 'stage', 'round', 'hole', 'inning', 'quarter', 'race',
  'type', 'tier', 'class', 'flight', 'row', 'seat', 'unit', 'zone', 'exit', 'runway', 'track', 'bay', 'lot', 'interstate', 'highway',
];

/** Street designations: a figure before a capitalised name and one of these is an address ("4 Privet Drive"). */
export const STREET_WORDS: readonly string[] = [
  'street', 'st.', 'avenue', 'ave.', 'road', 'rd.', 'drive', 'dr.', 'lane', 'ln.', 'boulevard', 'blvd.', 'way', 'place', 'court', 'ct.',
  'square', 'terrace', 'parkway', 'highway', 'circle',
];
