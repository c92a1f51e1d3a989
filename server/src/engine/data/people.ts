/**
 * Titles that, next to a name, make a checkable fact: the person holds that job ("Defense
 * Department spokesman John Kirby", "John Kirby, press secretary for the Pentagon"). Lowercase;
 * matched with either case of the first letter.
 */
export const TITLES: readonly string[] = [
  'president', 'vice president', 'prime minister', 'minister', 'deputy minister', 'secretary', 'press secretary',
  'spokesman', 'spokeswoman', 'spokesperson', 'senator', 'sen.', 'representative', 'rep.', 'governor', 'gov.',
  'mayor', 'judge', 'justice', 'attorney general', 'prosecutor', 'district attorney', 'sheriff', 'chief',
  'police chief', 'commissioner', 'ambassador', 'general', 'gen.', 'colonel', 'col.', 'lt.', 'sgt.', 'admiral',
  'chief executive', 'CEO', 'CFO', 'chairman', 'chairwoman', 'chair', 'director', 'executive director',
  'founder', 'co-founder', 'professor', 'prof.', 'dr.', 'supervisor', 'manager', 'coach', 'captain',
  'analyst', 'economist', 'researcher', 'scientist', 'fact checker', 'staff writer', 'writer', 'reporter',
  'editor', 'author', 'lawyer', 'attorney', 'king', 'queen', 'prince', 'princess', 'pope', 'bishop',
];

/** Capitalised words a sentence may open with that are not part of a name ("But Kirby said"). */
export const NOT_NAME_WORDS: readonly string[] = [
  'A', 'An', 'And', 'As', 'At', 'But', 'For', 'From', 'However', 'If', 'In', 'Instead', 'It', 'Meanwhile',
  'Now', 'On', 'Or', 'So', 'Still', 'That', 'The', 'Then', 'This', 'When', 'While', 'Yet', 'Also', 'After',
  'Before', 'Since', 'Though', 'Although', 'He', 'She', 'They', 'We', 'I', 'You',
];

/**
 * Nouns for people, besides job titles: a speaker so named ("her son", "a neighbor", "the driver")
 * may be "he" or "she"; one named by any other noun ("the utility", "the delay") may not.
 */
export const PERSON_NOUNS: readonly string[] = `
man woman boy girl person mother father son daughter wife husband brother sister aunt uncle grandmother grandfather
grandson granddaughter cousin niece nephew widow widower friend neighbor neighbour owner resident student teacher
worker farmer driver victim witness lawyer doctor nurse pastor priest official member organizer volunteer voter fan
parent mom dad caller customer patient survivor veteran soldier officer deputy trooper firefighter paramedic engineer
scientist researcher analyst economist expert historian critic author writer artist singer musician actor actress
player prosecutor defendant plaintiff suspect
`.split(/\s+/).filter(Boolean);

/**
 * Capitalised plurals that name a group, not a person ("Morrow said Democrats had written…",
 * "Senate Republicans said"): "they" may stand for them, never "he" or "she". Lowercase.
 */
export const GROUP_NAMES: readonly string[] = `
democrats republicans independents conservatives liberals progressives moderates tories socialists libertarians
americans europeans africans asians australians canadians mexicans brazilians britons germans russians ukrainians
israelis palestinians iranians iraqis afghans syrians saudis indians pakistanis koreans filipinos
`.split(/\s+/).filter(Boolean);
