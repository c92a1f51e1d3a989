import * as path from 'node:path';
import { workspace, window, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DEFAULT_SETTINGS } from '../../server/src/shared/protocol';

let client: LanguageClient | undefined;

/** Starts the bundled Copydesk language server; returns the client so tests can await its state. */
export async function activate(context: ExtensionContext): Promise<LanguageClient> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const languages = workspace.getConfiguration('copydesk').get<string[]>('languages', DEFAULT_SETTINGS.languages);
  const outputChannel = window.createOutputChannel('Copydesk');
  const clientOptions: LanguageClientOptions = {
    // Files and unsaved (untitled) drafts alike: writers lint before they save.
    documentSelector: languages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: { configurationSection: 'copydesk' },
    outputChannel,
  };
  client = new LanguageClient('copydesk', 'Copydesk', serverOptions, clientOptions);
  context.subscriptions.push(outputChannel);
  await client.start();
  return client;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
