import { lint } from '../../server/src/engine/linter';
import { applyEdits, chooseFixEdits } from '../../server/src/engine/fixes';
import type { PartialSettings } from '../../server/src/engine/settings';
import type { Finding, Language } from '../../server/src/engine/types';

/** Findings of one rule on `text`. */
export function findings(rule: string, text: string, language: Language = 'plaintext', settings?: PartialSettings): Finding[] {
  return lint(text, language, settings).findings.filter((finding) => finding.rule === rule);
}

/** What the text says at each finding, for readable assertions. */
export function flagged(rule: string, text: string, language: Language = 'plaintext', settings?: PartialSettings): string[] {
  return findings(rule, text, language, settings).map((finding) => text.slice(finding.start, finding.end));
}

/** `text` after applying every fix of one rule (one pass, non-overlapping). */
export function fixed(rule: string, text: string, language: Language = 'plaintext', settings?: PartialSettings): string {
  return applyEdits(text, chooseFixEdits(findings(rule, text, language, settings), { fillIns: true }));
}
