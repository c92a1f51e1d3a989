import { FUNCTION_WORDS as FUNCTION_WORD_LIST, GRAMMATICAL_REPEATS } from '../data/repeated-words';
import type { ParagraphRule, Report } from '../rule';
import { replacement } from '../text/replacement';
import { quotedSpans } from '../model/quoted';
import { execAll } from '../text/exec-all';

const ALLOWED = new Set(GRAMMATICAL_REPEATS);
const FUNCTION_WORDS = new Set(FUNCTION_WORD_LIST);

/**
 * A word followed by whitespace (within a line or across one line break) and the same word, in
 * any case. The second word is only looked at, not consumed, so "the cat cat" still finds "cat
 * cat"; the backreference keeps the other words of a draft from being matches at all.
 */
const REPEAT = /(?<![\p{L}\p{N}’'-])(\p{L}+)(?=([ \t\u00a0]+|[ \t]*\r?\n[ \t]*)(\1)(?![\p{L}\p{N}-]|[’']\p{L}))/giu;

const sameWord = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
/** Particles that end a phrasal verb and may open the phrase after it: "moves in in", "logged on on". */
const PARTICLES = new Set(['in', 'on', 'out', 'up', 'down', 'over', 'off']);
/** A verb before the particle: inflected, or one of the short verbs phrasal verbs are made of. */
const PARTICLE_VERB = /^(?!(?:is|was|has|this|his|its|us|as|yes|plus|less|across|thus)$)(?:\p{L}+(?:ed|es|s|ing)|back|came|come|comes|go|goes|went|get|gets|got|sat|sit|ran|run|runs|put|puts|set|sets|kept|keep|keeps|log|sign|turn|check|move|walk|stay|held|hold|hung|took|take|takes|stood|stand)$/iu;
const wordBefore = (prose: string, index: number) => /(\p{L}+)\s+$/u.exec(prose.slice(Math.max(0, index - 40), index))?.[1] ?? '';
const wordAfter = (prose: string, index: number) => /^\s+(\p{L}+)/u.exec(prose.slice(index, index + 40))?.[1] ?? '';

export const repeatedWord: ParagraphRule = {
  id: 'repeated-word',
  scope: 'paragraph',
  description: 'The same word twice in a row: “the the”.',
  why: 'A doubled word is the most common slip of fast editing, and readers notice it at once. Repeats that are grammatical (“had had”, “that that”) and doubled names (“Duran Duran”) are left alone; inside a quotation, where a speaker may repeat a word, only a doubled little word (“the the”) is taken for a typo.',
  defaultSeverity: 'warning',
  fixable: true,
  check(paragraph) {
    const reports: Report[] = [];
    let spans: ReturnType<typeof quotedSpans> | undefined;
    for (const match of execAll(REPEAT, paragraph.prose)) {
      const [, first, between, second] = match;
      if (first.toLowerCase() !== second.toLowerCase() || ALLOWED.has(first.toLowerCase())) continue;
      // A speaker may say "it was, was…"; only "the the" in a quote is plainly a typo.
      spans ??= quotedSpans(paragraph);
      const quoted = spans.some((span) => match.index < span.end && match.index + match[0].length + between.length + second.length > span.start);
      if (quoted && !FUNCTION_WORDS.has(first.toLowerCase())) continue;
      // Two capitals is a name or a title ("Sirhan Sirhan", "Bora Bora"), unless it is a little
      // word such as "The The" at a sentence start.
      if (/^\p{Lu}/u.test(second) && !FUNCTION_WORDS.has(second.toLowerCase())) continue;
      // "moves in in the afternoon", "came back on on Thursday": a verb's particle, then the preposition.
      if (PARTICLES.has(first.toLowerCase()) && PARTICLE_VERB.test(wordBefore(paragraph.prose, match.index))) continue;
      // "no, no, no", "ha ha ha": a run of three or more is deliberate, not a slip.
      if (sameWord(wordBefore(paragraph.prose, match.index), first) || sameWord(wordAfter(paragraph.prose, match.index + first.length + between.length + second.length), first)) continue;
      // Markup between the words (a link, emphasis) would be lost by the fix: only plain space counts.
      const start = match.index + first.length;
      const end = start + between.length + second.length;
      if (paragraph.text.slice(start, start + between.length) !== between) continue;
      reports.push(replacement(paragraph, start, end, '', `Repeated word “${second}”: delete one.`));
    }
    return reports;
  },
};
