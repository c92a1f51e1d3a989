import type { ParagraphRule, Report } from '../rule';
import type { HouseLists } from '../settings';
import { matchCase } from '../text/case';
import { replacement } from '../text/replacement';
import { reporterMatches } from '../text/reporter-voice';

interface HousePatterns {
  pattern: RegExp;
  /** Lowercased term → what to do with it. */
  terms: Map<string, { term: string; preferred?: string }>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const compiled = new Map<string, HousePatterns | undefined>();

/** One alternation for all house terms, longest first, matched as whole words. */
function housePatterns(house: HouseLists): HousePatterns | undefined {
  const key = JSON.stringify([house.substitutions, house.banned]);
  if (compiled.has(key)) return compiled.get(key);
  const terms = new Map<string, { term: string; preferred?: string }>();
  for (const term of house.banned) if (term.trim()) terms.set(term.trim().toLowerCase(), { term: term.trim() });
  for (const [term, preferred] of Object.entries(house.substitutions)) if (term.trim()) terms.set(term.trim().toLowerCase(), { term: term.trim(), preferred });
  const alternatives = [...terms.values()].map(({ term }) => term).sort((a, b) => b.length - a.length).map(escape);
  const patterns = alternatives.length
    ? { pattern: new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_]|-\\p{L})`, 'giu'), terms }
    : undefined;
  // Settings change rarely; a small bound keeps a long editing session from collecting stale lists.
  if (compiled.size > 20) compiled.clear();
  compiled.set(key, patterns);
  return patterns;
}

/**
 * Whether `written` is the house term as the house wrote it. A lowercase term ("e-mail") matches
 * any capitalisation; a term with capitals ("Kiev") matches that form or all capitals.
 */
function sameTerm(written: string, term: string): boolean {
  if (term === term.toLowerCase()) return true;
  return written === term || written === term.toUpperCase();
}

export const houseStyle: ParagraphRule = {
  id: 'house-style',
  scope: 'paragraph',
  description: 'The newsroom’s own word list: preferred spellings (`house.substitutions`) and banned words (`house.banned`).',
  why: 'Every desk keeps a list beyond the stylebook: place-name spellings (Kyiv, not Kiev), “email” not “e-mail”, words the paper never prints. Kept in `.copydesk.json`, the list applies to everyone’s copy alike.',
  defaultSeverity: 'warning',
  fixable: true,
  check(paragraph, { options }) {
    const house = housePatterns(options.house);
    if (!house) return [];
    const reports: Report[] = [];
    for (const match of reporterMatches(paragraph, house.pattern)) {
      const written = match[0];
      const entry = house.terms.get(written.toLowerCase());
      if (!entry || !sameTerm(written, entry.term)) continue;
      const end = match.index + written.length;
      if (entry.preferred === undefined) {
        reports.push({ start: paragraph.start + match.index, end: paragraph.start + end, message: `“${written}” is not used in house style: rephrase.` });
        continue;
      }
      // "E-mail" at a sentence start becomes "Email", "KIEV" in a headline "KYIV"; otherwise a
      // preferred form with its own capitals is kept as the house wrote it.
      const shouting = written.length > 1 && written === written.toUpperCase();
      const expected = shouting || entry.preferred === entry.preferred.toLowerCase() ? matchCase(written, entry.preferred) : entry.preferred;
      if (expected === written) continue;
      reports.push(replacement(paragraph, match.index, end, expected, `Unexpected “${written}”, expected “${expected}” (house style).`));
    }
    return reports;
  },
};
