import { commands, workspace, type ExtensionContext, type Uri } from 'vscode';
import { ClaimsView } from './claims-view';
import { registerCommands } from './commands';
import { exportClaims } from './export-claims';
import { configuredLanguages, CopydeskClient, selectorFor } from './language-client';
import { SourcesView } from './sources-view';
import { ArticleStatus } from './status';

let copydesk: CopydeskClient | undefined;

/** The extension's API: the client, the status item and the views, so tests can await their state (as vscode-remark does). */
export interface CopydeskApi {
  readonly client: CopydeskClient;
  readonly status: ArticleStatus;
  readonly sources: SourcesView;
  readonly claims: ClaimsView;
}

export async function activate(context: ExtensionContext): Promise<CopydeskApi> {
  let status = new ArticleStatus(selectorFor(configuredLanguages()));
  const client = new CopydeskClient(context, (params) => {
    status.update(params);
    sources.linted(params.uri);
    claims.linted(params.uri);
  });
  copydesk = client;
  const sources = new SourcesView(client);
  const claims = new ClaimsView(client);
  context.subscriptions.push(
    { dispose: () => status.dispose() },
    sources,
    claims,
    ...registerCommands(client),
    commands.registerCommand('copydesk.exportClaims', (target?: Uri) => exportClaims(claims, target)),
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
    sources,
    claims,
    get status() {
      return status;
    },
  };
}

export async function deactivate(): Promise<void> {
  await copydesk?.stop();
}
