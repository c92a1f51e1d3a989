/**
 * A fix that inserts a blank for the writer to complete: an all-capitals word in brackets or
 * parentheses, as in `, according to [SOURCE]`, `[SPEAKER] said`, `(PHOTOGRAPHER/AGENCY)`. The
 * editor offers these; `--fix` never writes them (the engine marks them `fillIn`). The JSON
 * report's shape is a fixed contract without that mark, so the summary's "fixable" count, which
 * reads the report, recognises blanks by their shape.
 */
const BLANK = /[[(]\p{Lu}{3,}(?:[ /]\p{Lu}{3,})*[\])]/u;

export function isFillIn(fix: { edits: ReadonlyArray<{ newText: string }> }): boolean {
  return fix.edits.some((edit) => BLANK.test(edit.newText));
}
