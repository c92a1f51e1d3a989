import type { Paragraph } from './article';
import { paragraphSummary } from './summaries';

/** "Correction:", "Editor’s note —", "**Correction, Jan. 10:**" opening a paragraph. */
const NOTE_LABEL = /^[\s>*_]*(?:corrections?|clarifications?|editor['’]s notes?)(?:,[^:\n]{1,30})?[*_]*[ \t]*[:—–-]/i;
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

/**
 * "Kevin Marsh contributed reporting.", "Associated Press writer Jane Doe contributed to this report.",
 * Reuters' "(Reporting by Lucia Mutikani; Editing by Andrea Ricci)".
 */
const CONTRIBUTED = /\bcontributed(?: reporting| to this (?:report|story|article))\b|^[\s*_]*\((?:additional )?(?:reporting|writing|editing) by\b/i;
/** "Elena Marsh is a writer…", "Rosa Delgado covers transportation for…": the author's line about themselves. */
const BIO = /^[\s>*_]*(?:\p{Lu}[\p{L}.'’-]+\s+){1,3}(?:(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}?(?:writer|reporter|correspondent|columnist|editor|journalist|contributor|author|critic|photographer|freelancer)\b|(?:covers|writes about|reports on)\b)/u;

/**
 * Whether a paragraph is the tagline saying who wrote or contributed to the story: it gives full
 * names by convention, and carries no claims of the story's own.
 */
export function isAuthorNote(paragraph: Paragraph): boolean {
  return paragraphSummary(paragraph, 'author-note', ({ prose }) => CONTRIBUTED.test(prose) || BIO.test(prose));
}
