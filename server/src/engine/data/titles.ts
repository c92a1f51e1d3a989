/**
 * Formal titles: capitalised immediately before a name ("President Joe Biden"), lowercase after
 * it or alone ("Biden, the president"). AP Stylebook, "titles". Lowercase, multiword allowed.
 */
export const FORMAL_TITLES: readonly string[] = [
  'president', 'vice president', 'prime minister', 'governor', 'lieutenant governor', 'senator', 'representative', 'mayor', 'pope',
  'chancellor', 'secretary of state', 'attorney general', 'premier', 'justice', 'chief justice',
];

/**
 * Occupational descriptions: lowercase even before a name ("Defense Department spokesman John
 * Kirby", "astronaut Sally Ride"). Lowercase.
 */
export const OCCUPATIONS: readonly string[] = [
  'spokesman', 'spokeswoman', 'spokesperson', 'press secretary', 'astronaut', 'author', 'novelist', 'actor', 'actress', 'singer',
  'rapper', 'lawyer', 'attorney', 'economist', 'analyst', 'historian', 'reporter', 'columnist', 'photographer', 'pitcher',
  'quarterback', 'coach', 'architect', 'designer', 'publisher', 'editor', 'teacher', 'physician', 'nurse', 'researcher',
  'founder', 'co-founder', 'entrepreneur', 'activist', 'filmmaker', 'producer', 'businessman', 'businesswoman',
  'manager', 'general manager', 'emergency manager', 'campaign manager', 'strategist', 'pollster',
];

/** Courtesy titles AP does not use in the reporter's voice. */
export const COURTESY_TITLES: readonly string[] = ['Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs', 'Ms'];

/** Abbreviated titles, written with a period before a name ("Dr. Shadlen", "Sen. Warren"). */
export const ABBREVIATED_NAME_PREFIXES: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Sen', 'Rep', 'Gov', 'Lt', 'Gen', 'Col', 'Maj', 'Capt', 'Sgt', 'Adm', 'Cmdr', 'Rev', 'Prof', 'Det', 'Insp', 'Supt',
];

/**
 * Words that, capitalised before a name, show the name is a person's ("Sen. Elizabeth Warren",
 * "CEO Mark Zuckerberg"); they are not part of the name. Lowercase, without periods.
 */
export const NAME_PREFIXES: readonly string[] = [
  ...ABBREVIATED_NAME_PREFIXES.map((prefix) => prefix.toLowerCase()), 'sir', 'dame', 'lord', 'lady',
  'president', 'vice', 'prime', 'minister', 'governor', 'senator', 'representative', 'mayor', 'pope', 'king', 'queen', 'prince', 'princess',
  'chancellor', 'secretary', 'attorney', 'general', 'premier', 'judge', 'justice', 'ambassador', 'commissioner', 'chairman', 'chairwoman',
  'chief', 'executive', 'officer', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'coach', 'professor', 'author', 'founder',
  'lieutenant', 'colonel', 'sergeant', 'captain', 'admiral', 'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'father', 'sister', 'brother',
  'elect', 'former', 'acting', 'interim', 'deputy', 'assistant', 'press', 'detective', 'officer', 'agent', 'inspector',
  // Local and legislative offices, the titles of most names in local news.
  'councilman', 'councilwoman', 'councilmember', 'alderman', 'alderwoman', 'assemblyman', 'assemblywoman', 'assemblymember',
  'congressman', 'congresswoman', 'delegate', 'supervisor', 'sheriff', 'superintendent', 'trooper', 'speaker', 'leader',
  'treasurer', 'comptroller', 'controller', 'auditor',
];

/** Last words that make a capitalised run an institution or a place, not a person ("John Hopkins University"). */
export const INSTITUTION_WORDS: readonly string[] = [
  'university', 'college', 'school', 'institute', 'center', 'centre', 'hospital', 'foundation', 'company', 'group', 'street', 'avenue',
  'road', 'boulevard', 'square', 'park', 'bridge', 'airport', 'station', 'stadium', 'arena', 'hall', 'library', 'museum', 'church',
  'award', 'awards', 'prize', 'act', 'law', 'fund', 'trust', 'bank', 'county', 'city', 'island', 'islands', 'river', 'lake', 'mountain',
  // Towns named like people: "Ann Arbor", "Sioux Falls", "Palm Springs", "Shaker Heights".
  'arbor', 'harbor', 'harbour', 'falls', 'springs', 'heights', 'beach', 'valley', 'creek', 'hills', 'bay',
  // Communities named for the land: "Kelly Ridge", "Cedar Bluff", "Walnut Grove".
  'ridge', 'canyon', 'hollow', 'bluff', 'bluffs', 'mesa', 'crossing', 'landing', 'junction', 'bayou', 'gulch', 'grove', 'meadows', 'woods',
  // Schools named like people: "Virginia Tech", "Georgia Southern", "Georgia State".
  'tech', 'state', 'southern', 'polytechnic', 'academy', 'seminary',
];

/**
 * Words opening a place's or a congregation's name that ends like a person's: "Temple Beth Shalom",
 * "Fort Worth", "Camp David", "Mount Vernon", "Lake Mary Jane".
 */
export const PLACE_WORDS_BEFORE_NAME: readonly string[] = [
  'temple', 'congregation', 'synagogue', 'church', 'chapel', 'cathedral', 'mosque', 'masjid', 'saint', 'st.', 'fort', 'camp',
  'mount', 'mt.', 'lake', 'port', 'cape', 'hotel', 'club', 'cafe', 'café', 'chez', 'casa', 'villa',
];

/**
 * Titles AP abbreviates before a full name ("Gov. Greg Abbott", "Sen. John Cornyn", "Gen. Mark
 * Milley"), spelled out and lowercase elsewhere. Keys lowercase.
 */
export const ABBREVIATED_BEFORE_NAME: Readonly<Record<string, string>> = {
  governor: 'Gov.',
  'lieutenant governor': 'Lt. Gov.',
  senator: 'Sen.',
  representative: 'Rep.',
  general: 'Gen.',
  'lieutenant general': 'Lt. Gen.',
  colonel: 'Col.',
  'lieutenant colonel': 'Lt. Col.',
  sergeant: 'Sgt.',
};
