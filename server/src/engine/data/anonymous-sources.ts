/**
 * Unnamed sources, and the reasons for anonymity AP asks stories to give. Regex sources matched
 * case-insensitively on the reporter's own words.
 */
const SPEECH = 'said|say|says|told|tell|tells|confirmed|confirm|confirms|described|believe|believes|insisted|added|disclosed';
/**
 * Officials of a local or public body speaking for it ("City officials said the road would reopen",
 * "health officials said Wednesday"): the institution's word, on the record. "Officials", "U.S.
 * officials" and "administration officials" stay unnamed sources.
 */
const INSTITUTION =
  'city|county|state|town|township|village|borough|municipal|regional|provincial|tribal|district|school|health|emergency|public safety|election|elections|transportation|transit|park|parks|fire|airport|port|utility|co-op|cooperative|water|university|college|hospital|museum|library|zoo|court|prison|jail|league|team|festival';
const UNNAMED =
  `sources|a source|one source|our sources|(?<!\\b(?:${INSTITUTION}) )officials|an official|one official|an? (?:[\\w.'’-]+ ){1,3}official|(?:an?|one) (?:[\\w.'’-]+ ){1,3}(?:aide|staffer)|senior (?:[\\w-]+ ){0,3}officials|(?:[\\w-]+ )?(?:enforcement|government|administration|intelligence|military|police|industry|company|campaign|diplomatic) (?:sources?|officials?)|insiders|an insider|aides|an aide|(?:people|a person|one person|someone|(?:an?|one) (?:[\\w-]+ )?source) close to (?:[\\w.'’-]+ ){0,2}[\\w.'’-]+`;
/**
 * One unnamed source placed by where they work: "a senior official at the Department of Health
 * and Human Services said", "a source inside the campaign said". Officials of a body in the plural
 * ("officials at the county health department") speak for it, as in INSTITUTION.
 */
const PLACED = `(?:an? (?:[\\w.'’-]+ ){0,3}official|(?:an?|one) (?:[\\w-]+ )?source) (?:at|with|in|inside|within|from)(?: the)?(?: [\\w.'’&-]+){1,6}?`;

export const ANONYMOUS_SOURCES: readonly string[] = [
  `\\b(?:${UNNAMED}|${PLACED}),? (?:${SPEECH})\\b`,
  // "said officials"; not "told officials", where they are the audience.
  `\\b(?:said|says|say) (?:${UNNAMED})\\b`,
  `\\baccording to (?:${UNNAMED}|(?:people|a person) familiar with|an? (?:[\\w-]+ )?official)\\b`,
  // Not "close to": "people close to them who are not immune" are no source; "people close to the
  // family said" is caught above, with its verb.
  '\\b(?:a person|people|a source|sources|someone|one person|another person|another source|an official|another official|officials) (?:who (?:is|are|was|were) )?(?:familiar with|briefed on|with (?:direct )?knowledge of)\\b',
  // The tabloid "we're told" names nobody; "we're told that we…" is the generic "we", and the
  // formal "we are told" is mostly rhetoric ("we are told the market knows best").
  "\\bwe(?:['’]re|['’]ve been) told\\b(?! (?:that )?(?:we|you|our)\\b)",
];

/**
 * Phrases that disclose a grant of anonymity. They usually describe a source already flagged in the
 * paragraph ("said an official, who spoke on condition of anonymity"), so they are reported only alone.
 */
export const ANONYMITY_DISCLOSURES: readonly string[] = [
  '\\b(?:spoke|speaking|talked|agreed to speak) on (?:the )?condition of anonymity\\b',
  '\\b(?:declined|asked|requested) (?:not )?to be (?:named|identified)\\b',
  '\\b(?:requested|granted|on) anonymity\\b',
  // "who asked that his name not be used", "on condition that she not be identified", "who did not want to be named"
  '\\b(?:asked|requested) that (?:his|her|their) names? not be (?:used|published|disclosed|given)\\b',
  '\\bon (?:the )?condition (?:that )?(?:he|she|they|his|her|their) (?:not be|names? not be|would not be) (?:named|identified|used)\\b',
  "\\b(?:did not|didn['’]t|does not|doesn['’]t) want (?:to be|his name|her name|their names?) (?:named|identified|used|published)\\b",
];

/** What a reason for anonymity says is private or not yet public. */
const SUBJECTS = 'matter|talks|investigation|inquiry|probe|case|review|deliberations|negotiations|discussions|conversations?|information|decision|plans?|deal|announcement|details|process|findings|report|results|issue';

/** Reasons for granting anonymity (AP: the story must say why the source was not named). */
export const ANONYMITY_REASONS: readonly string[] = [
  '\\bnot authori[sz]ed to (?:speak|discuss|comment|talk|be (?:named|quoted|identified)|release|disclose)',
  '\\b(?:because|as) (?:he|she|they|the (?:official|source|person)s?) (?:was|were|is|are|had|has|have) not (?:been )?(?:authori[sz]ed|allowed|permitted)',
  '\\bfor fear of (?:reprisal|retaliation|retribution|losing|being)',
  '\\bto (?:discuss|describe|speak about|talk about) (?:private|internal|confidential|sensitive|classified|ongoing|closed-door|personnel)',
  // "because the inquiry is ongoing", "as the negotiations were private", "because the plans have not been made public"
  `\\b(?:because|as|since) (?:the|an?|its|their) (?:[\\w-]+ ){0,2}(?:${SUBJECTS}) (?:(?:is|are|was|were|remains?|remained)(?: still)? (?:private|confidential|sensitive|classified|ongoing|pending|under ?way)|(?:is|are|was|were|has|have|had) not(?: yet)?(?: been)? (?:made public|public|announced|released|disclosed|finali[sz]ed|final))\\b`,
  '\\b(?:because|given|due to) (?:of )?the (?:sensitivity|sensitive nature|confidentiality) of\\b',
  // "because she feared retaliation", "for their safety"
  '\\b(?:because|as) (?:he|she|they|the (?:official|source|person|people|officials|sources)) (?:feared|fears|fear|was afraid|were afraid|worried|worries)\\b',
  '\\bfor (?:his|her|their) (?:own |personal )?(?:safety|security)\\b',
  // The grant itself followed by why: "spoke on condition of anonymity because she now works…",
  // "asked not to be named, citing nondisclosure agreements", "…anonymity to discuss operational details".
  '\\b(?:anonymity|anonymously|named|identified|not be (?:used|published))[,;]? (?:because|since|citing|fearing|for fear|out of fear|so as not to|to avoid|to protect|to (?:discuss|describe|detail|disclose|reveal|share|speak|talk))\\b',
];

/** A paragraph opening on a source named before: "The official, who was not authorized…", "The two people said…". */
export const BACK_REFERENCE = "^\\s*(?:the|that|this|those|these|both) (?:[\\w.'’-]+ ){0,3}(?:officials?|sources?|person|people|aides?|insiders?|diplomats?|officers?)\\b";
