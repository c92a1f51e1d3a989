import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Connection } from 'vscode-languageserver';
import type { ParsedConfig } from '../engine/config';
import { LineIndex } from '../engine/text/line-index';
import { SOURCE } from './diagnostics';

/**
 * Problems in a `.copydesk.json`, shown on the file itself (the defaults apply meanwhile), sent
 * once per loaded version of each file.
 */
export class ConfigProblems {
  private readonly published = new Set<string>();

  constructor(private readonly connection: Connection) {}

  publish(config: ParsedConfig | undefined): void {
    if (!config || this.published.has(config.file)) return;
    this.published.add(config.file);
    let lines: LineIndex;
    try {
      lines = new LineIndex(readFileSync(config.file, 'utf8'));
    } catch {
      lines = new LineIndex('');
    }
    void this.connection.sendDiagnostics({
      uri: pathToFileURL(config.file).href,
      diagnostics: config.problems.map((problem) => ({
        range: lines.rangeOf(problem.start, problem.end),
        severity: DiagnosticSeverity.Error,
        source: SOURCE,
        message: `${problem.message} (the default applies instead)`,
      })),
    });
  }

  /** After a change on disk, each file's problems are sent again when it is next loaded. */
  forgetAll(): void {
    this.published.clear();
  }
}
