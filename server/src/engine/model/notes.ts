import type { Paragraph } from './article';
import { paragraphSummary } from './summaries';

/** "Correction:", "Editor’s note —", "Clarification:" opening a paragraph. */
const NOTE_LABEL = /^[\s>]*(?:corrections?|clarifications?|editor['’]s notes?)[ \t]*[:—–-]/i;
/** "An earlier version of this story misspelled…", "This article has been corrected to…". */
const NOTE_SENTENCE = /^[\s>]*(?:an? (?:earlier|previous) version of this|this) (?:story|article|report|post|item|column)\b[^.!?\n]{0,80}?\b(?:corrected|updated to correct|clarified|misstated|misspelled|misidentified|misattributed|incorrectly|erroneously|wrongly)\b/i;

/**
 * Whether a paragraph is an editor's note about the story rather than the story: a correction or
 * clarification, which names the wrong spelling or figure on purpose ("He is Mark Lawson, not
 * Mark Lawton") and restates names in full.
 */
export function isEditorsNote(paragraph: Paragraph): boolean {
  return paragraphSummary(paragraph, 'editors-note', ({ prose }) => NOTE_LABEL.test(prose) || NOTE_SENTENCE.test(prose));
}
