import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

/** The project folder: tests run bundled from out/, at varying depths. */
export const ROOT = (function findRoot(dir: string): string {
  return existsSync(join(dir, 'package.json')) || dirname(dir) === dir ? dir : findRoot(dirname(dir));
})(__dirname);
const SERVER = join(ROOT, 'dist', 'server.js');

export interface TestServer {
  connection: ProtocolConnection;
  process: ChildProcess;
  stderr: () => string;
  /** Resolves with the next diagnostics for `uri` that satisfy `accept`. */
  diagnostics(uri: string, accept?: (params: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  /** Resolves with the next notification of `method` that satisfies `accept`. */
  notification<T>(method: string, accept?: (params: T) => boolean, timeoutMs?: number): Promise<T>;
  stop(): Promise<void>;
}

/**
 * Spawns the bundled server over stdio and speaks LSP to it, as an editor would. `configuration`
 * answers the server's `workspace/configuration` requests; without `canBeAsked` the client
 * declares no such capability, as Neovim 0.7 does. Like VS Code, the client shows diagnostics'
 * documentation links unless `showsDocLinks` is false, as in Neovim 0.7 and eglot.
 */
export async function startServer(configuration: () => unknown = () => ({ lint: { debounceMs: 0 } }), { canBeAsked = true, showsDocLinks = true } = {}): Promise<TestServer> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr!.on('data', (chunk) => (errors += chunk));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiters: Array<{ method: string; accept: (p: unknown) => boolean; resolve: (p: unknown) => void }> = [];

  // Every notification, whatever its method (the star handler ProtocolConnection's types omit).
  (connection as unknown as MessageConnection).onNotification((method: string, params: unknown) => {
    for (const waiter of [...waiters]) {
      if (waiter.method === method && waiter.accept(params)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => configuration()));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();

  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      workspace: canBeAsked ? { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } : {},
      textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: showsDocLinks } },
    },
  });
  await connection.sendNotification('initialized', {});

  function notification<T>(method: string, accept: (params: T) => boolean = () => true, timeoutMs = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching ${method} within ${timeoutMs} ms; stderr: ${errors}`)), timeoutMs);
      waiters.push({ method, accept: accept as (p: unknown) => boolean, resolve: (p) => (clearTimeout(timer), resolve(p as T)) });
    });
  }

  return {
    connection,
    notification,
    process: child,
    stderr: () => errors,
    diagnostics(uri, accept = () => true, timeoutMs) {
      return notification<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && accept(p), timeoutMs);
    },
    async stop() {
      if (child.exitCode === null) {
        await connection.sendRequest('shutdown').catch(() => undefined);
        await connection.sendNotification('exit').catch(() => undefined);
        await new Promise((resolve) => child.once('exit', resolve));
      }
      connection.dispose();
    },
  };
}
