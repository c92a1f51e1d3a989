/**
 * Words that editorialize in the reporter's voice, with a neutral replacement where one is clear.
 * `unlessFollowedBy` / `unlessPrecededBy` are regex sources for the neighbouring text that makes a
 * use literal or neutral ("slammed the door", "was admitted to the hospital", "Finally, …").
 */
export interface LoadedWord {
  word: string;
  /** The neutral word to offer; absent when the sentence needs rewording, not a swap. */
  neutral?: string;
  /** A neutral rewrite is to delete the word ("will finally give" → "will give"). */
  deletable?: boolean;
  unlessFollowedBy?: string;
  unlessPrecededBy?: string;
  /** Loaded only in this company: "so-called" is neutral unless quotation marks repeat the sneer (AP). */
  onlyIfFollowedBy?: string;
}

const PHYSICAL_SLAM = ' (?:into|onto|on|shut|down|against|through|the (?:door|brakes|ball))\\b';
const PHYSICAL_BLAST = ' (?:off|through|out|into|away|open|music|a hole)\\b';
const ADMITTED_AS_ENTERED = ' (?:to|into|as)\\b';
const PASSIVE = '\\b(?:was|were|been|being|be|is|are|get|got) $';

export const LOADED_WORDS: readonly LoadedWord[] = [
  { word: 'slammed', neutral: 'criticized', unlessFollowedBy: PHYSICAL_SLAM },
  { word: 'slams', neutral: 'criticizes', unlessFollowedBy: PHYSICAL_SLAM },
  { word: 'slamming', neutral: 'criticizing', unlessFollowedBy: PHYSICAL_SLAM },
  { word: 'blasted', neutral: 'criticized', unlessFollowedBy: PHYSICAL_BLAST },
  { word: 'blasts', neutral: 'criticizes', unlessFollowedBy: PHYSICAL_BLAST },
  { word: 'lambasted', neutral: 'criticized' },
  { word: 'lambastes', neutral: 'criticizes' },
  { word: 'lashed out at', neutral: 'criticized' },
  { word: 'admitted', neutral: 'said', unlessFollowedBy: ADMITTED_AS_ENTERED, unlessPrecededBy: PASSIVE },
  { word: 'admits', neutral: 'says', unlessFollowedBy: ADMITTED_AS_ENTERED },
  { word: 'finally', deletable: true, unlessFollowedBy: ',' },
  { word: 'brutal' },
  { word: 'brutally' },
  { word: 'shocking' },
  { word: 'shockingly' },
  { word: 'heroic' },
  { word: 'heroically' },
  { word: 'horrific' },
  { word: 'outrageous' },
  { word: 'embattled' },
  { word: 'disgraced' },
  { word: 'hapless' },
  { word: 'scathing' },
  { word: 'so-called', onlyIfFollowedBy: '\\s*["“‘\']' },
];
