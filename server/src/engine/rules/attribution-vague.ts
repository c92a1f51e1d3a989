import { ArticleIndex } from '../article-index';
import { VAGUE_ATTRIBUTIONS } from '../data/vague-attribution';
import type { Article, Paragraph } from '../model/article';
import type { ParagraphRule, Report } from '../rule';
import { matchesIn } from '../claims/matches';
import { hasLink, hasProse, reporterVoice, sentenceAt } from '../claims/voice';

const VAGUE = new RegExp(VAGUE_ATTRIBUTIONS.join('|'), 'gi');
/** How far after the phrase a link still cites it: a space and the opening bracket. */
const LINK_REACH = 3;
const NAMED_SOURCE = /\baccording to\b/i;
/** A named speaker attributing the sentence: "Scientists think…, Reyes-Okoro said.", "…, said Dr. Ana Ruiz." */
const NAMED_SPEAKER = /,\s+(?:\p{Lu}[\p{L}'’.-]+\s+){0,3}\p{Lu}[\p{L}'’.-]+\s+(?:said|says|told|wrote|explained|added)\b|,\s+(?:said|says)\s+(?:\p{Lu}[\p{L}'’.-]+\s+){0,3}\p{Lu}[\p{L}'’.-]+/u;
/** The crowds a story may go on to name one of: "Some economists worry…" then "…said Diane Swonk, chief economist at KPMG." */
const CROWD_MEMBER = /\b(critic|expert|scientist|researcher|analyst|observer|skeptic|commentator|historian|economist|doctor|opponent|supporter|advocate)s\b/i;
const NAME = "\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+)+";
/** How far on the named example may come: the next sentence or two, which keeps the check linear. */
const EXAMPLE_REACH = 400;
/** How many paragraphs on a named example still backs the crowd: the nut graf's next one or two. */
const EXAMPLE_PARAGRAPHS = 2;

/**
 * Paragraphs whose crowd the next paragraphs name one of ("Analysts say the deal faces scrutiny."
 * then "…, said Dan Ives, an analyst at Wedbush."), by their text: each summary reads the
 * paragraphs after its own, so after a keystroke only the edited paragraph's neighbours are read.
 */
const backedLaterIndex = new ArticleIndex<string, { texts: Set<string>; key: string }>({
  reach: { before: 0, after: EXAMPLE_PARAGRAPHS },
  summarize: (article, index) => (crowdNamedLater(article, index) ? article.paragraphs[index].prose : ''),
  same: (a, b) => a === b,
  build(summaries) {
    const texts = new Set(summaries.filter((text) => text !== ''));
    return { texts, key: [...texts].sort().join('\u0000') };
  },
});

/** "polls show", "studies suggest": research in general, which a named poll or study can back. */
const RESEARCH = /\b(?:polls|studies|surveys|research|reports)\b/i;
/** A poll, a study or a survey named: "a Marist poll released Tuesday", "a study published in JAMA", "the Pew survey". */
const NAMED_RESEARCH = /\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*)*\s+(?:[\p{Ll}-]+\s+)?(?:poll|survey|study|report|analysis)\b|\b(?:poll|survey|study|report|analysis)\s+(?:by|from|of|for|published in|conducted by)\s+(?:the\s+)?\p{Lu}/u;

/** Whether every crowd or body of research the paragraph cites is named in the next paragraphs. */
function crowdNamedLater(article: Article, index: number): boolean {
  const paragraph = article.paragraphs[index];
  if ((!CROWD_MEMBER.test(paragraph.prose) && !RESEARCH.test(paragraph.prose)) || !hasProse(paragraph)) return false;
  const crowds = matchesIn(VAGUE, reporterVoice(paragraph)).filter((match) => CROWD_MEMBER.test(match.text) || RESEARCH.test(match.text));
  if (crowds.length === 0) return false;
  const later = article.paragraphs.slice(index + 1, index + 1 + EXAMPLE_PARAGRAPHS).map((next) => next.prose.slice(0, 2 * EXAMPLE_REACH));
  return crowds.every((crowd) => later.some((text) => (RESEARCH.test(crowd.text) ? NAMED_RESEARCH.test(text) : namesOne(text, crowd.text))));
}

export const attributionVague: ParagraphRule = {
  id: 'attribution-vague',
  scope: 'paragraph',
  description: 'Weasel attribution: “critics say”, “experts agree”, “studies show”, “it is widely believed”, “reportedly”.',
  why: 'Attribution tells readers who stands behind a claim; "critics say" stands for nobody, and lets the writer\'s own view pass as someone else\'s. Name the critics, the experts or the study.',
  defaultSeverity: 'warning',
  fixable: false,
  contextKey: ({ article }) => backedLaterIndex.of(article).index.key,
  check(paragraph, { article }) {
    // A headline or subhead signposts what the story attributes: "What the studies found".
    if (!hasProse(paragraph) || paragraph.kind === 'heading') return [];
    const reports: Report[] = [];
    const voice = reporterVoice(paragraph);
    for (const match of matchesIn(VAGUE, voice)) {
      // A link on the phrase or right after it ("reportedly [earns less](…)") is the citation.
      if (hasLink(paragraph, match.start, match.end + LINK_REACH)) continue;
      // "According to fan site X, rumors abound", "Scientists think…, Reyes-Okoro said.": the sentence names whose view it is.
      const sentence = sentenceAt(paragraph, match.start);
      if (sentence && (NAMED_SOURCE.test(voice.slice(sentence.start, sentence.end)) || NAMED_SPEAKER.test(voice.slice(match.end, sentence.end)))) continue;
      if (namesOne(paragraph.prose.slice(match.end, match.end + EXAMPLE_REACH), match.text) || namedLater(paragraph, article)) continue;
      // "Okonkwo and other scientists say": someone named leads the crowd.
      if (NAMED_LEADER.test(voice.slice(Math.max(0, match.start - 40), match.start))) continue;
      reports.push({
        start: paragraph.start + match.start,
        end: paragraph.start + match.end,
        message: `“${match.text}” does not say who: name the source.`,
      });
    }
    return reports;
  },
};

/** Whether the next paragraphs name one of each crowd, or the research, in `paragraph` (see backedLaterIndex). */
function namedLater(paragraph: Paragraph, article: Article): boolean {
  return (CROWD_MEMBER.test(paragraph.prose) || RESEARCH.test(paragraph.prose)) && backedLaterIndex.of(article).index.texts.has(paragraph.prose);
}

/** A name and "and other" right before the crowd. */
const NAMED_LEADER = /\p{Lu}[\p{L}’'-]+,? and other $/u;

const members = new Map<string, RegExp>();

/**
 * Whether `after` names one of the crowd `phrase` speaks for, as the story goes on: "Diane Swonk,
 * chief economist at KPMG", "KPMG economist Diane Swonk". The crowd is then an example's.
 */
function namesOne(after: string, phrase: string): boolean {
  const member = CROWD_MEMBER.exec(phrase)?.[1].toLowerCase();
  if (!member) return false;
  let named = members.get(member);
  if (!named) {
    const word = `[${member[0]}${member[0].toUpperCase()}]${member.slice(1)}`;
    named = new RegExp(`${NAME},? (?:[\\p{L}-]+ ){0,4}?${word}\\b|\\b${word} ${NAME}`, 'u');
    members.set(member, named);
  }
  return named.test(after);
}
