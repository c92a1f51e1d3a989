import { MarkdownString, ThemeIcon, TreeItem, TreeItemCollapsibleState, type TextDocument } from 'vscode';
import { ClaimsRequest, type ClaimItem, type ClaimsResult } from '../../server/src/shared/protocol';
import { ArticleView } from './article-view';
import type { CopydeskClient } from './language-client';
import { excerpt, revealCommand } from './ranges';

/** The checklist's sections, in the order a fact-checker works through them (as the Markdown export). */
const SECTIONS: ReadonlyArray<[ClaimItem['kind'], string, string]> = [
  ['figure', 'Figures', 'symbol-number'],
  ['superlative', 'Records, firsts and superlatives', 'star-empty'],
  ['unnamed-source', 'Unnamed sources', 'eye-closed'],
  ['person', 'People and titles', 'person'],
  ['date', 'Dates', 'calendar'],
  ['quotation', 'Quotations', 'quote'],
];

type Node = { section: ClaimItem['kind']; title: string; icon: string; items: ClaimItem[] } | { item: ClaimItem };

/** Claims to check (Explorer): the fact-check checklist of the active article, grouped by kind. */
export class ClaimsView extends ArticleView<ClaimsResult, Node> {
  constructor(copydesk: CopydeskClient) {
    super('copydesk.claims', ClaimsRequest, copydesk, 'Open an article to list the claims to check.');
  }

  /** The checklist as Markdown and the article it is for, for the export command. */
  get checklist(): { markdown: string; article: TextDocument } | undefined {
    return this.result && this.document ? { markdown: this.result.markdown, article: this.document } : undefined;
  }

  protected messageFor(result: ClaimsResult): string | undefined {
    return result.items.length === 0 ? 'Nothing to check in this article.' : undefined;
  }

  protected descriptionFor(result: ClaimsResult): string {
    return `${result.items.length} to check`;
  }

  getChildren(node?: Node): Node[] {
    if (!this.result) return [];
    if (!node) {
      const items = this.result.items;
      return SECTIONS.map(([section, title, icon]) => ({ section, title, icon, items: items.filter((item) => item.kind === section) })).filter((group) => group.items.length > 0);
    }
    return 'section' in node ? node.items.map((item) => ({ item })) : [];
  }

  getTreeItem(node: Node): TreeItem {
    if ('section' in node) {
      const group = new TreeItem(node.title, TreeItemCollapsibleState.Expanded);
      group.description = String(node.items.length);
      group.iconPath = new ThemeIcon(node.icon);
      return group;
    }
    const { item } = node;
    const tree = new TreeItem(item.details.length > 0 ? item.details.join(', ') : excerpt(item.text, 40), TreeItemCollapsibleState.None);
    tree.description = `${sourcing(item)}${excerpt(item.text)}`;
    tree.tooltip = new MarkdownString().appendText(item.text);
    if (item.sourced === false) tree.iconPath = new ThemeIcon('warning');
    if (this.document) tree.command = revealCommand(this.document, item.range);
    return tree;
  }
}

function sourcing(item: ClaimItem): string {
  if (item.kind === 'quotation') return item.speaker ? '' : 'speaker not named · ';
  if (item.sourced === undefined) return '';
  return item.sourced ? '' : 'no source named · ';
}
