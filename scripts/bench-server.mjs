// Keystroke latency through the real bundled server over stdio, and its peak memory.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');
const { TextDocument } = require('vscode-languageserver-textdocument');

const EDITS = 50;

/** Peak resident memory (VmHWM) of a process, in MB. */
function peakRssMb(pid) {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

async function startServer() {
  const child = spawn(process.execPath, ['dist/server.js', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const key = `${params.uri}@${params.version}`;
    waiting.get(key)?.(params);
    waiting.delete(key);
  });
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({ lint: { debounceMs: 0 } })));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  await connection.sendNotification('initialized', {});
  const diagnosticsFor = (uri, version) => new Promise((resolve) => waiting.set(`${uri}@${version}`, resolve));
  const stop = async () => {
    await connection.sendRequest('shutdown').catch(() => undefined);
    await connection.sendNotification('exit').catch(() => undefined);
    await new Promise((resolve) => child.once('exit', resolve));
    connection.dispose();
  };
  return { connection, pid: child.pid, diagnosticsFor, stop };
}

/** Where the writer types: the end of a word, at 50 places spread evenly over the document. */
function typingOffsets(text) {
  const offsets = [];
  for (let i = 0; i < EDITS; i++) {
    let at = Math.floor(((i + 0.5) * text.length) / EDITS);
    while (at < text.length && /[\p{L}]/u.test(text[at])) at++;
    offsets.push(at);
  }
  return offsets;
}

/**
 * Opens each document in a fresh server, then types: each edit inserts one letter (an `s` at the
 * end of a word) and the clock runs until diagnostics for that version arrive. Three passes of 50
 * edits, each from the end of the text back: the first is what a writer meets right after the
 * server starts, on code V8 has not optimized yet; the second is not timed; the third is what the
 * same writer meets after a hundred keystrokes.
 */
export async function measureServer(doc) {
  const server = await startServer();
  const uri = `file:///bench/${doc.format}-${doc.size}.${doc.format === 'markdown' ? 'md' : 'txt'}`;
  let document = TextDocument.create(uri, doc.format, 1, doc.text);
  const opened = server.diagnosticsFor(uri, 1);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: doc.format, version: 1, text: doc.text } });
  await opened;
  const typePass = async () => {
    const latencies = [];
    // Later offsets first, so each insertion leaves the earlier planned offsets valid.
    for (const offset of typingOffsets(document.getText()).reverse()) {
      const version = document.version + 1;
      const position = document.positionAt(offset);
      const change = { range: { start: position, end: position }, text: 's' };
      document = TextDocument.update(document, [change], version);
      const answered = server.diagnosticsFor(uri, version);
      const began = performance.now();
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      await answered;
      latencies.push(performance.now() - began);
    }
    return latencies;
  };
  const latencies = await typePass();
  await typePass();
  const steadyLatencies = await typePass();
  const rssMb = peakRssMb(server.pid);
  await server.stop();
  return { latencies, steadyLatencies, rssMb };
}
