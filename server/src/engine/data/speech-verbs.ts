/**
 * Words that attribute a quotation to its speaker, in every form a reporter writes them
 * ("says", "said", "saying"). Neutral and loaded verbs alike: `attribution-verb` judges the
 * loaded ones, the quotation rules only need to know someone is being quoted. Projects add
 * their own in `.copydesk.json` (`house.speechVerbs`).
 */
export const SPEECH_VERBS: readonly string[] = [
  ...['say', 'says', 'said', 'saying'],
  ...['tell', 'tells', 'told', 'telling'],
  ...['write', 'writes', 'wrote', 'writing', 'written'],
  ...['add', 'adds', 'added', 'adding'],
  ...['ask', 'asks', 'asked', 'asking'],
  ...['tweet', 'tweets', 'tweeted', 'tweeting', 'retweeted', 'posted'],
  ...['testify', 'testifies', 'testified', 'testifying'],
  ...['explain', 'explains', 'explained', 'explaining'],
  ...['note', 'notes', 'noted', 'noting'],
  ...['reply', 'replies', 'replied', 'replying', 'respond', 'responds', 'responded', 'answered'],
  ...['recall', 'recalls', 'recalled', 'recalling'],
  ...['warn', 'warns', 'warned', 'warning', 'caution', 'cautions', 'cautioned'],
  ...['argue', 'argues', 'argued', 'arguing', 'contend', 'contends', 'contended'],
  ...['suggest', 'suggests', 'suggested', 'suggesting'],
  ...['announce', 'announces', 'announced', 'declare', 'declares', 'declared'],
  ...['acknowledge', 'acknowledges', 'acknowledged', 'concede', 'concedes', 'conceded'],
  ...['remark', 'remarks', 'remarked', 'comment', 'comments', 'commented', 'observed'],
  ...['continue', 'continues', 'continued', 'conclude', 'concludes', 'concluded'],
  ...['predict', 'predicts', 'predicted', 'promise', 'promised', 'pledge', 'pledged', 'vow', 'vowed'],
  ...['report', 'reports', 'reported', 'describe', 'describes', 'described'],
  ...['call', 'calls', 'called', 'calling', 'dub', 'dubbed'],
  ...['emphasize', 'emphasized', 'stress', 'stresses', 'stressed', 'agree', 'agreed', 'countered'],
  ...['complain', 'complained', 'lament', 'lamented', 'quip', 'quipped', 'joke', 'joked'],
  ...['shout', 'shouted', 'yell', 'yelled', 'whisper', 'whispered', 'mutter', 'muttered', 'sigh', 'sighed'],
  ...['urge', 'urged', 'urges', 'demand', 'demanded', 'maintain', 'maintains', 'maintained'],
  ...['allege', 'alleges', 'alleged', 'alleging', 'accuse', 'accuses', 'accused', 'quote', 'quotes', 'quoted', 'quoting', 'cite', 'cites', 'cited'],
  ...['recount', 'recounts', 'recounted', 'reiterate', 'reiterated', 'echoed', 'mused', 'wondered', 'reasoned', 'speculated', 'estimated'],
  ...['texted', 'emailed', 'messaged', 'blogged', 'speaking', 'interjected', 'retorted', 'snapped', 'proclaimed', 'apologized', 'pleaded', 'begged', 'cried', 'screamed', 'swore'],
  // Loaded verbs still attribute; `attribution-verb` suggests the neutral one.
  ...['claim', 'claims', 'claimed', 'claiming', 'admit', 'admits', 'admitted', 'admitting'],
  ...['state', 'states', 'stated', 'stating', 'insist', 'insists', 'insisted', 'insisting'],
  ...['exclaim', 'exclaims', 'exclaimed', 'confess', 'confesses', 'confessed', 'boast', 'boasts', 'boasted'],
  ...['laugh', 'laughs', 'laughed', 'assert', 'asserts', 'asserted', 'opine', 'opines', 'opined'],
  // Documents and posts "read" and "begin" the words they quote.
  ...['read', 'reads', 'began', 'begins'],
  // What is sung, chanted or radioed: lyrics and calls with their singer or caller.
  ...['sang', 'sings', 'chanted', 'chants', 'radioed', 'thanked'],
  // "introduced Osei as “an Iowan who…”": the one introducing speaks.
  ...['introduced', 'introduces'],
];

/**
 * Speech verbs that mostly say something else ("The strike began in May", "I read the report",
 * "She sang in the choir"): they attribute only beside the words they quote (“Closed,” the sign
 * read. / The letter began: “Dear…” / “I’ve been yours,” they sang.).
 */
// "state" and "states" are nouns as often ("state aid", "the states"), and a bill is "introduced": a cue only beside its quote.
export const QUOTE_BOUND_VERBS: readonly string[] = ['read', 'reads', 'began', 'begins', 'sang', 'sings', 'chanted', 'chants', 'state', 'states', 'introduced', 'introduces'];

/** Reporting phrases that attribute without a verb. Lower case; matched on whole words. */
export const SPEECH_PHRASES: readonly string[] = [
  'according to',
  'in the words of',
  'in his words',
  'in her words',
  'in their words',
  'in his own words',
  'in her own words',
  '’s words',
  "'s words",
  'in a statement',
  'as saying',
  'put it',
  'pointed out',
  'went on',
  'in an interview',
  'in an email',
  'in a post',
];

/** Pronouns that stand for a speaker already named. */
export const SPEAKER_PRONOUNS: readonly string[] = ['he', 'she', 'they', 'we', 'i', 'you', 'it'];

/** Courtesy and official titles that may precede a speaker's name. */
export const NAME_TITLES: readonly string[] = [
  'dr.', 'mr.', 'mrs.', 'ms.', 'prof.', 'sen.', 'rep.', 'gov.', 'gen.', 'sgt.', 'capt.', 'lt.', 'col.', 'rev.', 'president', 'sir', 'dame',
];

/** Job titles written capitalized before a name ("Facebook CEO Mark Zuckerberg"): description, not name. */
export const JOB_TITLES: readonly string[] = [
  'mayor', 'president', 'president-elect', 'vice', 'governor', 'senator', 'representative', 'chancellor', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'judge', 'justice', 'officer', 'director', 'ceo', 'cfo', 'coo', 'chairman', 'chairwoman', 'chair', 'professor', 'coach', 'commissioner', 'sheriff', 'detective', 'attorney', 'general', 'king', 'queen', 'prince', 'princess', 'pope', 'chancellor', 'ambassador', 'founder', 'executive', 'editor', 'manager', 'superintendent', 'principal', 'rabbi', 'father', 'bishop',
  // What a story calls the people it quotes: "said forward Kiara Banks", "said senior Maya Tran".
  'forward', 'guard', 'center', 'quarterback', 'pitcher', 'catcher', 'goalkeeper', 'striker', 'midfielder', 'defender', 'linebacker', 'receiver', 'shortstop', 'outfielder', 'captain', 'teammate', 'rookie',
  'senior', 'junior', 'sophomore', 'freshman', 'student', 'teacher', 'nurse', 'resident', 'neighbor', 'volunteer', 'organizer', 'activist', 'pastor', 'owner', 'councilman', 'councilwoman', 'councilmember', 'trooper', 'deputy', 'firefighter',
  'driver', 'mechanic', 'plumber', 'electrician', 'carpenter', 'farmer', 'rancher', 'engineer', 'pilot', 'clerk', 'cashier', 'chef', 'cook', 'bartender', 'janitor', 'worker', 'employee', 'member',
  'lawyer', 'doctor', 'physician', 'surgeon', 'scientist', 'researcher', 'economist', 'analyst', 'historian', 'author', 'writer', 'reporter', 'photographer', 'artist', 'musician', 'singer', 'actor', 'actress', 'producer',
  'veteran', 'soldier', 'survivor', 'witness', 'parent', 'mother', 'grandmother', 'grandfather', 'wife', 'husband', 'son', 'daughter', 'sister', 'brother', 'friend', 'colleague', 'classmate', 'landlord', 'tenant', 'homeowner',
];

/** Words a speaker's noun phrase never runs across, walking back from the verb. */
export const CLAUSE_WORDS: readonly string[] = [
  // Prepositions too ("posted to Twitter asking"), but not "of" and "for", which run inside titles.
  'to', 'from', 'on', 'at', 'with', 'by', 'about', 'in', 'into',
  'and', 'but', 'or', 'that', 'while', 'when', 'which', 'who', 'as', 'because', 'if', 'so', 'where', 'after', 'before', 'than', 'then', 'though', 'although', 'since', 'until', 'whether', 'what', 'how', 'why',
];

/** Words between a speaker and the verb: "Kirby also said", "you will say". */
export const VERB_MODIFIERS: readonly string[] = [
  'also', 'later', 'then', 'once', 'again', 'just', 'has', 'had', 'have', 'would', 'will', 'could', 'might', 'may', 'did', 'does', 'do', 'is', 'was', 'were', 'are', 'often', 'still', 'further',
  // "She will not say", "the owner has twice asked": the negation and the count are not the speaker.
  'not', 'never', 'twice', 'ever', 'first', 'already', 'even', 'can', 'should', 'must', 'been',
  'won’t', "won't", 'didn’t', "didn't", 'wouldn’t', "wouldn't", 'can’t', "can't", 'doesn’t', "doesn't", 'hasn’t', "hasn't", 'couldn’t', "couldn't",
];

/** Words after which a speech verb is a noun or an infinitive ("reports that…", "to declare"): no speaker. */
export const FUNCTION_WORDS: readonly string[] = [
  'on', 'of', 'to', 'in', 'about', 'the', 'a', 'an', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'any', 'no', 'for', 'with', 'by', 'at', 'from', 'into', 'such', 'recent', 'new',
  // "took notes", "compared notes", "sent word": a verb's object, not a cue.
  'took', 'take', 'takes', 'taking', 'taken', 'compared', 'compare', 'comparing', 'left', 'sent', 'passed',
];

/** Sentence openers that are capitalized but name nobody. */
export const NOT_NAMES: readonly string[] = [
  'but', 'and', 'in', 'the', 'a', 'an', 'for', 'from', 'still', 'that', 'this', 'these', 'those', 'not', 'only', 'so', 'yet', 'when', 'while', 'after', 'as', 'at', 'on', 'with', 'despite', 'during', 'meanwhile', 'however', 'instead', 'if', 'then', 'there', 'here', 'since', 'though', 'although', 'by', 'of', 'to', 'called', 'among',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  // Quantities and adverbs that open a sentence about a group: "About 28% of voters said…".
  'about', 'more', 'most', 'some', 'many', 'nearly', 'almost', 'roughly', 'just', 'even', 'also', 'each', 'every', 'all', 'both', 'several', 'few', 'other', 'another',
  // Months that are not also given names (April, May and June are).
  'january', 'february', 'march', 'july', 'august', 'september', 'october', 'november', 'december',
];

/** Speakers that are documents, which "state" and "read" as a matter of course. */
export const DOCUMENT_NOUNS: readonly string[] = [
  'report', 'study', 'statement', 'document', 'letter', 'law', 'filing', 'tweet', 'post', 'release', 'lawsuit', 'complaint', 'sign', 'memo', 'ruling', 'order', 'policy', 'website', 'message', 'paper', 'survey', 'bill', 'label', 'notice', 'headline', 'caption', 'transcript', 'affidavit', 'indictment', 'motion', 'guidelines', 'rule', 'contract', 'agreement',
];

/**
 * What a document does with the words quoted from it: "The bill would require outlets to register
 * as “pursuing the interests of a foreign power.”" These attribute only with a document as their
 * subject and the quotation later in the sentence: "The job requires…" quotes nobody.
 */
export const DOCUMENT_VERBS: readonly string[] = [
  'require', 'requires', 'required', 'direct', 'directs', 'directed', 'define', 'defines', 'defined', 'bar', 'bars', 'barred', 'ban', 'bans', 'banned',
  'prohibit', 'prohibits', 'prohibited', 'mandate', 'mandates', 'mandated', 'allow', 'allows', 'allowed', 'order', 'orders', 'ordered', 'find', 'finds', 'found',
];

/** Words before a quotation that make it a name or a term rather than speech: the so-called “…”, a sign reading “…”. */
export const NAMING_WORDS: readonly string[] = [
  'so-called', 'known as', 'titled', 'entitled', 'named', 'labeled', 'labelled', 'branded', 'nicknamed', 'the phrase', 'the term', 'the word', 'the words', 'slogan', 'motto', 'the hashtag', 'the headline', 'the title', 'reading', 'marked', 'stamped', 'spelled',
  // A gloss: "a Hawaiian word often translated as “a messenger from afar”".
  'translated as', 'translates as', 'translated to', 'translates to', 'meaning',
  // A song's or a poem's own words: "The chorus, “we rise, we fall,” drew cheers", "its first line, “…”".
  'chorus', 'refrain', 'verse', 'lyrics?', '(?:the|first|opening|closing|last|final) lines?', 'hook', 'inscription', 'epitaph',
];

/**
 * Works whose titles follow them in quotes, capitalized: her first book, “The year we lost…”; and
 * things that carry printed words: the sign at the entrance — “No trespassing” — was gone.
 */
export const WORK_NOUNS: readonly string[] = [
  'book', 'album', 'film', 'movie', 'song', 'novel', 'show', 'series', 'play', 'poem', 'essay', 'article', 'documentary', 'podcast', 'episode', 'single', 'memoir', 'exhibit', 'exhibition', 'painting', 'game', 'app', 'column', 'opera', 'musical',
  'sign', 'banner', 'placard', 'poster', 'plaque', 'billboard', 'sticker', 'T-shirt', 'shirt',
];

/**
 * What someone says, named as their own before a colon that opens the quote: "Ortiz's message to
 * the owner was simple: …", "The governor's response came an hour later: …", "Her answer was the
 * same: …". The possessor is the speaker and the noun the cue (captured: possessor, noun).
 */
export const POSSESSIVE_CREDIT =
  "(?<![\\p{L}’'-])((?:\\p{Lu}[\\p{L}.\\-]*(?:\\s+\\p{Lu}[\\p{L}.\\-]*){0,3}|[Tt]he\\s+(?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+)['’]s|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(message|response|answer|reply|retort|words|statement|reaction|comments?|advice|warning|verdict|ruling|explanation|assessment|plea|instructions?|pitch|argument|promise|motto|mantra|rationale|vow|conclusion|request|appeal|slogan|boast|complaint|prediction|refrain|tweet|post|letter|email|note)\\b[^.!?:\\u0001]{0,60}:\\s*$";

/**
 * What someone says, held out as theirs before the colon that opens the quote: "Munoz had a simple
 * message for residents who had not yet left: …", "She gave the same answer: …" (captured: the
 * speaker, the noun).
 */
export const HELD_CREDIT =
  "(?<![\\p{L}’'-])(\\p{Lu}[\\p{L}.\\-]*(?:\\s+\\p{Lu}[\\p{L}.\\-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey)\\s+(?:had|has|gave|offered|issued|sent|delivered)\\s+(?:a|an|the|this|one)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(message|warning|answer|reply|response|plea|request|prediction|promise|advice|verdict|explanation)\\b[^.!?:\\u0001]{0,60}:\\s*$";

/**
 * A paragraph opening by crediting the quote that stands alone before it, without a speech verb,
 * as feature ledes do: "That was the message from union leaders", "The comment came from the
 * local's president", "So said the mayor". The credit phrase is captured. ("That's how one survivor
 * described it" has its verb and subject, and attributes as any next-paragraph opener does.)
 */
export const DELAYED_ATTRIBUTION =
  "^\\s*(?:(?:That|This|Those|These|Such)(?: (?:was|were|is|are|has been|had been)|['’]s) (?:(?:the|their|his|her|its) )?(?:(?:blunt|stark|simple|clear|final|official|first) )?((?:message|words?|verdict|reaction|response|assessment|warning|view|sentiment|refrain|plea|answer|promise) (?:of|from))\\b|The (?:comments?|remarks?|words|message|warning|statement|vow) ((?:came|comes) from)\\b|(So (?:said|says))\\b)";
