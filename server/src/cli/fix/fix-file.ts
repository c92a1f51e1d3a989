import { applyEdits, chooseFixEdits } from '../../engine/fixes';
import type { Linter, LintResult } from '../../engine/linter';
import type { PartialSettings } from '../../engine/settings';
import type { Language, TextEdit } from '../../engine/types';

/** ESLint's limit too: fixes that keep producing new fixes stop here rather than loop. */
export const MAX_FIX_PASSES = 10;

export interface FixOutcome {
  text: string;
  /** The lint of the final text: what is left for a person to fix. */
  result: LintResult;
  passes: number;
}

/**
 * Applies fixes until none is left, or MAX_FIX_PASSES: each pass takes the non-overlapping fixes,
 * then re-lints, since a fix can reveal or settle other findings. Fill-in blanks are never written
 * (`chooseFixEdits` leaves them to the editor). Line breaks a fix inserts follow the file's own line endings, so a CRLF file stays CRLF.
 */
export function fixText(linter: Linter, text: string, language: Language, settings: PartialSettings): FixOutcome {
  let result = linter.lint(text, language, settings);
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const edits = chooseFixEdits(result.findings);
    if (edits.length === 0) break;
    const next = applyEdits(text, withLineEnding(edits, lineEndingOf(text)));
    passes++;
    if (next === text) break;
    text = next;
    result = linter.lint(text, language, settings);
  }
  return { text, result, passes };
}

/** The line ending most lines of the text use. */
export function lineEndingOf(text: string): '\n' | '\r\n' {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const lf = (text.match(/\n/g)?.length ?? 0) - crlf;
  return crlf > lf ? '\r\n' : '\n';
}

function withLineEnding(edits: TextEdit[], ending: '\n' | '\r\n'): TextEdit[] {
  if (ending === '\n') return edits;
  return edits.map((edit) => ({ ...edit, newText: edit.newText.replace(/\r?\n/g, '\r\n') }));
}
