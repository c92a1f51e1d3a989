import * as path from 'node:path';
import { window, workspace, type ExtensionContext, type OutputChannel } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DEFAULT_SETTINGS, StatusNotification, type StatusParams } from '../../server/src/shared/protocol';
import { documentationActions } from './documentation-actions';

/** Files and unsaved (untitled) drafts alike: writers lint before they save. */
export function selectorFor(languages: string[]): Array<{ scheme: string; language: string }> {
  return languages.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
}

export function configuredLanguages(): string[] {
  return workspace.getConfiguration('copydesk').get<string[]>('languages', DEFAULT_SETTINGS.languages);
}

/**
 * The language client, restartable: the document selector is fixed when a client starts, so a
 * change to `copydesk.languages` starts a new one rather than asking the writer to reload.
 */
export class CopydeskClient {
  client: LanguageClient | undefined;
  private readonly output: OutputChannel;

  constructor(
    private readonly context: ExtensionContext,
    private readonly onStatus: (status: StatusParams) => void,
  ) {
    this.output = window.createOutputChannel('Copydesk');
    context.subscriptions.push(this.output);
  }

  async start(): Promise<LanguageClient> {
    const module = this.context.asAbsolutePath(path.join('dist', 'server.js'));
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: selectorFor(configuredLanguages()),
      synchronize: { configurationSection: 'copydesk' },
      outputChannel: this.output,
      middleware: { provideCodeActions: documentationActions },
    };
    const client = new LanguageClient('copydesk', 'Copydesk', serverOptions, clientOptions);
    this.client = client;
    await client.start();
    client.onNotification(StatusNotification, this.onStatus);
    return client;
  }

  async restart(): Promise<LanguageClient> {
    await this.stop();
    return this.start();
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client?.isRunning()) await client.stop();
  }
}
