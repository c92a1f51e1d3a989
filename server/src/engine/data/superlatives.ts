/**
 * Superlatives and firsts that state a checkable fact about the world ("the world's largest",
 * "a record high", "the first woman to"). Opinion superlatives of reviews and columns ("the most
 * memorable", "my favorite") are not listed: they are the writer's judgement, not a claim. Regex
 * sources, matched case-insensitively on the reporter's own words.
 */
import { STATES } from './states';

/** Adjectives whose superlative is a measurable fact. */
export const MEASURABLE_SUPERLATIVES: readonly string[] = [
  'largest', 'biggest', 'smallest', 'highest', 'lowest', 'fastest', 'slowest', 'oldest', 'youngest',
  'deadliest', 'longest', 'shortest', 'tallest', 'richest', 'poorest', 'wealthiest', 'heaviest',
  'hottest', 'coldest', 'wettest', 'driest', 'busiest', 'costliest', 'cheapest', 'worst', 'best-selling',
  'top-selling', 'most-watched', 'most populous', 'most expensive', 'most visited', 'most popular',
  'most common', 'most widely used', 'most valuable', 'most powerful', 'most dangerous', 'most successful',
  'strongest', 'weakest', 'warmest', 'most destructive', 'thinnest', 'lightest', 'thickest', 'brightest', 'quietest', 'loudest', 'safest',
  'fastest-growing', 'highest-paid', 'highest-grossing', 'highest-rated', 'best-performing', 'most-viewed', 'most-read',
  'most contagious', 'most deadly', 'most polluted', 'most crowded', 'most diverse',
];

/** Places and groups a superlative is measured over ("the world's", "in the country"). */
const SCOPES = "world|nation|country|state|county|city|town|region|province|continent|industry|market|sport|league|planet|globe|universe|U\\.S\\.|United States|United Kingdom|U\\.K\\.|America|Europe|Africa|Asia|Britain|Canada|Mexico|Australia|India|Japan|Germany|France|Russia|China|history";

/** A named county or a U.S. state: "the largest warehouse in Will County", "the oldest mill in Vermont". */
const NAMED_PLACES = `${STATES.map((state) => state.name).join('|')}|(?:(?!(?:and|or|the|a|an|of|in) )[\\w.’'-]+ ){1,3}(?:county|parish|borough)`;

/** Regions a superlative is measured over, after "on" or "in" ("the oldest on the West Coast", "the largest in the Midwest"). */
const REGIONS = '(?:east|west|gulf|pacific|atlantic) coast|eastern seaboard|midwest|south|southeast|southwest|northeast|northwest|bay area|peninsula|continent|planet|earth|county|area|metro area|valley';

/** Groups a plural superlative picks out rather than ranks first: "the state's largest counties". */
const PLURAL_GROUPS = 'counties|cities|states|towns|districts|countries|companies|banks|employers|schools|universities|markets|economies|suburbs|neighborhoods|producers|suppliers|exporters|importers|makers|manufacturers|carriers|airlines|ports|retailers';

/** Stretches of time a superlative is measured over ("in a decade", "in 30 years", "this year"). */
const SPANS = 'in (?:(?:nearly|almost|more than|over) )?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\\d+) (?:years?|decades?|centur(?:y|ies))|in (?:years|decades|a generation)|this (?:year|decade|century|season)|since records began|since (?:early |late |mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.|the (?:spring|summer|fall|autumn|winter) of) \\d{4}|since (?:early |late |mid-)\\d{4}';

/** Phrases that claim a record, a first or a uniqueness. */
export const SUPERLATIVE_PATTERNS: readonly string[] = [
  // the world's largest, the nation's oldest
  `\\b(?:the|its|their) (?:${SCOPES})['’]s (?:(?:second|third|fourth|fifth)[- ])?(?:SUPERLATIVE)\\b(?! (?:[\\w-]+ )?(?:${PLURAL_GROUPS})\\b)`,
  // the largest … in the world / in history / in state history / in franchise history / ever / on record / since 1990; its lowest level since 2011
  `\\b(?:the|its|their|the [\\w.&-]+['’]s) (?:(?:second|third)[- ])?(?:SUPERLATIVE)(?: [\\w-]+){0,8}? (?:on the market|ever made|in (?:the )?(?:${SCOPES})(?:(?:['’]s)? history)?|in (?:${NAMED_PLACES})(?:(?:['’]s)? history)?|in (?:the )?[\\w.-]+(?:['’]s)? (?:\\d+-year )?history|(?:in|on) the (?:${REGIONS})|ever|on record|of all time|to date|since \\d{4}|${SPANS})\\b`,
  // "a leading provider of…", "the premier maker": ranked first by whom?
  '\\b(?:a|the|one of the) (?:leading|premier|foremost|top) (?:[\\w-]+ )?(?:providers?|makers?|manufacturers?|developers?|suppliers?|producers?|sellers?|retailers?|brands?|platforms?|experts?|authorit(?:y|ies))\\b',
  // firsts
  '\\bfirst-ever\\b',
  '\\b(?:for )?the first time (?:ever|in (?:history|decades|years|a generation|a century|\\d+ years)|since)\\b',
  // "the first school closures in the district in more than 40 years"
  '\\bthe first (?:[\\w-]+ ){1,3}?(?:in (?:the |its |their )?[\\w.-]+ )?in (?:(?:more than|nearly|almost|over|at least) )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|a|half a) (?:years?|decades?|century|centuries|generation)\\b',
  '(?<!\\bone of )\\bthe first (?:woman|man|person|people|country|nation|state|city|company|team|player|athlete|president|leader|black|female|openly gay|African American|Latina?|Asian American) (?:[\\w-]+ )?to\\b',
  // "the first federal law to directly regulate…", "the first vaccine approved to…"
  '(?<!\\bone of )\\bthe first (?:(?:federal|state|national|statewide|nationwide|global|international|U\\.S\\.|American|European) )?(?:law|ban|treaty|regulation|vaccine|drug|spacecraft|satellite|mission|lawsuit) (?:[\\w-]+ )?to\\b',
  // records
  // "a record 40 points", "a new record"; not "on the record", "keeps a record", "a record label", "what she thinks a record is"
  '(?<!\\b(?:keeps?|kept|keeping) )\\ba (?:new |all-time |single-day |one-day )?record(?:[- ](?:highs?|lows?|numbers?|levels?|amount|year)\\b|\\b(?! (?:label|company|player|store|shop|collection|album|deal|book|of|for|is|was|that|which|she|he|they|on|from|by|with|and|or)\\b))',
  '\\b(?:set|sets|setting|broke|breaks|breaking|shattered|tied|equaled|equalled) (?:a|the) (?:[\\w-]+ )?record\\b(?! straight)',
  '\\brecord[- ](?:high|low|highs|lows|breaking|setting|numbers?|levels?)\\b',
  // "a 23-year high", "a three-decade low"
  '\\ba (?:\\d+|two|three|four|five|six|seven|eight|nine|ten)-(?:year|decade|month|week|century) (?:high|low)s?\\b',
  '\\ball-time (?:high|low)\\b',
  // "more games than any other program", "faster than any other car on the road": a superlative in other words
  '\\b(?:more|fewer|less|(?!better\\b)[\\w-]{2,}er) (?:[\\w-]+ ){0,3}?than any(?: other|one else|body else)\\b',
  '\\bunprecedented\\b',
  '\\bnever before\\b',
  '\\bthe only (?:one|person|woman|man|country|nation|state|city|company|team|player|place) (?:ever )?to\\b',
  '\\bthe only [\\w-]+ in (?:the )?(?:world|history|country)\\b',
];
