import { EventEmitter, window, type Disposable, type TextDocument, type TreeDataProvider, type TreeItem, type TreeView } from 'vscode';
import type { CopydeskClient } from './language-client';

/**
 * An Explorer view of the active article, asked of the server with `method` and refreshed when
 * the writer switches editors or the server finishes a lint of the article (each edit, debounced).
 * A hidden or collapsed view is only marked stale: the claims checklist of a long document costs
 * hundreds of milliseconds, too much to spend on every keystroke for a view nobody looks at.
 */
export abstract class ArticleView<Result, Node> implements TreeDataProvider<Node>, Disposable {
  protected result: Result | null = null;
  protected document: TextDocument | undefined;
  private readonly changed = new EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: TreeView<Node>;
  private readonly subscriptions: Disposable[];
  /** Answers to older requests are dropped: only the latest one may fill the view. */
  private generation = 0;
  private stale = true;

  constructor(
    id: string,
    private readonly method: string,
    private readonly copydesk: CopydeskClient,
    private readonly emptyMessage: string,
  ) {
    this.view = window.createTreeView(id, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions = [
      this.view,
      this.changed,
      window.onDidChangeActiveTextEditor(() => this.refreshIfSeen()),
      this.view.onDidChangeVisibility(({ visible }) => {
        if (visible && this.stale) void this.refresh();
      }),
    ];
    this.refreshIfSeen();
  }

  /** Called with each `copydesk/status`: the server has linted `uri` again. */
  linted(uri: string): void {
    if (window.activeTextEditor?.document.uri.toString() === uri) this.refreshIfSeen();
  }

  private refreshIfSeen(): void {
    if (this.view.visible) void this.refresh();
    else this.stale = true;
  }

  async refresh(): Promise<void> {
    this.stale = false;
    const generation = ++this.generation;
    const document = window.activeTextEditor?.document;
    const client = this.copydesk.client;
    let result: Result | null = null;
    if (document && client?.isRunning()) {
      result = await client.sendRequest<Result | null>(this.method, { uri: document.uri.toString() }).catch(() => null);
    }
    if (generation !== this.generation) return;
    this.document = result ? document : undefined;
    this.result = result;
    this.view.message = result ? this.messageFor(result) : this.emptyMessage;
    this.view.description = result ? this.descriptionFor(result) : undefined;
    this.changed.fire(undefined);
  }

  protected abstract messageFor(result: Result): string | undefined;
  protected abstract descriptionFor(result: Result): string | undefined;
  abstract getTreeItem(node: Node): TreeItem;
  abstract getChildren(node?: Node): Node[];

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
