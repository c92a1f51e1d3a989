/**
 * What makes a sentence a factual claim that needs a source, and what counts as one. Patterns
 * are regular-expression sources matched case-insensitively on the reporter's own words (quoted
 * speech blanked out); keep them linear: alternations of words, no nested quantifiers.
 */

/** An amount of money: $150,000, $4.8 billion, €20m, US$3bn. */
export const MONEY = '(?:US)?[$€£¥]\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:million|billion|trillion|bn|m|k)\\b)?';
const APPROXIMATIONS =
  'about|nearly|almost|roughly|around|approximately|some|more than|less than|over|under|at least|up to|as much as|close to|upwards of|an estimated|a total of|a combined';
const MONEY_VALUATIONS =
  'valued at|estimated at|worth|(?:a|the|total) cost of|spent|spends|spending|lost|losses of|damages? of|revenues? of|profits? of|debts? of|budget of|(?:could|would|will|may|might|(?:expected|projected|forecast|estimated) to) (?:top|exceed|surpass|reach|hit)';

/**
 * Figures someone had to count, estimate or compute: percentages, money, large counts, vague
 * magnitudes, proportions, multiples, rates and rankings. Dates, times, ages, years, addresses
 * and scores are deliberately absent: they are facts of the story, not statistics.
 */
export const FIGURE_PATTERNS: readonly string[] = [
  // 40%, 3.5 percent, 12 percentage points
  '(?<![\\d.])\\d+(?:\\.\\d+)?\\s?(?:%|percent\\b|per cent\\b|percentage points?\\b)',
  // Money when estimated, valued or totalled ("valued at $150,000", "about $28 billion", "spent
  // $15 million"). A bare amount is usually a price or a deal term from a public document
  // ("a flat fee of $9.99", "costs $3,499"), which readers need no source for.
  `\\b(?:${MONEY_VALUATIONS})\\s+(?:(?:${APPROXIMATIONS})\\s+)?${MONEY}|\\b(?:${APPROXIMATIONS})\\s+${MONEY}`,
  // 6,000 pearls; 1,250,000 (amounts of money are above); not a size in a compound ("the 2,500-seat arena")
  '(?<![$€£¥\\d.,])\\b\\d{1,3}(?:,\\d{3})+(?!\\.\\d)\\b(?!-[a-z])',
  // 4 million refugees, 2.5 billion
  '(?<![$€£¥\\d.,])\\b\\d+(?:\\.\\d+)?\\s(?:hundred|thousand|million|billion|trillion)\\b',
  // a million, several thousand
  '\\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few) (?:hundred thousand|thousand|million|billion|trillion)\\b',
  // thousands of deaths, tens of thousands of people; not "millions of years ago", "thousands of miles away"
  '\\b(?:(?:tens|hundreds) of )?(?:hundreds|thousands|millions|billions) of\\b(?! (?:years|decades|centuries|miles|kilometers|kilometres|times|light-years)\\b)(?: [a-z-]+)?',
  // half of, two-thirds of; not "the first half of the game", "half of the time"
  '(?<!\\b(?:first|second|last|latter|other|back|front|northern|southern|eastern|western|upper|lower|top|bottom|north|south|east|west) )\\b(?:half|a third|one-third|two-thirds|a quarter|one-quarter|three-quarters|a fifth|one-fifth|a majority) of\\b(?! (?:the |this |that |an? )?(?:time|day|night|week|month|year|decade|century|season|game|match|show|film|book|story|acre|mile|inch|foot|pound|gallon|cup|teaspoon|tablespoon|block|hour|minute|second)\\b)',
  // one in five, 3 out of 4; not "Route 9 in 2003", "$8 in 2022": a year after "in" is a date
  '(?<![$€£¥]|\\b(?:route|highway|interstate|no\\.|number) )\\b(?:one|two|three|four|\\d+) (?:in|out of) (?:every )?(?:two|three|four|five|six|seven|eight|nine|ten|(?!(?:1[89]|20)\\d\\d\\b)\\d+)\\b',
  // four times the standard amount, 10 times as many
  '\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|a hundred) times(?= (?:the|as|more|less|higher|lower|greater|larger|bigger|smaller|faster)\\b)',
  // rates
  '\\bper (?:capita|head|100|1,000|10,000|100,000|million)\\b',
  // rankings
  '\\branked (?:No\\. ?\\d+|first|second|third|last|\\d+(?:st|nd|rd|th)|near the (?:top|bottom)|among the)',
  // A measured change over time: "have risen about 4 inches since 1993", "warmed 2.1 degrees over the past century"
  '\\b(?:risen|rose|fallen|fell|grown|grew|dropped|climbed|increased|decreased|warmed|cooled|shrunk|shrank|sunk|sank|retreated|receded)(?: by)?(?: (?:about|nearly|almost|roughly|around|more than|less than|over|some|at least))? \\d[\\d,]*(?:\\.\\d+)? (?:inches|inch|feet|foot|degrees|meters|metres|centimeters|millimeters|miles|kilometers|yards|acres|pounds|tons)(?: [A-Z]\\b)? (?:since (?:\\d{4}|the \\d{4}s)|over the (?:past|last) (?:\\w+ )?(?:years?|decades?|century|centuries)|in the (?:past|last) (?:\\w+ )?(?:years?|decades?|century|centuries))',
];

/** What markets quote: securities, indexes, currencies and commodities. */
const MARKET_SUBJECTS =
  'shares|stocks?|index|indexes|indices|Dow|Nasdaq|S&P(?: 500)?|FTSE|Nikkei|DAX|Hang Seng|futures|yields?|bonds?|Treasurys|dollar|euro|yen|sterling|bitcoin|ether|crude|oil|Brent|gold|silver|copper';
const MARKET_MOVES =
  'rose|fell|fallen|risen|gained|lost|dropped|climbed|slid|jumped|surged|soared|tumbled|plunged|sank|sunk|slipped|rallied|advanced|declined|dipped|eased|added|shed|edged (?:up|down|higher|lower)|(?:closed|ended|finished|traded|opened|was|were) (?:up|down|higher|lower)';

/**
 * A market's move ("shares fell 4%", "the Dow lost 1,200 points", "oil prices rose 3 percent", "a gain
 * of about 15% for the S&P 500", "the shares closed at $142.17, down 1.2%"):
 * the market's own public record, which business copy states without attribution. The move is
 * the first after the market is named ("shares fell after sales dropped 8%" moves no share by 8%).
 */
export const MARKET_MOVE = `\\b(?:${MARKET_SUBJECTS})\\b(?:(?!\\b(?:${MARKET_MOVES})\\b)[^.;!?]){0,60}\\b(?:${MARKET_MOVES})(?: by| to)?(?: (?:about|nearly|almost|roughly|around|more than|less than|over|some))? (?:\\$\\d[\\d,]*(?:\\.\\d+)?,? or )?(?:\\d+(?:\\.\\d+)?\\s?(?:%|percent\\b|per cent\\b|percentage points?\\b)|\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)? points?\\b)(?: from \\d+(?:\\.\\d+)?\\s?(?:%|percent\\b))?|\\b(?:a|an|its|the) (?:gain|loss|drop|decline|rise|increase|fall|jump|slide|rally|advance) of (?:(?:about|nearly|almost|roughly|around|more than|less than|over|some) )?\\d+(?:\\.\\d+)?\\s?(?:%|percent\\b|per cent\\b) (?:for|in) (?:the )?(?:${MARKET_SUBJECTS})\\b|\\b(?:${MARKET_SUBJECTS})\\b[^.;!?]{0,60}?\\bat \\$\\d[\\d,]*(?:\\.\\d+)?, (?:up|down) \\d+(?:\\.\\d+)?\\s?(?:%|percent\\b|per cent\\b)`;

/** What a measure on the ballot or before a legislature sets: rates, taxes, fees and limits. */
const POLICY_SUBJECTS = 'measure|bill|law|ordinance|proposal|amendment|referendum|initiative|proposition|ballot question|resolution|rule|regulation';
const POLICY_CHANGES = 'rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?|cut(?:s|ting)?|increas(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|cap(?:s|ped|ping)?|set(?:s|ting)?|limit(?:s|ed|ing)?|extend(?:s|ed|ing)?';
const POLICY_OBJECTS = 'tax|taxes|rate|rates|fee|fees|levy|levies|wage|wages|limit|limits|fare|fares|toll|tolls|tuition|rent|rents|tariffs?|cap|threshold';

/**
 * A provision of a measure ("a measure raising the city's sales tax by 0.25 percentage points",
 * "the bill would cap rent increases at 5%"): the text of the measure, public record, not a claim.
 * An estimate of its effect ("the bill would save $2 billion") is still a claim.
 */
export const POLICY_PROVISION = `\\b(?:${POLICY_SUBJECTS})s?\\b(?: (?:that|which))?(?: (?:would|will|to))? (?:${POLICY_CHANGES}) (?:the |a |an |its |their )?(?:[\\w'’-]+ ){0,3}(?:${POLICY_OBJECTS})(?: increases| hikes)? (?:by|to|at|from) (?:about |roughly |nearly )?\\d+(?:\\.\\d+)?\\s?(?:%|percent\\b|per cent\\b|percentage points?\\b)`;

/**
 * What a bill or budget holds, adds or cuts ("The package includes about $61 billion for Ukraine,
 * $26 billion for Israel…", "The measure keeps most agencies funded but adds about $6 billion for
 * defense"): its text, public record. What it would cost or save is an estimate, still a claim.
 */
export const APPROPRIATION = `\\b(?:package|bill|measure|budget|law|legislation|spending plan|deal|agreement|ordinance)s?\\b(?:[^.;!?]|\\.(?=\\d)){0,80}?\\b(?:includes?|included|provides?|provided|allocates?|allocated|sets? aside|contains?|earmarks?|earmarked|adds|added|cuts|boosts|trims|slashes|shifts|redirects)\\b(?:[^.;!?]|\\.(?=\\d)){0,160}`;

/**
 * What a bill or budget did to a line of spending ("NASA's budget was cut by 18% in the latest
 * spending bill"): its text, public record. What a law did afterwards ("fell 18% under the law") is
 * an effect, still a claim.
 */
export const BUDGET_CHANGE = `\\b(?:cut|raised|increased|reduced|slashed|boosted|trimmed|lowered) (?:by )?(?:about |roughly |nearly |more than )?(?:\\d+(?:\\.\\d+)?\\s?(?:%|percent\\b|per cent\\b)|${MONEY}) in (?:the|a|its|this year['’]s|next year['’]s|last year['’]s) (?:[\\w'’-]+ ){0,3}(?:bill|budget|spending plan|package|measure|legislation|law)\\b`;

/** Instruments whose text binds: what they require is their terms, public record. */
const BINDING_INSTRUMENTS = 'treaty|treaties|law|laws|statute|agreement|deal|contract|settlement|rules?|regulations?|ordinance|accord|pact|compact|charter|lease|bill|measure|proposal|plan|policy|order';

/**
 * What an instrument binds someone to ("Under the treaty, Mexico must deliver an average of 350,000
 * acre-feet a year", "The settlement requires the company to pay $2 million"): its terms. What it
 * would do ("Under the bill, 2 million people would lose coverage") is an estimate, still a claim.
 */
export const BINDING_TERMS = `\\bunder (?:the|a|an|its|their|this|that|each) (?:[\\w'’-]+ ){0,3}(?:${BINDING_INSTRUMENTS}),?(?:[^.;!?]|\\.(?=\\d)){0,80}?\\b(?:must|(?:is|are|will be) (?:required|obligated|entitled|allowed) to|ha(?:s|ve) to|may not|cannot|can['’]t)\\b(?:[^.;!?]|\\.(?=\\d)){0,160}|\\b(?:${BINDING_INSTRUMENTS})\\b(?:[^.;!?]|\\.(?=\\d)){0,40}?\\b(?:requires?|required|obliges|obligates|entitles|bars|bans|caps|capped)\\b(?:[^.;!?]|\\.(?=\\d)){0,160}`;

/**
 * A legal limit or penalty, set by a law or a rule ("the federal limit of 0.3%", "fines of up to
 * $10,000 per sale", "a cap of 5%"): the text of the law, on record.
 */
export const LEGAL_LIMIT = `\\b(?:(?:legal|federal|state|statutory|regulatory) )?(?:limits?|caps?|ceilings?|thresholds?|maximum|minimum|fines?|penalt(?:y|ies)) of (?:up to |as much as |at least |no more than )?(?:${MONEY}|\\d+(?:\\.\\d+)?\\s?(?:%|percent\\b|per cent\\b))`;

/** A survey's margin of error ("plus or minus 4 percentage points"): the poll's own method, sourced with the poll. */
export const MARGIN_OF_ERROR = `\\bmargin of (?:sampling )?error\\b(?:[^.;!?]|\\.(?=\\d)){0,60}`;

/**
 * What the writer did and counted ("I spent $6.20 a day", "We analyzed 2,000 records"): a first-
 * person account, in a column or the outlet's own analysis, is its own source.
 */
export const FIRST_PERSON_ACCOUNT = `(?:\\b(?:I|[Ww]e)(?:['’]ve| have| had)?(?: [a-z]+ly)? (?:spent|paid|earned|saved|raised|lost|counted|tallied|weighed|measured|analy[sz]ed|reviewed|surveyed|tested|timed|clocked|logged|recorded|averaged|ended|finished|drove|walked|ran|rode|biked|hiked|swam)|\\b[Ii]n (?:my|our) (?:testing|tests|experience))\\b(?:[^.;!?]|\\.(?=\\d)){0,120}`;

/**
 * A crowd the reporter saw ("Hundreds of students walked out", "Thousands of people lined the
 * route", "a debate that drew hundreds of parents", "thousands of puffins nest"): a loose count of an event witnessed, not a statistic. A precise one ("A crowd of 10,000
 * marched") is an estimate someone made, and "millions of" is never seen from the street.
 */
export const CROWD_SEEN = `\\b(?:(?:tens|hundreds) of )?(?:dozens|hundreds|thousands) of (?:[\\w'’-]+ ){0,3}?(?:marched|rallied|gathered|protested|demonstrated|walked out|lined|packed|filled|crowded|turned out|poured|flocked|streamed|waited|queued|chanted|cheered|massed|converged|showed up|blocked|occupied|surrounded|joined|attended|watched|camped|swarmed|jammed|nest|nested|roost|roosted)\\b|\\b(?:drew|draws|drawing|attracted|attracts|brought out) (?:(?:tens|hundreds) of )?(?:dozens|hundreds|thousands) of [\\w'’-]+`;

/**
 * An election's count ("leads by 18 percentage points with about 60% of the expected vote
 * counted", "won 58% of the vote", "412,000 votes"): the returns, public record. Voters' opinions
 * ("52% of voters said") are a poll's, still a claim.
 */
export const ELECTION_RETURNS = `\\b(?:passed|failed|won|lost|leads?|led|trails?|trailed|defeated)(?: by)? \\d{1,3}(?:,\\d{3})+ to \\d{1,3}(?:,\\d{3})+|\\bout of (?:(?:${APPROXIMATIONS}) )?\\d{1,3}(?:,\\d{3})+ (?:votes |ballots )?cast\\b|\\b\\d+(?:\\.\\d+)?\\s?(?:%|percent\\b) of the vote to \\d+(?:\\.\\d+)?\\s?(?:%|percent\\b)|\\b(?:defeating|defeated|beat|beating|ousting|ousted|won|winning|wins|leading|leads|led|trailing|trails|trailed) (?:[\\w.’'-]+ ){0,6}?by (?:(?:${APPROXIMATIONS}) )?\\d+(?:\\.\\d+)? percentage points?\\b|\\b\\d+(?:\\.\\d+)?\\s?(?:%|percent\\b|per cent\\b|percentage points?\\b)(?:[^.;!?]|\\.(?=\\d)){0,120}?\\bof (?:the |all )?(?:expected |estimated |total |popular )?(?:votes?|ballots?|precincts?)\\b(?: (?:counted|tallied|reporting|reported|cast|in)\\b)?|\\b\\d{1,3}(?:,\\d{3})+ (?:votes|ballots)\\b`;

/**
 * What a body approves or an official proposes, and its terms ("approved a $1.8 billion budget…,
 * a 4.2% increase over this year's spending"; "will pay 4.99% more in council tax from April after
 * councillors approved the budget"): the document adopted, public record. A period
 * before a lowercase word ends an abbreviation, not the sentence ("a contract with First Student
 * Inc. for bus service, worth $14.2 million").
 */
export const ADOPTED_MEASURE = `\\b\\d+(?:\\.\\d+)?\\s?(?:%|percent\\b|per cent\\b) (?:[\\w-]+ ){0,3}?(?:increase|hike|cut|raise|rise|tax) (?:approved|adopted|passed|set|imposed) by\\b|\\b\\d+(?:\\.\\d+)?\\s?(?:%|percent\\b|per cent\\b) (?:more|less) in (?:[\\w-]+ ){0,2}?(?:tax|taxes|rates?|fees?|fares?|rents?|tuition|bills?)\\b[^.;!?]{0,80}?\\b(?:approved|passed|adopted|agreed|voted)\\b|\\b(?:approved|passed|adopted|enacted|signed|proposed|unveiled|presented|submitted),?(?: (?:a|an|the|its|their))? (?:[\\w$%.,'’-]+ ){0,6}?(?:budget|spending plan|levy|tax rate|tax increase|rate increase|fee increase|contract|ordinance|payment|(?:[\\w-]+ )?raise|(?:rise|increase|hike|cut|reduction) in (?:[\\w-]+ ){0,2}?(?:tax|taxes|rates?|fees?|fares?|rents?|tuition|levy|pay|wages))\\b(?:[^.;!?]|\\.(?=\\d| [a-z])){0,120}`;

/**
 * A central bank's or a lender's decision on its rate ("The Federal Reserve left its benchmark
 * interest rate unchanged at about 4.3%", "The Bank of England cut its key rate to 4%"): its own act.
 */
export const RATE_DECISION = `\\b(?:left|kept|held|raised|cut|lowered|set|hiked|increased|reduced|trimmed)\\b (?:its|the|their) (?:[\\w-]+ ){0,3}?rates?\\b(?:[^.;!?]|\\.(?=\\d)){0,60}`;

/**
 * What a body voted to do ("regents voted 14 to 3 to raise in-state tuition by 4%"): the measure
 * it adopted, public record.
 */
export const VOTED_MEASURE = `\\bvot(?:ed|es|e)\\b(?:[^.;!?]|\\.(?=\\d)){0,40}?\\bto (?:raise|increase|cut|lower|reduce|freeze|cap|set|approve|adopt|spend|borrow)\\b(?:[^.;!?]|\\.(?=\\d)){0,120}`;

/**
 * A place's population as background ("in this town of 2,800", "a city of about 70,000 people"):
 * the census's count, which stories give without attribution.
 */
export const POPULATION = `\\b(?:town|city|village|county|community|suburb|borough|township|island|nation|country|state|region|province|metro area) of (?:about |roughly |some |nearly |almost |more than |just over |just under )?(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)? (?:million|billion))(?: (?:people|residents|inhabitants))?\\b|\\bpopulation(?: of)? (?:about |roughly |some |nearly |almost |more than )?(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)? (?:million|billion))`;

/**
 * A side's offer or demand in a negotiation ("The district has offered raises of 4.5% over two
 * years", "The union wants 8%"): its stated position, which the story reports as such.
 */
export const BARGAINING_POSITION = `\\b(?:offered|offers|(?:offer|proposal|demand) (?:included|includes|would give|would provide|calls for|called for)|proposed|proposes|demanded|demands|wants|seeks|sought|is seeking|are seeking|asked for|is asking for|are asking for|counteroffered)(?: (?:a|an|the|its|their))?(?: (?:[\\w-]+ ){0,2}?(?:raises?|increases?|hikes?|cuts?|bonus(?:es)?|settlement|payment|package))?(?: of)?(?: (?:${APPROXIMATIONS}))? (?:\\d+(?:\\.\\d+)?\\s?(?:%|percent\\b|per cent\\b)|${MONEY})`;

/** A review's price bracket ("the best phone under $500", a wine list "most under $60"): a category, not a figure anyone counted. */
export const PRICE_BRACKET = `\\b(?:best|cheapest|top|better|favou?rite)\\b(?:[^.;!?]){0,40}?\\b(?:for )?(?:under|below|less than) ${MONEY}|\\bmost (?:(?:are|bottles|dishes|plates|entrees|entrées|items|wines|options|models) )?(?:(?:are )?priced )?(?:under|below) ${MONEY}`;

/** An amount in a currency written as a word: "175 Danish kroner", "1,100 kroner", "40 euros". */
const FOREIGN_MONEY = '\\d[\\d,]*(?:\\.\\d+)?(?: (?:million|billion))? (?:[a-z]+ )?(?:kroner|krone|kronor|euros?|pounds|yen|yuan|pesos|rupees|francs|rand|baht|dirhams?|shekels?|zlotys?|reais|lira|dollars)';

/**
 * A price by the month, the dose or the ticket ("can cost more than $1,000 a month", "tickets
 * start at about $89 each"): what a seller charges, checked, not attributed. What a plan or a
 * disaster will cost in all is an estimate, still a claim.
 */
export const LIST_PRICE = `\\b(?:list|sticker|retail|asking|wholesale) prices? (?:of|at|is|was|are|were)(?: (?:${APPROXIMATIONS}))? (?:${MONEY}|${FOREIGN_MONEY})`;

export const UNIT_PRICE = `\\b(?:costs?|costing|priced at|sells? for|sold for|charges?|charged|start(?:s|ed)?(?: at)?|rents? for)(?: (?:${APPROXIMATIONS}))? (?:${MONEY}|${FOREIGN_MONEY})(?: or more)?(?: \\([^()]{1,30}\\))? (?:a|an|per|each) (?:month|year|week|day|night|hour|dose|pill|shot|vial|ticket|seat|person|head|visit|gallon|pound|share|unit|copy|issue|ride|trip|game)\\b`;

/** What things on sale run to or start at ("entrees run about $24", "rooms start around $250"): a menu's or a price list's, checked, not attributed. */
export const PRICE_RANGE = `\\b(?:runs?|ran|running|start(?:s|ed)?(?: at)?)(?: (?:${APPROXIMATIONS}))? ${MONEY}`;

/**
 * A company's reported results ("Revenue fell 9% to $21.3 billion", "Tesla's deliveries fell 8.5%
 * to 386,810 vehicles", "Its quarterly profit rose 12%", "Sales at stores open at least a year fell
 * 4.2%. Online sales rose 6%", "Sales at stores open at least a year, a key measure of a retailer's
 * health, fell 4.2%": an aside set off by commas may say "of"): its earnings report, public record. The
 * measure must be the company's own (a sentence's subject, or "its", "Tesla's"): "Home sales fell
 * 5%" and "Sales of electric cars rose 40%" are a market's figures, still claims.
 */
export const REPORTED_RESULTS = `(?:^|(?<=[.!?][ \\t]{1,3})|\\b(?:[Ii]ts|[Tt]heir|the company['’]s|\\p{Lu}[\\p{L}&.-]*['’]s) )(?:(?:quarterly|annual|first-quarter|second-quarter|third-quarter|fourth-quarter|full-year|net|operating|adjusted|global|total|online|digital|comparable|comparable-store|same-store|store|wholesale|retail|international|domestic|Quarterly|Annual|Net|Operating|Adjusted|Global|Total|First-quarter|Second-quarter|Third-quarter|Fourth-quarter|Full-year|Online|Digital|Comparable|Comparable-store|Same-store|Store|Wholesale|Retail|International|Domestic) )*(?:[Rr]evenues?|[Ss]ales|[Nn]et income|[Pp]rofits?|[Ee]arnings|[Oo]perating income|[Dd]eliveries|[Ss]hipments|[Bb]ookings)\\b(?:(?!\\bof\\b)[^.;!?,]|,[^,;!?]{1,100},){0,60}?\\b(?:rose|fell|grew|declined|dropped|jumped|climbed|slid|slipped|surged|plunged|increased|decreased|totaled|reached)\\b(?:[^.;!?]|\\.(?=\\d)){0,80}`;

/** A ground's official count ("Attendance at Etihad Stadium was 53,287", the agate "A—19,156"): the box score's record. */
export const ATTENDANCE = `\\b[Aa]ttendance\\b[^.;!?]{0,40}?\\b(?:was|of|totaled|reached)\\s(?:a (?:record|sellout|season-high|capacity) )?\\d{1,3}(?:,\\d{3})+|\\bA[—–-]\\d{1,3}(?:,\\d{3})+|\\b(?:sellout|sold-out|capacity|announced|record) crowd of \\d{1,3}(?:,\\d{3})+|\\b[Aa] crowd of \\d{1,3},(?!000\\b|500\\b)\\d{3}\\b`;

/**
 * Who a measure covers by income ("salaried workers who earn less than $58,656 a year", "families
 * making under $75,000"): a threshold it sets, not an estimate. "The company earned more than
 * $2 billion" is still a claim.
 */
export const INCOME_THRESHOLD = `\\bwith (?:more|less|fewer) than ${MONEY} in (?:annual |yearly )?(?:revenue|sales|assets)\\b|\\b(?:employs|employing|a workforce of) (?:(?:${APPROXIMATIONS}) )?\\d{1,3}(?:,\\d{3})+|\\b(?:sets? aside|set aside|earmarks?|allocates?|imposes?|creates?|establishes?) (?:(?:${APPROXIMATIONS}) )?\\d+(?:\\.\\d+)?\\s?(?:%|percent\\b)|\\ba new \\d+(?:\\.\\d+)?\\s?(?:%|percent\\b) (?:[\\w-]+ )?tax\\b|\\b(?:who|people|workers|families|households|individuals|taxpayers|couples|employees|residents|filers|anyone|those)\\b(?: [\\w'’-]+){0,2}? (?:earn|earns|earning|make|makes|making|with (?:incomes?|salaries) of) (?:less than|more than|under|over|at least|up to|below|above|no more than) (?:${MONEY}|\\d+% of (?:the )?(?:area |state |national )?median (?:household |family )?income)`;

/**
 * A player's or team's statistic ("12,000 career receiving yards", "1,000 points"): the league's
 * public record, which sports copy states without attribution.
 */
export const SPORTS_STATISTIC = '\\b\\d{1,3}(?:,\\d{3})+(?: (?:career|regular-season|postseason|playoff|season|rushing|passing|receiving|all-purpose|scrimmage|total))* (?:yards|points|rebounds|assists|touchdowns|goals|runs|hits|strikeouts|saves|wins|victories|receptions|catches|carries|tackles|sacks|innings|games|starts|appearances|minutes|laps|RBIs)\\b';

/**
 * A box score's shooting figures ("shooting 58% from the field", "made 45% of their 3-pointers",
 * "held them to 36% in the second half"): the game's statistics, which recaps state as record.
 */
export const SHOOTING_PERCENTAGE = `\\b(?:shooting|shot|shoots)(?: (?:just|only|a season-high|a season-low|a career-high))? \\d+(?:\\.\\d+)?\\s?(?:%|percent\\b)|\\b\\d+(?:\\.\\d+)?\\s?(?:%|percent\\b)(?: shooting\\b| (?:from|on) (?:the field|the floor|3-point range|3|deep|beyond the arc|the free-throw line|the foul line|the line|field goals|3-pointers|3s|free throws)\\b| of (?:its|their|his|her) (?:shots|field goals|3-pointers|3s|free throws|attempts)\\b)|\\bheld (?:them|him|it|the [\\w-]+|[\\w-]+) to \\d+(?:\\.\\d+)?\\s?(?:%|percent\\b)(?= (?:shooting|from|in the (?:first|second) half|in the (?:first|second|third|fourth) quarter)\\b)`;

/**
 * A thing's size as built or a distance as measured ("1,100 feet long", "about 1 million miles from
 * Earth", "1,600 light-years across"): a specification, not a count.
 */
export const DIMENSION =
  '\\b\\d[\\d,]*(?:\\.\\d+)?(?: (?:million|billion|trillion))? (?:feet|foot|meters?|metres?|yards?|miles?|kilometers?|kilometres?|inches|light-years?) (?:long|tall|wide|high|deep|across|away|from|in diameter|above|below|offshore)\\b|\\b(?:traveled|travelled|drove|driven|flew|flown|walked|hiked|sailed|rode|ridden|biked|ran) (?:(?:about|nearly|almost|roughly|more than|over|some) )?\\d[\\d,]* (?:miles|kilometers|kilometres)\\b';

/**
 * A vote's result ("61% to 39%", "54.3 percent to 45.7 percent", "52.6% to Pettit's 45.1%"): a pair in falling order whose
 * shares add up to most of the vote, the count's public record. A range ("5% to 7%") rises, and a
 * change runs "from 12% to 15%".
 */
export const VOTE_SHARES = "(?<!\\bfrom )(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s?(?:%|percent\\b|per cent\\b) to (?:[\\w.-]+['’]s )?(\\d+(?:\\.\\d+)?)\\s?(?:%|percent\\b|per cent\\b)";

/**
 * Words that name where a figure comes from: attribution verbs, "according to", and documents
 * doing the finding ("the study found", "data show"). A bare "showed" or "found" is not enough:
 * "the talks showed signs of progress" names no source.
 */
export const SOURCE_CUES: readonly string[] = [
  'according to',
  '(?:said|says|say|saying|told|tells|tell|telling|stated|(?<!\\bUnited )states|testified|wrote|writes|added|explained|explains|noted|notes)',
  '(?:promised|pledged|vowed|agreed|argued|argues|acknowledged|insisted|warned|predicted|claimed|claims|tweeted|posted)',
  // Not "an estimated $1.2 million", "are estimated at" or "is projected to reach": a hedge with no one
  // estimating, unless the passive names who did ("is projected by the IMF").
  '(?:reported|reports|reporting|(?<!\\b(?:an|is|are|was|were|been|be) )(?:estimated|projected|forecast)|(?:estimated|projected|forecast) by|estimates|estimate|announced|announces|confirmed|confirms|cited|citing|calculated|learned|disclosed|projects)',
  '(?:report|study|survey|poll|data|figures|statistics|research|analysis|census|filing|filings|records|documents|tally|count|review|audit|audits|inquiry|investigation|inspection|assessment|evaluation|it|they) (?:also )?(?:found|finds|find|shows?|showed|shown|suggests?|suggested|concluded|concludes|determined|assessed|ranked|recorded|counted|measured|puts?)',
  '(?:data|figures|numbers|statistics) (?:from|released by|published by|compiled by)',
  // "a report by", "A 2022 study at the University of Houston", "A separate trial published in…"
  '(?:a|an|the) (?:[\\w-]+ )?(?:report|study|survey|poll|analysis|review|tally|count) (?:by|from|in|of|at|published|released|led)',
  // not "the trial of Derek Chauvin", a court's
  '(?:a|an|the) (?:[\\w-]+ )?(?:trial|paper|experiment) (?:published|released|led|by)',
  // "A smaller 2020 trial at the University of California, San Francisco, found that…"
  '(?:study|trial|survey|report|analysis|poll|review|paper|experiment|audit|inquiry|investigation|inspection)\\b[^.;!?]{1,80}?\\b(?:found|finds|showed|shows|concluded|concludes|suggested|suggests)',
  '(?:per (?:the|a|an|its|their)|based on|by (?:one|some|its|their) (?:estimates?|counts?))',
  // "45 percent of families who answered a district survey": the people counted answered it.
  '(?:answered|responded to|took|completed|filled out) (?:a|an|the|its|their) (?:[\\w-]+ ){0,2}(?:survey|poll|questionnaire|census)',
  // "Analysts polled by FactSet had expected…": the consensus has its compiler.
  '(?:polled|surveyed|compiled|tracked|tallied) by',
  // "Records obtained by The Herald show", "Jail staffing logs for the same year record 2,150".
  '(?:records|documents|data|logs|invoices|emails|filings|receipts|minutes|transcripts)\\b[^.;!?]{0,60}?\\b(?:show|shows|showed|record|recorded|indicate|indicated|reveal|revealed)',
  // "below the 17% recommended by the Government Finance Officers Association".
  '(?:recommended|published|issued) by',
  // "Researchers at the University of Florida analyzed health records of more than 300,000 adults":
  // the study's authors doing the counting.
  '(?:researchers|scientists|investigators|analysts|economists|auditors|epidemiologists|authors) (?:[\\w.’\'-]+ ){0,10}?(?:analy[sz]ed|studied|examined|reviewed|surveyed|tracked|followed|compared|measured|counted|modeled|found)',
  // A study the story has named, at work or as the place of its results: "The trial followed 19,114
  // people", "About 1 in 20 people died during the study".
  '(?:the|this|that) (?:study|trial|survey|poll|experiment|analysis|review) (?:[\\w-]+ ){0,2}?(?:followed|enrolled|tracked|included|involved|recruited|covered|questioned|interviewed)',
  '(?:during|in|over the course of) the (?:study|trial|experiment)',
  // "In the survey, 78% of riders…", "in a 2024 poll": the survey the story names.
  'in (?:the|a|an|its|their|this|that) (?:[\\w-]+ ){0,2}(?:survey|poll|census|report|study|analysis)',
  // "The results were published Wednesday in The New England Journal of Medicine".
  'published (?:[\\w-]+ ){0,3}?in (?:the )?(?:[\\w-]+ ){0,4}?(?:journal|review|proceedings|lancet|jama|bmj|nature|science|medicine)\\b',
];

/** Labels that open a caption or credit line when followed by ":" or "by" ("Photo: …", "Photo by …"). */
export const CAPTION_PREFIXES: readonly string[] = ['photo', 'photograph', 'caption', 'credit', 'image', 'video', 'file photo', 'pictured'];
