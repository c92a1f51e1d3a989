import { ANONYMITY_DISCLOSURES, ANONYMITY_REASONS, ANONYMOUS_SOURCES } from '../data/anonymous-sources';
import type { ParagraphRule, Report } from '../rule';
import { matchesIn } from '../claims/matches';
import { hasProse, reporterVoice } from '../claims/voice';

const ANONYMOUS = new RegExp(ANONYMOUS_SOURCES.join('|'), 'gi');
const DISCLOSURE = new RegExp(ANONYMITY_DISCLOSURES.join('|'), 'gi');
const REASON = new RegExp(ANONYMITY_REASONS.join('|'), 'i');
/** A name set off right after the source names it after all: "said an official, Jane Doe." */
const NAMED_AFTER = /^,\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+/u;

export const sourceAnonymous: ParagraphRule = {
  id: 'source-anonymous',
  scope: 'paragraph',
  description: 'An unnamed source (“officials said”, “a person familiar with the matter”, “sources tell”) and whether the story says why.',
  why: 'AP uses anonymous sources only when the information is vital and unobtainable on the record, and requires the story to say why the source was not named. Editors want to see each one.',
  defaultSeverity: 'information',
  fixable: false,
  check(paragraph) {
    if (!hasProse(paragraph)) return [];
    const voice = reporterVoice(paragraph);
    const sources = matchesIn(ANONYMOUS, voice).filter((match) => !NAMED_AFTER.test(voice.slice(match.end, match.end + 80)));
    // One source, one finding: "a senior official, who spoke on condition of anonymity, said…".
    const matches = sources.length > 0 ? sources : matchesIn(DISCLOSURE, voice);
    if (matches.length === 0) return [];
    // The reason usually sits in the same paragraph: "…, who spoke on condition of anonymity because…".
    const reasoned = REASON.test(voice);
    return matches.map(
      (match): Report => ({
        start: paragraph.start + match.start,
        end: paragraph.start + match.end,
        message: reasoned
          ? `Unnamed source (“${match.text}”); the reason for anonymity is given.`
          : `Unnamed source (“${match.text}”): say why the source was not named, or name them.`,
        ...(reasoned ? { severity: 'hint' as const } : {}),
        data: { reasonGiven: reasoned },
      }),
    );
  },
};
