import { MarkdownString, ThemeIcon, TreeItem, TreeItemCollapsibleState } from 'vscode';
import { SourcesRequest, type SourceQuotationItem, type SourcesResult } from '../../server/src/shared/protocol';
import { ArticleView } from './article-view';
import type { CopydeskClient } from './language-client';
import { excerpt, revealCommand } from './ranges';

type Node = { speaker: string; description?: string; quotations: SourceQuotationItem[]; named: boolean } | { quotation: SourceQuotationItem };

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Sources (Explorer): the article's speakers, each with a count and their quotations; a click jumps to the quote. */
export class SourcesView extends ArticleView<SourcesResult, Node> {
  constructor(copydesk: CopydeskClient) {
    super('copydesk.sources', SourcesRequest, copydesk, 'Open an article to see who is quoted in it.');
  }

  protected messageFor(result: SourcesResult): string | undefined {
    return result.speakers.length === 0 && result.unattributed.length === 0 ? 'No one is quoted in this article.' : undefined;
  }

  protected descriptionFor(result: SourcesResult): string {
    return plural(result.speakers.length, 'source');
  }

  getChildren(node?: Node): Node[] {
    if (!this.result) return [];
    if (!node) {
      const speakers: Node[] = this.result.speakers.map((speaker) => ({ speaker: speaker.name, description: speaker.description, quotations: speaker.quotations, named: true }));
      if (this.result.unattributed.length > 0) speakers.push({ speaker: 'No speaker named', quotations: this.result.unattributed, named: false });
      return speakers;
    }
    return 'speaker' in node ? node.quotations.map((quotation) => ({ quotation })) : [];
  }

  getTreeItem(node: Node): TreeItem {
    if ('speaker' in node) {
      const item = new TreeItem(node.speaker, TreeItemCollapsibleState.Expanded);
      item.description = [node.description, plural(node.quotations.length, 'quotation')].filter(Boolean).join(' · ');
      item.iconPath = new ThemeIcon(node.named ? 'person' : 'warning');
      item.contextValue = node.named ? 'speaker' : 'unattributed';
      return item;
    }
    const { quotation } = node;
    const item = new TreeItem(excerpt(quotation.text), TreeItemCollapsibleState.None);
    item.iconPath = new ThemeIcon('quote');
    item.tooltip = new MarkdownString().appendText(quotation.text).appendMarkdown(`\n\n*${quotation.kind === 'partial' ? 'partial quotation' : 'quoted speech'}*`);
    if (this.document) item.command = revealCommand(this.document, quotation.range);
    return item;
  }
}
