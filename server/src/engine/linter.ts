import type { Article, Paragraph } from './model/article';
import { BlockCache } from './model/block-cache';
import { buildArticle } from './model/build';
import { memoOf } from './model/summaries';
import type { Report, Rule, RuleContext } from './rule';
import { rules as allRules } from './rules';
import { resolveSettings, type PartialSettings } from './settings';
import type { Finding, Language, TextEdit } from './types';

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

  constructor(private readonly ruleSet: readonly Rule[] = allRules) {}

  lint(text: string, language: Language, partial?: PartialSettings): LintResult {
    const began = performance.now();
    const settings = resolveSettings(partial);
    if (language !== this.blocksLanguage) {
      this.blocks = new BlockCache();
      this.blocksLanguage = language;
    }
    const article = buildArticle(text, language, this.blocks);
    const context: RuleContext = { article, options: settings.options };
    const optionsKey = this.intern(JSON.stringify(settings.options));
    const findings: Finding[] = [];
    const failures: RuleFailure[] = [];
    const slots = article.paragraphs.map((paragraph) => this.slotsOf(paragraph));

    this.ruleSet.forEach((rule, ruleIndex) => {
      const severity = settings.rules[rule.id] ?? rule.defaultSeverity;
      if (severity === 'off') return;
      let reports: Report[];
      try {
        reports = rule.scope === 'paragraph' ? this.checkParagraphs(rule, context, optionsKey, slots, ruleIndex) : rule.check(context);
      } catch (error) {
        failures.push({ rule: rule.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
        return;
      }
      for (const report of reports) {
        if (article.suppressions.isSuppressed(rule.id, report.start)) continue;
        const finding: Finding = {
          rule: rule.id,
          severity: settings.rules[rule.id] ? severity : (report.severity ?? severity),
          message: report.message,
          start: report.start,
          end: report.end,
          fixes: report.fixes ?? [],
        };
        if (report.data) finding.data = report.data;
        findings.push(finding);
      }
    });
    findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
    return { article, findings, failures, elapsedMs: performance.now() - began };
  }

  private checkParagraphs(rule: Extract<Rule, { scope: 'paragraph' }>, context: RuleContext, optionsKey: string, slots: ParagraphSlots[], ruleIndex: number): Report[] {
    const contextKey = rule.contextKey?.(context) ?? '';
    const key = this.intern(`${optionsKey}\u0000${contextKey}`);
    const reports: Report[] = [];
    for (const { paragraph, start, kind, depth, reports: cache } of slots) {
      let cached = cache[ruleIndex];
      if (!cached || cached.key !== key || cached.kind !== kind || cached.depth !== depth) {
        // Stored relative to the paragraph, so they stay valid when it moves.
        const relative = rule.check(paragraph, context, contextKey).map((report) => shift(report, -start));
        cached = cache[ruleIndex] = { key, kind, depth, relative, placedAt: 0, placed: relative };
      }
      // An edit moves only the paragraphs after it: the others reuse their placed reports.
      if (cached.placedAt !== start && cached.relative.length > 0) {
        cached.placed = cached.relative.map((report) => shift(report, start));
        cached.placedAt = start;
      }
      for (const report of cached.placed) reports.push(report);
    }
    return reports;
  }

  /**
   * The paragraph's cached reports, one slot per rule of this linter, kept on its parsed body:
   * reused while the paragraph's text is unchanged, found without hashing that text. The
   * paragraph's place is read once here rather than once per rule (paragraph objects come in
   * many shapes, so each property read is slow).
   */
  private slotsOf(paragraph: Paragraph): ParagraphSlots {
    const memo = memoOf(paragraph);
    let kept = memo.get('reports') as { ruleSet: readonly Rule[]; reports: CachedReports[] } | undefined;
    if (kept?.ruleSet !== this.ruleSet) memo.set('reports', (kept = { ruleSet: this.ruleSet, reports: [] }));
    return { paragraph, start: paragraph.start, kind: paragraph.kind, depth: paragraph.depth, reports: kept.reports };
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

interface ParagraphSlots {
  paragraph: Paragraph;
  start: number;
  kind: Paragraph['kind'];
  depth: number | undefined;
  reports: CachedReports[];
}

interface CachedReports {
  /** Options and context the reports were computed under (interned: compared by identity). */
  key: string;
  kind: Paragraph['kind'];
  depth: number | undefined;
  relative: Report[];
  /** The reports at `placedAt`, the paragraph's start when they were last used. */
  placedAt: number;
  placed: Report[];
}

/** `report` moved by `by` characters. (Object.assign, not spreads: this runs for every finding on every keystroke.) */
function shift(report: Report, by: number): Report {
  const moveEdit = (edit: TextEdit): TextEdit => Object.assign({}, edit, { start: edit.start + by, end: edit.end + by });
  return Object.assign({}, report, {
    start: report.start + by,
    end: report.end + by,
    fixes: report.fixes?.map((fix) => Object.assign({}, fix, { edits: fix.edits.map(moveEdit) })),
  });
}

/** Lints once, without keeping caches: for one-off callers such as the CLI and tests. */
export function lint(text: string, language: Language, settings?: PartialSettings): LintResult {
  return new Linter().lint(text, language, settings);
}
