import { workspace, type ExtensionContext } from 'vscode';
import { registerCommands } from './commands';
import { configuredLanguages, CopydeskClient, selectorFor } from './language-client';
import { ArticleStatus } from './status';

let copydesk: CopydeskClient | undefined;

/** The extension's API: the client and the status item, so tests can await their state (as vscode-remark does). */
export interface CopydeskApi {
  readonly client: CopydeskClient;
  readonly status: ArticleStatus;
}

export async function activate(context: ExtensionContext): Promise<CopydeskApi> {
  let status = new ArticleStatus(selectorFor(configuredLanguages()));
  copydesk = new CopydeskClient(context, (params) => status.update(params));
  const client = copydesk;
  context.subscriptions.push(
    { dispose: () => status.dispose() },
    ...registerCommands(client),
    workspace.onDidCloseTextDocument((document) => status.forget(document.uri.toString())),
    workspace.onDidChangeConfiguration(async (change) => {
      if (!change.affectsConfiguration('copydesk.languages')) return;
      status.dispose();
      status = new ArticleStatus(selectorFor(configuredLanguages()));
      await client.restart();
    }),
  );
  await client.start();
  return {
    client,
    get status() {
      return status;
    },
  };
}

export async function deactivate(): Promise<void> {
  await copydesk?.stop();
}
