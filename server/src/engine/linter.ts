// Before any pattern runs: see the module.
import './text/native-regexps';
import type { Article, Paragraph } from './model/article';
import { BlockCache } from './model/block-cache';
import { buildArticle } from './model/build';
import type { DocumentText } from './model/document-text';
import { memoOf, samePlace } from './model/summaries';
import type { ParagraphRule, Report, Rule, RuleContext } from './rule';
import { rules as allRules } from './rules';
import { resolveSettings, type PartialSettings } from './settings';
import type { Finding, Language, Severity, TextEdit } from './types';

export interface RuleFailure {
  rule: string;
  error: string;
}

export interface LintResult {
  article: Article;
  findings: Finding[];
  /** Rules that threw: they were skipped, the rest ran. */
  failures: RuleFailure[];
  elapsedMs: number;
}

/**
 * Lints documents, remembering per-block parses and per-paragraph rule results between runs, so
 * that re-linting after an edit only analyses the paragraphs that changed. Keep one per document.
 */
export class Linter {
  /** Parsed blocks of the document; one cache serves one language. */
  private blocks = new BlockCache();
  private blocksLanguage?: Language;
  /** Keys seen in the previous run, so unchanged keys compare by identity, not character by character. */
  private readonly keys = new Map<string, string>();
  /** The last run's paragraph findings, for the paragraphs an edit left in place: all those before it. */
  private lastRun?: ParagraphRun;

  constructor(private readonly ruleSet: readonly Rule[] = allRules) {}

  /** `text` may be a `DocumentText` the caller keeps editing, so unchanged blocks are found without comparing them. */
  lint(text: string | DocumentText, language: Language, partial?: PartialSettings): LintResult {
    const began = performance.now();
    const settings = resolveSettings(partial);
    if (language !== this.blocksLanguage) {
      this.blocks = new BlockCache();
      this.blocksLanguage = language;
    }
    const article = buildArticle(text, language, this.blocks);
    const context: RuleContext = { article, options: settings.options };
    const failures: RuleFailure[] = [];
    const enabled: EnabledRule[] = [];
    this.ruleSet.forEach((rule, index) => {
      const severity = settings.rules[rule.id] ?? rule.defaultSeverity;
      if (severity !== 'off') enabled.push({ rule, index, severity, forced: settings.rules[rule.id] !== undefined });
    });

    const findings = this.checkParagraphs(enabled, context, this.intern(JSON.stringify(settings)), failures);
    for (const { rule, severity, forced } of enabled) {
      if (rule.scope !== 'article') continue;
      try {
        for (const report of rule.check(context)) findings.push(toFinding(rule.id, report, severity, forced));
      } catch (error) {
        failures.push(failureOf(rule, error));
      }
    }
    const failed = new Set(failures.map((failure) => failure.rule));
    const kept = failed.size > 0 || article.suppressions.any ? findings.filter((finding) => !failed.has(finding.rule) && !article.suppressions.isSuppressed(finding.rule, finding.start)) : findings;
    // Mostly in order already (paragraph by paragraph), which the sort detects.
    kept.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
    return { article, findings: withoutMoot(kept), failures, elapsedMs: performance.now() - began };
  }

  /**
   * Findings of the paragraph rules, paragraph by paragraph. Each paragraph keeps, on its parsed
   * body, each rule's reports (relative to the paragraph, valid while the options and the rule's
   * context key are unchanged) and its findings placed at its last position, so a paragraph the
   * edit neither touched nor moved costs a few comparisons; those before the edit are not visited.
   */
  private checkParagraphs(enabled: EnabledRule[], context: RuleContext, settingsKey: string, failures: RuleFailure[]): Finding[] {
    const optionsKey = this.intern(JSON.stringify(context.options));
    const rules: KeyedRule[] = [];
    for (const entry of enabled) {
      if (entry.rule.scope !== 'paragraph') continue;
      try {
        const contextKey = entry.rule.contextKey?.(context) ?? '';
        rules.push({ ...entry, contextKey, optionsKey, key: this.intern(`${optionsKey}\u0000${contextKey}`) });
      } catch (error) {
        failures.push(failureOf(entry.rule, error));
      }
    }
    // Everything a paragraph's findings depend on besides its text, kind and depth.
    const runKey = this.intern(`${settingsKey}\u0000${rules.map(({ rule, contextKey }) => `${rule.id}=${contextKey}`).join('\u0000')}`);
    const failed = new Set<Rule>();
    const run: ParagraphPass = { rules, context, runKey, settingsKey, failed, failures };
    const { paragraphs } = context.article;
    // The paragraphs before the edit are where they were, and their findings the last run's first
    // ones: taken in one copy, not paragraph by paragraph.
    const last = this.lastRun?.runKey === runKey ? this.lastRun : undefined;
    let same = 0;
    if (last) while (same < paragraphs.length && samePlace(paragraphs[same], last.paragraphs[same])) same++;
    const findings = last && same > 0 ? last.findings.slice(0, last.ends[same - 1]) : [];
    const ends = last && same > 0 ? last.ends.slice(0, same) : [];
    for (let at = same; at < paragraphs.length; at++) {
      for (const finding of this.placedFindings(paragraphs[at], run)) findings.push(finding);
      ends.push(findings.length);
    }
    // A run some rule failed in is not reused: its paragraphs are checked again next time.
    this.lastRun = failed.size === 0 && failures.length === 0 ? { runKey, paragraphs, findings: findings.slice(), ends } : undefined;
    return findings;
  }

  /**
   * The paragraph's findings where it now stands. (A method, not the loop's body: V8 optimizes it
   * while the open lints every paragraph, where code inside a loop that keystrokes enter later
   * would first run as it was compiled for the open, and fall back to the interpreter.)
   */
  private placedFindings(paragraph: Paragraph, { rules, context, runKey, settingsKey, failed, failures }: ParagraphPass): Finding[] {
    const slot = this.slotOf(paragraph);
    const { start, kind, depth } = paragraph;
    let changed = slot.settingsKey !== settingsKey;
    // Most paragraphs: nothing they depend on changed, so no rule's cache needs a look.
    if (slot.runKey !== runKey || slot.kind !== kind || slot.depth !== depth) {
      if (this.checkParagraph(paragraph, slot, rules, context, failed, failures)) changed = true;
      // A paragraph some rule failed on is checked again next time.
      slot.runKey = failed.size === 0 ? runKey : '';
      slot.kind = kind;
      slot.depth = depth;
    }
    if (changed) {
      slot.settingsKey = settingsKey;
      slot.relative = [];
      for (const { rule, index, severity, forced } of rules) {
        for (const report of slot.reports[index]?.relative ?? []) slot.relative.push(toFinding(rule.id, report, severity, forced));
      }
      slot.placedAt = 0;
      slot.placed = slot.relative;
    }
    // An edit moves only the paragraphs after it: the others reuse their placed findings.
    if (slot.placedAt !== start && slot.relative.length > 0) {
      slot.placed = slot.relative.map((finding) => shift(finding, start));
      slot.placedAt = start;
    }
    return slot.placed;
  }

  /** Runs the rules whose cached reports for `paragraph` are stale; whether any were. */
  private checkParagraph(paragraph: Paragraph, slot: ParagraphSlot, rules: KeyedRule[], context: RuleContext, failed: Set<Rule>, failures: RuleFailure[]): boolean {
    const { start, kind, depth } = paragraph;
    let stale = false;
    for (const { rule, index, key, optionsKey, contextKey } of rules) {
      const cached = slot.reports[index];
      if (cached && cached.kind === kind && cached.depth === depth) {
        if (cached.key === key) continue;
        if (cached.optionsKey === optionsKey && samePart(rule as ParagraphRule, cached, paragraph, context)) {
          cached.key = key;
          continue;
        }
      }
      stale = true;
      slot.reports[index] = undefined;
      if (failed.has(rule)) continue;
      try {
        // Stored relative to the paragraph, so they stay valid when it moves.
        const relative = (rule as ParagraphRule).check(paragraph, context, contextKey).map((report) => shift(report, -start));
        slot.reports[index] = { key, optionsKey, part: (rule as ParagraphRule).contextOf?.(paragraph, context), kind, depth, relative };
      } catch (error) {
        failed.add(rule);
        failures.push(failureOf(rule, error));
      }
    }
    return stale;
  }

  /**
   * The paragraph's cache, one report slot per rule of this linter, kept on its parsed body:
   * reused while the paragraph's text is unchanged, found without hashing that text.
   */
  private slotOf(paragraph: Paragraph): ParagraphSlot {
    const memo = memoOf(paragraph);
    let slot = memo.get('findings') as ParagraphSlot | undefined;
    if (slot?.ruleSet !== this.ruleSet) {
      slot = { ruleSet: this.ruleSet, runKey: '', kind: paragraph.kind, depth: paragraph.depth, reports: [], settingsKey: '', relative: [], placedAt: 0, placed: [] };
      memo.set('findings', slot);
    }
    return slot;
  }

  private intern(key: string): string {
    let kept = this.keys.get(key);
    if (kept === undefined) {
      // Options rarely change; a handful of keys per rule is all a session sees.
      if (this.keys.size > 1000) this.keys.clear();
      this.keys.set(key, (kept = key));
    }
    return kept;
  }
}

interface EnabledRule {
  rule: Rule;
  /** Position in the linter's rule set, which indexes each paragraph's report slots. */
  index: number;
  severity: Severity;
  /** The severity is set by the user, so it overrides a report's own. */
  forced: boolean;
}

/** A paragraph rule with its cache key for this run: the options and its context key. */
interface KeyedRule extends EnabledRule {
  key: string;
  optionsKey: string;
  contextKey: string;
}

/** What every paragraph of one `checkParagraphs` run is checked with. */
interface ParagraphPass {
  rules: KeyedRule[];
  context: RuleContext;
  runKey: string;
  settingsKey: string;
  /** Rules that threw in this run, and what they threw. */
  failed: Set<Rule>;
  failures: RuleFailure[];
}

/** What `checkParagraphs` made in a run: its findings, and how many of them the paragraphs up to each one made. */
interface ParagraphRun {
  /** Names the settings too. */
  runKey: string;
  paragraphs: Paragraph[];
  findings: Finding[];
  ends: number[];
}

interface CachedReports {
  /** Options and context the reports were computed under (interned: compared by identity). */
  key: string;
  /** The options alone, and the part of the context the paragraph's check read (`ParagraphRule.contextOf`). */
  optionsKey: string;
  part: string | undefined;
  kind: Paragraph['kind'];
  depth: number | undefined;
  relative: Report[];
}

interface ParagraphSlot {
  ruleSet: readonly Rule[];
  /** The run key, kind and depth every rule's reports were last checked under. */
  runKey: string;
  kind: Paragraph['kind'];
  depth: number | undefined;
  reports: Array<CachedReports | undefined>;
  /** The settings (options and severities) `relative` was made under. */
  settingsKey: string;
  /** Every rule's findings for the paragraph, relative to it. */
  relative: Finding[];
  /** The findings at `placedAt`, the paragraph's start when they were last used. */
  placedAt: number;
  placed: Finding[];
}

/**
 * Whether the part of the context a paragraph's check read is unchanged, though the context key
 * is not. A part that cannot be read is not: the paragraph is checked again, and the check reports.
 */
function samePart(rule: ParagraphRule, cached: CachedReports, paragraph: Paragraph, context: RuleContext): boolean {
  if (!rule.contextOf || cached.part === undefined) return false;
  try {
    return rule.contextOf(paragraph, context) === cached.part;
  } catch {
    return false;
  }
}

function toFinding(rule: string, report: Report, severity: Severity, forced: boolean): Finding {
  const finding: Finding = {
    rule,
    severity: forced ? severity : (report.severity ?? severity),
    message: report.message,
    start: report.start,
    end: report.end,
    fixes: report.fixes ?? [],
  };
  if (report.data) finding.data = report.data;
  return finding;
}

/**
 * The findings less those inside text another rule's fix deletes: "Updated 6:45 PM EST", a line
 * left over from a web page, has no time to restyle. One line draws one finding, and fixing all
 * makes no overlapping edits.
 */
function withoutMoot(findings: Finding[]): Finding[] {
  const deleted: Array<{ rule: string; start: number; end: number }> = [];
  for (const { rule, fixes } of findings) {
    if (fixes.length !== 1) continue;
    for (const edit of fixes[0].edits) if (edit.newText === '' && edit.end > edit.start) deleted.push({ rule, start: edit.start, end: edit.end });
  }
  if (deleted.length === 0) return findings;
  deleted.sort((a, b) => a.start - b.start);
  // One sweep, findings and deletions both by start: only deletions begun and not yet ended can hold a finding.
  let next = 0;
  let open: typeof deleted = [];
  const moot = new Set<Finding>();
  for (const finding of findings) {
    while (next < deleted.length && deleted[next].start <= finding.start) open.push(deleted[next++]);
    if (open.length === 0) continue;
    open = open.filter((range) => range.end >= finding.start);
    if (open.some((range) => range.rule !== finding.rule && finding.end <= range.end)) moot.add(finding);
  }
  return moot.size === 0 ? findings : findings.filter((finding) => !moot.has(finding));
}

function failureOf(rule: Rule, error: unknown): RuleFailure {
  return { rule: rule.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

/** `item` moved by `by` characters. (Object.assign, not spreads: this runs for every finding after an edit.) */
function shift<T extends Report | Finding>(item: T, by: number): T {
  const moveEdit = (edit: TextEdit): TextEdit => Object.assign({}, edit, { start: edit.start + by, end: edit.end + by });
  return Object.assign({}, item, {
    start: item.start + by,
    end: item.end + by,
    fixes: item.fixes?.map((fix) => Object.assign({}, fix, { edits: fix.edits.map(moveEdit) })),
  });
}

/** Lints once, without keeping caches: for one-off callers such as the CLI and tests. */
export function lint(text: string, language: Language, settings?: PartialSettings): LintResult {
  return new Linter().lint(text, language, settings);
}
