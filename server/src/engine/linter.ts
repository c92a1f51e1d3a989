import type { Article } from './model/article';
import { buildArticle, type BlockCache } from './model/build';
import { GenerationCache } from './model/cache';
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
  private readonly blocks: BlockCache = new GenerationCache();
  private readonly reports = new GenerationCache<Report[]>();

  constructor(private readonly ruleSet: readonly Rule[] = allRules) {}

  lint(text: string, language: Language, partial?: PartialSettings): LintResult {
    const began = performance.now();
    const settings = resolveSettings(partial);
    const article = buildArticle(text, language, this.blocks);
    const context: RuleContext = { article, options: settings.options };
    const optionsKey = JSON.stringify(settings.options);
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
    this.blocks.nextGeneration();
    this.reports.nextGeneration();
    findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
    return { article, findings, failures, elapsedMs: performance.now() - began };
  }

  private checkParagraphs(rule: Extract<Rule, { scope: 'paragraph' }>, context: RuleContext, optionsKey: string): Report[] {
    const contextKey = rule.contextKey?.(context) ?? '';
    const reports: Report[] = [];
    for (const paragraph of context.article.paragraphs) {
      const key = `${rule.id}\u0000${optionsKey}\u0000${contextKey}\u0000${paragraph.kind}\u0000${paragraph.text}`;
      // Cached reports are stored relative to the paragraph, so they stay valid when it moves.
      const relative = this.reports.get(key, () => rule.check(paragraph, context, contextKey).map((report) => shift(report, -paragraph.start)));
      for (const report of relative) reports.push(shift(report, paragraph.start));
    }
    return reports;
  }
}

function shift(report: Report, by: number): Report {
  const moveEdit = (edit: TextEdit): TextEdit => ({ ...edit, start: edit.start + by, end: edit.end + by });
  return {
    ...report,
    start: report.start + by,
    end: report.end + by,
    fixes: report.fixes?.map((fix) => ({ ...fix, edits: fix.edits.map(moveEdit) })),
  };
}

/** Lints once, without keeping caches: for one-off callers such as the CLI and tests. */
export function lint(text: string, language: Language, settings?: PartialSettings): LintResult {
  return new Linter().lint(text, language, settings);
}
