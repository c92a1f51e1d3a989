import type { Paragraph } from '../model/article';
import type { Report } from '../rule';
import { replacement } from '../text/replacement';
import { reporterMatches } from '../text/reporter-voice';

/*
 * How AP writes ages and large numbers, for `ap-numerals`: "a 6-year-old girl" but "she is 6 years
 * old", "$3.5 million" rather than "$3,500,000" or "3.5 million dollars", "$5" rather than "$5.00",
 * "more than 1,000 people" with its comma, and "minus 10 degrees" rather than "-10 degrees".
 */

/** An age written as a compound: "6 year old", "6-year old", "6 year-old", "72-years-old". */
const AGE_COMPOUND = /(?<![\w.,-])(\d{1,3})([ \t\u00a0]|-)(year|month|week|day)(s?)([ \t\u00a0]|-)old\b(?!-)/g;
/** What makes the age a compound noun or adjective ("a 6-year-old girl", "the 72-year-old"). */
const DETERMINER_BEFORE = /\b(?:a|an|the|his|her|their|its|our|my|your|this|that|one)[ \t\u00a0]+$/i;

/** A round number in full figures: "$3,500,000", "2,000,000 people"; a precise one ("$3,512,345") stays. */
const MILLIONS_IN_FIGURES = /(?<![\w.,])(\$?)(\d{1,3}(?:,\d{3}){2,3})(?!\w|[.,]\d)/g;

/** An amount followed by the word "dollars", with its sign ("$5 million dollars") or without ("2 billion dollars"). */
const DOLLARS_AS_WORD = /(?<![\w$.,])(\$?)(\d[\d,]*(?:\.\d+)?(?:[ \t\u00a0](?:million|billion|trillion))?)[ \t\u00a0]{1,3}dollars\b/g;

/** Whole dollars with empty cents: "$5.00". */
const EMPTY_CENTS = /(\$\d{1,3}(?:,\d{3})*|\$\d+)\.00(?![\d.,]\d|\d)/g;

/** A count of thousands after a word that makes it a quantity, without its comma: "more than 1000 people". */
const THOUSANDS_WITHOUT_COMMA = /(?<=\b(?:[Mm]ore than|[Ff]ewer than|[Ll]ess than|[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|[Ss]ome|[Oo]ver|[Uu]nder|[Aa]t least|[Uu]p to|[Aa]pproximately|[Aa]round|[Ee]stimated)[ \t\u00a0])(\d{4,9})(?=[ \t\u00a0]+\p{Ll})/gu;

/** A temperature below zero with a minus sign or hyphen: "-22 degrees", "−5°F". Ranges ("10-20 degrees") are not. */
const SIGNED_TEMPERATURE = /(?<![\w.,\-–−])[-−–](\d+(?:\.\d+)?)(?=[ \t\u00a0]?(?:°|degrees\b))/g;

export function numberFormReports(paragraph: Paragraph): Report[] {
  // A table sets out its figures alike, to line them up: "$2.00" above "$2.50".
  if (paragraph.kind === 'table-row' || !/\d/.test(paragraph.prose)) return [];
  return [...ageCompounds(paragraph), ...millionsInFigures(paragraph), ...dollarsAsWord(paragraph), ...emptyCents(paragraph), ...thousandsWithoutComma(paragraph), ...signedTemperatures(paragraph)];
}

/** An age before a noun, or standing for one, takes hyphens ("a 6-year-old girl"); after a verb it takes none ("is 6 years old"). */
function ageCompounds(paragraph: Paragraph): Report[] {
  if (!/old\b/.test(paragraph.prose)) return [];
  const reports: Report[] = [];
  for (const match of reporterMatches(paragraph, AGE_COMPOUND)) {
    const [written, age, , unit, plural] = match;
    const hyphenated = written.includes('-');
    // A determiner before it, or a hyphen in a singular ("an 80-year old man", "58-year-old Anne Moreau"), makes
    // it a compound; a hyphenated plural ("who is 72-years-old") is an age after the verb. Unhyphenated
    // and without a determiner ("is 6 years old", "children 5 years old") it is left as written.
    const compound = DETERMINER_BEFORE.test(paragraph.prose.slice(Math.max(0, match.index - 12), match.index)) || (hyphenated && !plural);
    if (!compound && !hyphenated) continue;
    const expected = compound ? `${age}-${unit}-old` : `${age} ${unit}s old`;
    if (expected === written) continue;
    const why = compound ? 'an age before a noun, or standing for a person, takes hyphens' : 'an age after the verb takes no hyphens';
    reports.push(replacement(paragraph, match.index, match.index + written.length, expected, `Unexpected “${written}”, expected “${expected}”: ${why}.`));
  }
  return reports;
}

/** "$3,500,000" as AP writes it, "$3.5 million", when it has at most two decimals in millions or billions. */
function millionsInFigures(paragraph: Paragraph): Report[] {
  const reports: Report[] = [];
  for (const match of reporterMatches(paragraph, MILLIONS_IN_FIGURES)) {
    const [written, sign, figure] = match;
    const value = Number(figure.replace(/,/g, ''));
    const [scale, unit] = value >= 1e9 ? [1e9, 'billion'] : [1e6, 'million'];
    const hundredths = value / (scale / 100);
    if (!Number.isInteger(hundredths)) continue;
    const expected = `${sign}${String(hundredths / 100)} ${unit}`;
    reports.push(replacement(paragraph, match.index, match.index + written.length, expected, `Unexpected “${written}”, expected “${expected}”: AP writes round millions and billions with the word.`));
  }
  return reports;
}

/** "2 billion dollars" and "$5 million dollars" → "$2 billion", "$5 million": AP writes money with the sign, once. */
function dollarsAsWord(paragraph: Paragraph): Report[] {
  if (!/dollars\b/.test(paragraph.prose)) return [];
  return reporterMatches(paragraph, DOLLARS_AS_WORD).map((match) => {
    const [written, sign, amount] = match;
    const expected = `$${amount}`;
    const message = sign ? `“${written}” says dollars twice: expected “${expected}”.` : `Unexpected “${written}”, expected “${expected}”: AP writes amounts of money with the dollar sign.`;
    return replacement(paragraph, match.index, match.index + written.length, expected, message);
  });
}

/** "$5.00" → "$5": AP gives cents only when there are some. */
function emptyCents(paragraph: Paragraph): Report[] {
  if (!paragraph.prose.includes('.00')) return [];
  return reporterMatches(paragraph, EMPTY_CENTS).map((match) => replacement(paragraph, match.index, match.index + match[0].length, match[1], `Unexpected “${match[0]}”, expected “${match[1]}”: whole dollars take no cents.`));
}

/** "more than 1000 people" → "more than 1,000 people"; years ("about 1990 when…") are left alone. */
function thousandsWithoutComma(paragraph: Paragraph): Report[] {
  const reports: Report[] = [];
  for (const match of reporterMatches(paragraph, THOUSANDS_WITHOUT_COMMA)) {
    const figure = match[1];
    const value = Number(figure);
    if (value >= 1800 && value <= 2099) continue;
    const expected = value.toLocaleString('en-US');
    reports.push(replacement(paragraph, match.index, match.index + figure.length, expected, `Unexpected “${figure}”, expected “${expected}”: a figure of 1,000 or more takes commas.`));
  }
  return reports;
}

/** "-22 degrees" → "minus 22 degrees": AP spells out the sign of a temperature below zero. */
function signedTemperatures(paragraph: Paragraph): Report[] {
  if (!/degrees\b|°/.test(paragraph.prose)) return [];
  return reporterMatches(paragraph, SIGNED_TEMPERATURE).map((match) => {
    const expected = `minus ${match[1]}`;
    return replacement(paragraph, match.index, match.index + match[0].length, expected, `Unexpected “${match[0]}”, expected “${expected}”: AP writes a temperature below zero with the word (“minus 22 degrees” or “22 below zero”).`);
  });
}
