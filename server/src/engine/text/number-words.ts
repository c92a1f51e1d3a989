import { ONES, TEENS, TENS } from '../data/numbers';

/** 0–99 in words, hyphenated as AP writes them ("twenty-five"); undefined past 99. */
export function numberInWords(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 0 || value > 99) return undefined;
  if (value < 10) return ONES[value];
  if (value < 20) return TEENS[value - 10];
  const ones = value % 10;
  return TENS[Math.floor(value / 10)] + (ones ? `-${ONES[ones]}` : '');
}

/** The value of a spelled-out number from one to ninety-nine ("twenty-five" → 25). */
export function valueOfWords(words: string): number | undefined {
  const [tensWord, onesWord] = words.toLowerCase().split('-');
  const one = ONES.indexOf(tensWord);
  if (one > 0) return onesWord ? undefined : one;
  const teen = TEENS.indexOf(tensWord);
  if (teen >= 0) return onesWord ? undefined : 10 + teen;
  const tens = TENS.indexOf(tensWord);
  if (tens < 2) return undefined;
  if (!onesWord) return tens * 10;
  const ones = ONES.indexOf(onesWord);
  return ones > 0 ? tens * 10 + ones : undefined;
}
