import type { Paragraph } from '../model/article';
import type { Report } from '../rule';
import type { MarkPair } from './pairing';

/** The verbs of a plain attribution, in the past and present tense. */
const VERB = '(?:said|says|added|adds|asked|asks|explained|noted|continued|replied|responded|wrote|writes|recalled|joked|insisted|argued|warned|conceded|admitted|claimed|shouted|yelled|whispered|told (?:reporters|\\p{Lu}[\\p{L}’\'-]*))';
/** Who attributes: a pronoun, "the mayor", or a name with its title (up to five capitalised words). */
const SPEAKER = "(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|(?:the|a|an|her|his|their) \\p{Ll}[\\p{L}’'-]*(?: \\p{Ll}[\\p{L}’'-]*)?|(?:\\p{Lu}[\\p{L}.’'-]* ){0,4}\\p{Lu}[\\p{L}’'-]*)";
/**
 * A whole attribution right after a closing mark, and nothing else in its clause: `Smith said.`,
 * `said Smith,`, `he said Tuesday.` "Smith said the team would appeal." is a sentence of its own.
 */
const ATTRIBUTION_AFTER = new RegExp(`^[ \\t]+(?:${SPEAKER} ${VERB}|${VERB} ${SPEAKER})(?: (?:on )?\\p{Lu}\\p{Ll}+day)?[ \\t]*[.,;]`, 'u');
/** A verb that introduces a full-sentence quote right before its opening mark: `Smith said "We…`. */
const VERB_BEFORE = new RegExp(`(?<![\\p{L}’'-])${VERB}[ \\t]+$`, 'u');

/**
 * How a quote meets its attribution, in any quotation style: a comma ends a quoted statement
 * before "she said" (not a period, not nothing), a comma follows "said" before a quoted sentence,
 * and a question or exclamation mark ends a quote alone, with no comma after it.
 */
export function attributionPunctuation(paragraph: Paragraph, pairs: readonly MarkPair[]): Report[] {
  const prose = paragraph.prose;
  const reports: Report[] = [];
  const at = (offset: number) => paragraph.start + offset;
  for (const pair of pairs) {
    if (pair.depth !== 0 || pair.close === undefined) continue;
    const { open, close } = pair;
    const last = prose[close - 1];
    const after = prose.slice(close + 1, close + 80);
    // “Are we ready?,” or “Are we ready?”, — the mark ends the quote; the comma goes.
    const comma = last === ',' && /[?!]/.test(prose[close - 2]) ? close - 1 : /[?!]/.test(last) && after.startsWith(',') ? close + 1 : -1;
    if (comma >= 0) {
      const mark = prose[comma - 1] === '?' || last === '?' ? 'question' : 'exclamation';
      reports.push({
        start: at(comma),
        end: at(comma + 1),
        message: `Comma after the ${mark} mark: it ends the quote, so no comma follows (“Are we ready?” she asked.).`,
        fixes: [{ title: 'Delete the comma', edits: [{ start: at(comma), end: at(comma + 1), newText: '' }] }],
      });
      continue;
    }
    if (opensSentence(prose, open) && ATTRIBUTION_AFTER.test(after) && /\p{L}[ \t]+\p{L}/u.test(prose.slice(open + 1, close))) {
      if (last === '.') {
        reports.push({
          start: at(close - 1),
          end: at(close),
          message: 'Period before the attribution: a quoted statement followed by “she said” ends in a comma (“We are ready,” she said.).',
          fixes: [{ title: 'Replace the period with a comma', edits: [{ start: at(close - 1), end: at(close), newText: ',' }] }],
        });
      } else if (/[\p{L}\p{N}]/u.test(last)) {
        reports.push({
          start: at(close),
          end: at(close + 1),
          message: 'No comma before the attribution: a quoted statement followed by “she said” ends in a comma (“We are ready,” she said.).',
          fixes: [{ title: 'Add a comma inside the closing mark', edits: [{ start: at(close), end: at(close), newText: ',' }] }],
        });
      }
    }
    const before = prose.slice(Math.max(0, open - 40), open);
    if (VERB_BEFORE.test(before) && isFullSentence(prose.slice(open + 1, close))) {
      const verbEnd = open - (before.length - before.trimEnd().length);
      reports.push({
        start: at(verbEnd),
        end: at(open + 1),
        message: 'No comma between the verb and the quote: a quoted sentence after “said” follows a comma (she said, “We are ready.”).',
        fixes: [{ title: 'Add a comma after the verb', edits: [{ start: at(verbEnd), end: at(verbEnd), newText: ',' }] }],
      });
    }
  }
  return reports;
}

/** The mark opens its sentence: at the paragraph's start or after a sentence's end. */
function opensSentence(prose: string, open: number): boolean {
  const before = prose.slice(Math.max(0, open - 8), open);
  return (open < 8 && prose.slice(0, open).trim() === '') || /[.!?]["”’']?\s+$/.test(before);
}

/** A quoted sentence: a capital first, two words or more, and its own end mark. */
function isFullSentence(quoted: string): boolean {
  return /^\p{Lu}/u.test(quoted) && /\p{L}[ \t]+\p{L}/u.test(quoted) && /[.!?]$/.test(quoted);
}
