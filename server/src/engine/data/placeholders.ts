/**
 * Marks a writer leaves for what is still to come. `TK` ("to come") is the newsroom's own: a
 * letter pair almost no English word holds, so it is easy to find before the story runs, and it is
 * matched in capitals only, standing alone (`TK`, `TKTK`, `[TK]`) and never in a name (`TK Maxx`)
 * or an airline's flight code (`TK 1878`); `XX` stands for a figure to come (`XX people`, `$XX million`).
 * Bracketed capitals are the placeholders templates and Copydesk's own fill-in fixes insert;
 * transcript notes (`[INAUDIBLE]`, `[CROSSTALK]`) and editorial insertions (`[the mayor]`) are not
 * among them.
 */
export const PLACEHOLDER_PATTERNS: readonly string[] = [
  '\\[(?:(?:TK)+|SOURCE|SPEAKER|NAME|FIRST NAME|LAST NAME|FULL NAME|TITLE|AGE|DATE|TIME|LINK|URL|QUOTE|NUMBER|FIGURE|CREDIT|PHOTO CREDIT|CAPTION|TBD|CHECK|VERIFY|FACT ?CHECK|INSERT)(?:[ :][^\\]\\n]{0,60})?\\]',
  // Not an airline's code before a flight number: "Turkish Airlines flight TK 1878".
  '(?<![\\w’\'-])(?:TK)+(?![\\w’\'-])(?! (?:Maxx|Elevator)\\b| ?\\d)',
  // "XX people", "$XX million", "XX:XX p.m.": a figure still to come.
  '(?<![\\w$’\'-])\\$?XX(?::XX)?(?= (?:people|residents|students|percent|million|billion|acres|homes|years|days|a\\.m\\.|p\\.m\\.)\\b|%)',
  '\\(PHOTOGRAPHER/AGENCY\\)',
  '\\b[Ll]orem ipsum\\b',
];
