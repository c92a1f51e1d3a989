import { format } from 'node:util';
import {
  createConnection,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';
import { ReusedBufferJsonEncoder } from './json-encoder';

/** The connection on `--stdio` (Neovim, Emacs, Helix), or on the transport the arguments name (VS Code: IPC). */
export function createServerConnection() {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  const reader = new StreamMessageReader(process.stdin);
  const writer = new StreamMessageWriter(process.stdout, { contentTypeEncoder: new ReusedBufferJsonEncoder() });
  const connection = createConnection(ProposedFeatures.all, reader, writer);
  let shutDown = false;
  connection.onShutdown(() => {
    shutDown = true;
  });
  // What the library does when it opens stdio itself: the editor closed the pipe, so stop;
  // and console output, which would corrupt the protocol on stdout, goes to the editor's log.
  reader.onClose(() => process.exit(shutDown ? 0 : 1));
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(format(...args));
  return connection;
}
