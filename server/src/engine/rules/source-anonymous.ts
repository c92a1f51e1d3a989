import { ArticleIndex } from '../article-index';
import { ANONYMITY_DISCLOSURES, ANONYMITY_REASONS, BACK_REFERENCE } from '../data/anonymous-sources';
import type { Article, Paragraph } from '../model/article';
import { paragraphSummary } from '../model/summaries';
import type { ArticleRule, Report } from '../rule';
import { matchesIn, type Match } from '../claims/matches';
import { hasProse, reporterVoice } from '../claims/voice';
import { unnamedSourcesIn } from '../claims/unnamed-sources';

const DISCLOSURE = new RegExp(ANONYMITY_DISCLOSURES.join('|'), 'gi');
const REASON = new RegExp(ANONYMITY_REASONS.join('|'), 'i');
const REFERS_BACK = new RegExp(BACK_REFERENCE, 'i');

/** What a paragraph says of unnamed sources on its own; offsets relative to it. */
interface OwnSources {
  /** Its unnamed sources or, when it names none, its disclosures of anonymity ("spoke on condition of anonymity"). */
  matches: Match[];
  /** `matches` are disclosures, not sources. */
  disclosures: boolean;
  /** It gives a reason for anonymity ("not authorized to discuss the talks"). */
  reasoned: boolean;
  /** It opens on a source named before ("The official, who was not authorized…"). */
  refersBack: boolean;
}

/** A paragraph's findings, read with its neighbours. */
interface Judged {
  own: OwnSources;
  /** The reason is given, here or in the next paragraph, which opens on the same source. */
  reasoned: boolean;
  /** Its findings, none when it only discloses the anonymity of the source the paragraph before named. */
  reported: Match[];
}

const NONE: OwnSources = { matches: [], disclosures: false, reasoned: false, refersBack: false };

function ownSources(paragraph: Paragraph | undefined): OwnSources {
  // A headline's "officials say" has no room for a reason: the story gives it.
  if (!paragraph || !hasProse(paragraph) || paragraph.kind === 'heading') return NONE;
  return paragraphSummary(paragraph, 'source-anonymous', (own) => {
    const voice = reporterVoice(own);
    const sources = unnamedSourcesIn(own);
    // One source, one finding: "a senior official, who spoke on condition of anonymity, said…".
    const disclosures = sources.length === 0;
    return { matches: disclosures ? matchesIn(DISCLOSURE, voice) : sources, disclosures, reasoned: REASON.test(voice), refersBack: REFERS_BACK.test(voice) };
  });
}

function judge(article: Article, index: number): Judged {
  const own = ownSources(article.paragraphs[index]);
  if (own.matches.length === 0) return { own, reasoned: false, reported: [] };
  const named = (sources: OwnSources) => sources.matches.length > 0 && !sources.disclosures;
  // AP's pattern: "…, a U.S. official said." then "The official, who was not authorized to discuss the talks, …".
  const next = ownSources(article.paragraphs[index + 1]);
  const reasoned = own.reasoned || (named(own) && next.refersBack && next.reasoned);
  const describesLast = own.disclosures && own.refersBack && named(ownSources(article.paragraphs[index - 1]));
  return { own, reasoned, reported: describesLast ? [] : own.matches };
}

/** The paragraphs with findings, by position. */
const sourcesIndex = new ArticleIndex<Judged, number[]>({
  reach: { before: 1, after: 1 },
  summarize: judge,
  same: (a, b) => (a.reported.length === 0) === (b.reported.length === 0),
  build: (judged) => judged.flatMap((paragraph, index) => (paragraph.reported.length > 0 ? [index] : [])),
});

export const sourceAnonymous: ArticleRule = {
  id: 'source-anonymous',
  scope: 'article',
  description: 'An unnamed source (“officials said”, “a person familiar with the matter”, “sources tell”) and whether the story says why.',
  why: 'AP uses anonymous sources only when the information is vital and unobtainable on the record, and requires the story to say why the source was not named, in the same paragraph or the next. Editors want to see each one.',
  defaultSeverity: 'information',
  fixable: false,
  check({ article }) {
    const { summaries, index: holding } = sourcesIndex.of(article);
    const reports: Report[] = [];
    for (const index of holding) {
      const paragraph = article.paragraphs[index];
      const { reasoned, reported } = summaries[index];
      for (const match of reported) {
        reports.push({
          start: paragraph.start + match.start,
          end: paragraph.start + match.end,
          message: reasoned
            ? `Unnamed source (“${match.text}”); the reason for anonymity is given.`
            : `Unnamed source (“${match.text}”): say why the source was not named, or name them.`,
          ...(reasoned ? { severity: 'hint' as const } : {}),
          data: { reasonGiven: reasoned },
        });
      }
    }
    return reports;
  },
};
