import { languages, LanguageStatusSeverity, window, type DocumentSelector, type Disposable, type LanguageStatusItem } from 'vscode';
import type { StatusParams } from '../../server/src/shared/protocol';

/**
 * The `{}` item beside the language mode: the active article's findings and figures, and the
 * server's state when it is not simply fine (slow, too large, failed), as vscode-eslint shows its own.
 */
export class ArticleStatus implements Disposable {
  private readonly item: LanguageStatusItem;
  private readonly byUri = new Map<string, StatusParams>();
  private readonly onEditorChange: Disposable;

  constructor(selector: DocumentSelector) {
    this.item = languages.createLanguageStatusItem('copydesk.status', selector);
    this.item.name = 'Copydesk';
    this.item.command = { title: 'Re-lint', command: 'copydesk.relint', tooltip: 'Lint the open documents again' };
    this.onEditorChange = window.onDidChangeActiveTextEditor(() => this.render());
    this.render();
  }

  /** What the item shows now, for tests. */
  get shown(): { text: string; detail?: string; severity: LanguageStatusSeverity } {
    return { text: this.item.text, detail: this.item.detail, severity: this.item.severity };
  }

  update(status: StatusParams): void {
    this.byUri.set(status.uri, status);
    this.render();
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  dispose(): void {
    this.onEditorChange.dispose();
    this.item.dispose();
  }

  private render(): void {
    const uri = window.activeTextEditor?.document.uri.toString();
    const status = uri ? this.byUri.get(uri) : undefined;
    this.item.busy = !status;
    if (!status) {
      this.item.text = 'Copydesk';
      this.item.detail = 'linting…';
      this.item.severity = LanguageStatusSeverity.Information;
      return;
    }
    this.item.text = textOf(status);
    this.item.detail = detailOf(status);
    this.item.severity = severityOf(status);
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function textOf(status: StatusParams): string {
  switch (status.state) {
    case 'disabled':
      return 'Copydesk: off';
    case 'tooLarge':
      return 'Copydesk: not linted';
    case 'failed':
      return 'Copydesk: failed';
    default:
      return `Copydesk: ${plural(status.findings, 'finding')}`;
  }
}

function detailOf(status: StatusParams): string {
  if (status.state === 'disabled') return 'disabled for this document';
  if (status.message && status.state !== 'slow') return status.message;
  const figures = `${plural(status.words, 'word')} · ${status.readingMinutes} min read · ${plural(status.quotations, 'quotation')} · ${plural(status.sources, 'source')}`;
  return status.state === 'slow' ? `${figures} · ${status.message}` : figures;
}

function severityOf(status: StatusParams): LanguageStatusSeverity {
  if (status.state === 'failed') return LanguageStatusSeverity.Error;
  if (status.state === 'slow' || status.state === 'tooLarge') return LanguageStatusSeverity.Warning;
  return LanguageStatusSeverity.Information;
}
