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
