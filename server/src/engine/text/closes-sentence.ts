const SENTENCE_GOES_ON = /^[ \t\u00a0]*[a-z\d,;]/;

/** Whether an abbreviation's period at `end` also ends its sentence: no lowercase word, figure, comma or semicolon follows. */
export function periodClosesSentence(prose: string, end: number): boolean {
  return !SENTENCE_GOES_ON.test(prose.slice(end, end + 3));
}
