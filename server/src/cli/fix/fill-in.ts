/**
 * A fix that inserts a blank for the writer to complete: an all-capitals word in brackets or
 * parentheses, as in `, according to [SOURCE]`, `[SPEAKER] said`, `(PHOTOGRAPHER/AGENCY)`. The
 * editor offers these; `--fix` never writes them, as ESLint's --fix leaves suggestions alone:
 * unattended, a blank would go to print. Mistaking a real fix for one only leaves it to a person.
 */
const BLANK = /[[(]\p{Lu}{3,}(?:[ /]\p{Lu}{3,})*[\])]/u;

export function isFillIn(fix: { edits: ReadonlyArray<{ newText: string }> }): boolean {
  return fix.edits.some((edit) => BLANK.test(edit.newText));
}
