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

    for (const rule of this.ruleSet) {
      const severity = settings.rules[rule.id] ?? rule.defaultSeverity;
      if (severity === 'off') continue;
      let reports: Report[];
      try {
        reports = rule.scope === 'paragraph' ? this.checkParagraphs(rule, context, optionsKey) : rule.check(context);
      } catch (error) {
        failures.push({ rule: rule.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
        continue;
      }
      for (const report of reports) {
        if (article.suppressions.isSuppressed(rule.id, report.start)) continue;
        findings.push({
          rule: rule.id,
          severity: settings.rules[rule.id] ? severity : (report.severity ?? severity),
          message: report.message,
          start: report.start,
          end: report.end,
          fixes: report.fixes ?? [],
          ...(report.data ? { data: report.data } : {}),
        });
      }
    }
    findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
    return { article, findings, failures, elapsedMs: performance.now() - began };
  }

  private checkParagraphs(rule: Extract<Rule, { scope: 'paragraph' }>, context: RuleContext, optionsKey: string): Report[] {
    const contextKey = rule.contextKey?.(context) ?? '';
    const key = this.intern(`${optionsKey}\u0000${contextKey}`);
    const memoKey = `reports\u0000${rule.id}`;
    const reports: Report[] = [];
    for (const paragraph of context.article.paragraphs) {
      // Kept on the paragraph's parsed body, reused while its text is unchanged: no text hashing.
      const memo = memoOf(paragraph);
      let cached = memo.get(memoKey) as CachedReports | undefined;
      if (!cached || cached.key !== key || cached.kind !== paragraph.kind || cached.depth !== paragraph.depth) {
        // Stored relative to the paragraph, so they stay valid when it moves.
        const relative = rule.check(paragraph, context, contextKey).map((report) => shift(report, -paragraph.start));
        cached = { key, kind: paragraph.kind, depth: paragraph.depth, relative };
        memo.set(memoKey, cached);
      }
      for (const report of cached.relative) reports.push(shift(report, paragraph.start));
    }
    return reports;
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

interface CachedReports {
  /** Options and context the reports were computed under (interned: compared by identity). */
  key: string;
  kind: Paragraph['kind'];
  depth: number | undefined;
  relative: Report[];
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
