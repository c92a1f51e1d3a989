import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
} from 'vscode-languageserver/node';
import { FIX_ALL_KIND, fixAll, quickFixes } from './lsp/code-actions';
import { DocumentLinter, NOT_LINTED, type LintOutcome } from './lsp/document-linter';
import { DraftDocument } from './lsp/draft-document';
import { hoverAt } from './lsp/hover';
import { claimsResult, sourcesResult } from './lsp/article-requests';
import { SettingsCache } from './lsp/settings';
import { createServerConnection } from './lsp/stdio-connection';
import { ConfigProblems } from './lsp/config-problems';
import { CONFIG_FILE_NAME } from './engine/config';
import { ClaimsRequest, RelintNotification, SourcesRequest, StatusNotification, type CopydeskSettings, type StatusParams } from './shared/protocol';

const connection = createServerConnection();
const documents = new TextDocuments(DraftDocument);
const settings = new SettingsCache(connection, false);
const configProblems = new ConfigProblems(connection);
const linters = new Map<string, DocumentLinter>();
/** How long the status of a lint waits for the writer to stop typing. */
const STATUS_PAUSE_MS = 100;
/** Cancels the pending lint of each document. */
const pending = new Map<string, () => void>();
/** Cancels the status of each document's last lint, which waits for a pause in typing. */
const waitingStatus = new Map<string, () => void>();

// A bug in one request must not take the server down with the writer's diagnostics.
process.on('uncaughtException', (error) => connection.console.error(`Copydesk: ${error.stack ?? error}`));
process.on('unhandledRejection', (reason) => connection.console.error(`Copydesk: unhandled rejection ${String(reason)}`));

/** What the client lets the server register for (eglot 1.9 and Neovim 0.7: neither). */
const canRegister = { configuration: false, watchedFiles: false };
/** Whether the client shows a diagnostic's documentation link (VS Code does; eglot and Neovim 0.7 do not). */
let linkDocs = false;

connection.onInitialize(({ capabilities }) => {
  settings.setCanAskClient(Boolean(capabilities.workspace?.configuration));
  canRegister.configuration = Boolean(capabilities.workspace?.didChangeConfiguration?.dynamicRegistration);
  canRegister.watchedFiles = Boolean(capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
  linkDocs = Boolean(capabilities.textDocument?.publishDiagnostics?.codeDescriptionSupport);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      hoverProvider: true,
    },
    serverInfo: { name: 'copydesk' },
  };
});

connection.onInitialized(() => {
  if (canRegister.configuration) connection.client.register(DidChangeConfigurationNotification.type, { section: 'copydesk' }).catch(() => undefined);
  if (canRegister.watchedFiles) {
    connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] }).catch(() => undefined);
  }
});

/** New settings or a changed `.copydesk.json`: forget what was resolved and lint every open document again. */
function relintAll(): void {
  settings.forget();
  configProblems.forgetAll();
  for (const document of documents.all()) schedule(document, 0);
}
connection.onDidChangeConfiguration(({ settings: pushed }) => {
  settings.setPushed((pushed as { copydesk?: Partial<CopydeskSettings> } | null)?.copydesk);
  relintAll();
});
connection.onDidChangeWatchedFiles(relintAll);

connection.onNotification(RelintNotification, () => {
  linters.clear();
  relintAll();
});

// Opening also fires a content change; the open itself is linted whatever `lint.run` says.
const opening = new Set<string>();
documents.onDidOpen(({ document }) => {
  opening.add(document.uri);
  schedule(document, 0);
});
documents.onDidChangeContent(({ document }) => {
  if (!opening.delete(document.uri)) void onChange(document);
});
documents.onDidSave(({ document }) => void onSave(document));
documents.onDidClose(({ document }) => {
  pending.get(document.uri)?.();
  pending.delete(document.uri);
  // The client has forgotten a closed document's status.
  waitingStatus.get(document.uri)?.();
  linters.delete(document.uri);
  settings.forget(document.uri);
  void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

async function onChange(document: DraftDocument): Promise<void> {
  const { editor } = await settings.get(document.uri);
  if (editor.lint.run === 'onType') schedule(document, editor.lint.debounceMs);
}

async function onSave(document: DraftDocument): Promise<void> {
  const { editor } = await settings.get(document.uri);
  if (editor.lint.run === 'onSave') schedule(document, 0);
}

/** Lints after `delay` ms; a newer edit restarts the wait, so superseded runs never happen. */
function schedule(document: DraftDocument, delay: number): void {
  pending.get(document.uri)?.();
  const run = () => {
    pending.delete(document.uri);
    void lint(document.uri);
  };
  if (delay > 0) {
    const timer = setTimeout(run, delay);
    pending.set(document.uri, () => clearTimeout(timer));
  } else {
    const immediate = setImmediate(run);
    pending.set(document.uri, () => clearImmediate(immediate));
  }
}

/**
 * The lint result of the document as it is now: a lint still waiting out its debounce runs at once.
 * Nothing else is re-linted here, so a document that is not linted (off, too large) answers
 * `undefined` instead of linting again on every request (each lint notifies the views, which ask again).
 */
async function currentLint(uri: string) {
  const waiting = pending.get(uri);
  if (waiting) {
    waiting();
    pending.delete(uri);
    await lint(uri);
  }
  const last = linters.get(uri)?.last;
  return last && last.version === documents.get(uri)?.version ? last : undefined;
}

async function lint(uri: string): Promise<void> {
  const document = documents.get(uri);
  if (!document) return;
  const version = document.version;
  const current = await settings.get(uri);
  const { editor } = current;
  // The settings request yields to the event loop: drop this run if the text moved on meanwhile.
  if (documents.get(uri)?.version !== version) return;
  // A newer lint sends its own status: the last one's is dropped, and the article it counts let go.
  waitingStatus.get(uri)?.();
  configProblems.publish(current.config);
  if (!editor.enable || !editor.languages.includes(document.languageId)) {
    linters.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
    sendStatus({ uri, version, state: 'disabled', ...NOT_LINTED });
    return;
  }
  let linter = linters.get(uri);
  if (!linter) linters.set(uri, (linter = new DocumentLinter({ linkDocs })));
  try {
    const { linted, status } = linter.lint(document, current);
    for (const failure of linted?.result.failures ?? []) connection.console.error(`Copydesk rule ${failure.rule} failed and was skipped: ${failure.error}`);
    const diagnostics = linted ? linter.diagnostics.update(document, linted.result.findings) : [];
    const published = connection.sendDiagnostics({ uri, version, diagnostics });
    sendStatusWhenPaused(uri, version, status, published);
  } catch (error) {
    reportFailure(uri, version, error);
  }
}

/**
 * Sends a lint's status once its diagnostics are written and the writer pauses: the figures walk
 * the whole article, and a status bar need not change on every key. (A long republish leaves in
 * pieces as the client reads them, and figures computed meanwhile would hold the rest back.) The
 * next lint of the document cancels it, or is due and will send its own.
 */
function sendStatusWhenPaused(uri: string, version: number, status: LintOutcome['status'], published: Promise<void>): void {
  let timer: NodeJS.Timeout | undefined;
  let cancelled = false;
  const cancel = () => {
    cancelled = true;
    clearTimeout(timer);
    if (waitingStatus.get(uri) === cancel) waitingStatus.delete(uri);
  };
  const send = () => {
    cancel();
    if (pending.has(uri)) return;
    try {
      sendStatus({ uri, version, ...status() });
    } catch (error) {
      reportFailure(uri, version, error);
    }
  };
  waitingStatus.set(uri, cancel);
  void published.then(() => {
    if (!cancelled) timer = setTimeout(send, STATUS_PAUSE_MS);
  }, cancel);
}

function reportFailure(uri: string, version: number, error: unknown): void {
  connection.console.error(`Copydesk could not lint ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  sendStatus({ uri, version, state: 'failed', ...NOT_LINTED, message: 'Copydesk could not lint this document; see the Copydesk output.' });
}

function sendStatus(status: StatusParams): void {
  void connection.sendNotification(StatusNotification, status);
}

connection.onCodeAction(({ textDocument, context }) => {
  const linted = linters.get(textDocument.uri)?.last;
  const document = documents.get(textDocument.uri);
  if (!linted || !document || linted.version !== document.version) return [];
  const actions: CodeAction[] = [];
  const only = context.only;
  if (!only || only.some((kind) => kind.startsWith(CodeActionKind.QuickFix))) actions.push(...quickFixes(linted, context.diagnostics));
  if (only?.some((kind) => FIX_ALL_KIND.startsWith(kind) && kind !== '')) {
    const all = fixAll(linted);
    if (all) actions.push(all);
  }
  return actions;
});

connection.onHover(({ textDocument, position }) => {
  const linted = linters.get(textDocument.uri)?.last;
  if (!linted || linted.version !== documents.get(textDocument.uri)?.version) return null;
  return hoverAt(linted, position);
});

connection.onRequest(SourcesRequest, async ({ uri }: { uri: string }) => {
  const linted = await currentLint(uri);
  return linted ? sourcesResult(linted, (await settings.get(uri)).engine) : null;
});

connection.onRequest(ClaimsRequest, async ({ uri }: { uri: string }) => {
  const linted = await currentLint(uri);
  return linted ? claimsResult(linted, (await settings.get(uri)).engine) : null;
});

documents.listen(connection);
connection.listen();
