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

const PHYSICAL_SLAM = " (?:into|onto|on|shut|down|against|through|(?:the|a|an|his|her|their|its|that|this|my|our)(?: [\\w’'-]+){0,2} (?:doors?|gates?|lids?|windows?|brakes|ball|phones?|receivers?|fists?|hatch|trunk|lockers?|drawers?))\\b";
const PHYSICAL_BLAST = ' (?:off|through|out|into|away|open|music|(?:a )?holes?|water|foam|air|sand|rocks?|snow|ice|heat|tunnels?|(?:the|their|its) (?:music|radio|horns?|sirens?|stereo|heat|air conditioning|water|hoses?))\\b';
/** Weather, water, crews, vehicles and weapons slam and blast literally: "A storm slammed the coast", "Crews blasted water at the tower". */
const PHYSICAL_SUBJECT =
  '\\b(?:doors?|gates?|lids?|windows?|shutters?|storms?|hurricanes?|typhoons?|cyclones?|tornado(?:e?s)?|winds?|gusts?|waves?|surf|rain|snow|blizzards?|floods?|floodwaters?|(?:earth)?quakes?|tsunamis?|fires?|blazes?|explosions?|crews?|firefighters?|hoses?|workers?|miners?|speakers?|cars?|trucks?|vehicles?|bus(?:es)?|trains?|planes?|jets?|boats?|ships?|missiles?|rockets?|drones?|shells?|bombs?|balls?|shots?)(?: \\S+){0,3} $';
/** Admitted as let in: "admitted to the hospital", "admitted 143 children", "admitted more babies", "admitted a higher share of early applicants". */
const ADMITTED_AS_ENTERED = ' (?:to|into|as)\\b| (?:about |nearly |roughly |more than |at least )?\\d| (?:more|fewer|dozens|hundreds|thousands|patients|children|people|students|babies|infants|adults|members|women|men)\\b| (?:a|an|its|their) (?:[\\w-]+ ){0,3}?(?:share|number|class|percentage|proportion|cohort) of\\b';
/** Who admits or is admitted in that sense: "The hospital admitted", "those admitted", "was admitted". */
const ADMITTING_BODY =
  '\\b(?:was|were|been|being|be|is|are|get|got|those|patients|people|children|students|babies|infants|adults|hospitals?|schools?|colleges?|universit(?:y|ies)|clinics?|units?|centers?|centres?|programs?|newly) $';
/**
 * "claimed" reporting speech: followed by a clause ("claimed that…", "claimed she was…", "claimed,
 * without evidence, that…"), not an object ("claimed the title", "claimed three lives").
 */
const CLAIMED_SPEECH =
  " (?:that|he|she|they|we|I|there)\\b|,? without (?:evidence|proof)| (?:the|a|an|his|her|their|its)(?: [\\w'’-]+){1,3} (?:would|will|was|were|is|are|had|has|have|could|can|should|did|does)\\b";
/** "his claims that…", "false claims that…", "insurance claims": the noun. */
const CLAIMS_AS_NOUN = '\\b(?:the|his|her|their|its|our|my|these|those|such|any|all|false|similar|unfounded|baseless|unproven|new|insurance|asylum|legal|disability|benefit|damage|injury|warranty|of|on|about|over|against|despite|amid|\\w+[’\']s|\\w+-\\w+)\\s$|\\b(?:kinds?|types?|sorts?|number|dozens|hundreds|thousands) of (?:[\\w-]+ ){0,5}$';
const PASSIVE = '\\b(?:was|were|been|being|be|is|are|get|got) $';

export const LOADED_WORDS: readonly LoadedWord[] = [
  { word: 'slammed', neutral: 'criticized', unlessFollowedBy: PHYSICAL_SLAM, unlessPrecededBy: PHYSICAL_SUBJECT },
  { word: 'slams', neutral: 'criticizes', unlessFollowedBy: PHYSICAL_SLAM, unlessPrecededBy: PHYSICAL_SUBJECT },
  { word: 'slamming', neutral: 'criticizing', unlessFollowedBy: PHYSICAL_SLAM, unlessPrecededBy: PHYSICAL_SUBJECT },
  { word: 'blasted', neutral: 'criticized', unlessFollowedBy: PHYSICAL_BLAST, unlessPrecededBy: PHYSICAL_SUBJECT },
  { word: 'blasts', neutral: 'criticizes', unlessFollowedBy: PHYSICAL_BLAST, unlessPrecededBy: PHYSICAL_SUBJECT },
  { word: 'lambasted', neutral: 'criticized' },
  { word: 'lambastes', neutral: 'criticizes' },
  { word: 'lashed out at', neutral: 'criticized' },
  { word: 'admitted', neutral: 'said', unlessFollowedBy: ADMITTED_AS_ENTERED, unlessPrecededBy: ADMITTING_BODY },
  { word: 'admits', neutral: 'says', unlessFollowedBy: ADMITTED_AS_ENTERED, unlessPrecededBy: ADMITTING_BODY },
  { word: 'claimed', neutral: 'said', onlyIfFollowedBy: CLAIMED_SPEECH, unlessPrecededBy: PASSIVE },
  { word: 'claims', neutral: 'says', onlyIfFollowedBy: CLAIMED_SPEECH, unlessPrecededBy: CLAIMS_AS_NOUN },
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
  // A press release's adjectives, in the reporter's voice: whose judgment is it?
  { word: 'cutting-edge' },
  { word: 'world-class' },
  { word: 'state-of-the-art' },
  { word: 'best-in-class' },
  { word: 'game-changing' },
  { word: 'groundbreaking', unlessFollowedBy: ' (?:ceremony|ceremonies|event|for|on)\\b' },
  { word: 'so-called', onlyIfFollowedBy: '\\s*["“‘\']' },
];
