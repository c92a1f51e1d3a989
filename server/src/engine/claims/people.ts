import { NOT_NAME_WORDS, TITLES } from '../data/people';
import { matchesIn, type Match } from './matches';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Each title with either case of its first letter: titles precede names capitalised or not. */
const TITLE = TITLES.map((title) => `[${title[0].toUpperCase()}${title[0]}]${escape(title.slice(1))}`).join('|');
const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
/** At least first and last name, so a lone capitalised word after a title is not taken for one. */
const FULL_NAME = `${NAME_WORD}(?: ${NAME_WORD}){1,3}`;
const NOT_NAME = new Set(NOT_NAME_WORDS);

/** "spokesman John Kirby", "Dr. Michael Shadlen"; and "John Kirby, press secretary for …". */
const TITLED_NAME = new RegExp(
  `(?<![\\p{L}])(?:${TITLE}) ${FULL_NAME}|${FULL_NAME}, (?:the |a |an )?(?:[\\p{Ll}-]+ ){0,3}?(?:${TITLE})(?![\\p{L}])`,
  'gu',
);

/** Named people with their titles in `text[from, to)`, with sentence-opening words dropped. */
export function titledPeopleIn(text: string, from = 0, to = text.length): Match[] {
  return matchesIn(TITLED_NAME, text, from, to).map(dropOpeningWord).map(dropPossessive);
}

/** "President Vladimir Putin’s army": the person is "President Vladimir Putin". */
function dropPossessive(match: Match): Match {
  const possessive = /['’]s?$/.exec(match.text);
  return possessive ? { start: match.start, end: match.end - possessive[0].length, text: match.text.slice(0, possessive.index) } : match;
}

/** "But Kirby" is Kirby: trims leading capitalised words that cannot start a name. */
function dropOpeningWord(match: Match): Match {
  let { start, text } = match;
  for (let space = text.indexOf(' '); space > 0 && NOT_NAME.has(text.slice(0, space)); space = text.indexOf(' ')) {
    start += space + 1;
    text = text.slice(space + 1);
  }
  return { start, end: match.end, text };
}
