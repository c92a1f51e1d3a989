import { commands, ConfigurationTarget, env, Range, Uri, window, workspace, type CodeAction, type Disposable } from 'vscode';
import { RelintNotification } from '../../server/src/shared/protocol';
import { SHOW_DOCUMENTATION } from './documentation-actions';
import { openConfig } from './open-config';
import type { CopydeskClient } from './language-client';

const FIX_ALL_KIND = 'source.fixAll.copydesk';

/** The palette commands; each is also reachable from a lightbulb or the status item. */
export function registerCommands(copydesk: CopydeskClient): Disposable[] {
  return [
    commands.registerCommand('copydesk.fixAll', fixAllInActiveEditor),
    commands.registerCommand('copydesk.relint', () => copydesk.client?.sendNotification(RelintNotification)),
    commands.registerCommand('copydesk.toggle', toggleForWorkspace),
    commands.registerCommand('copydesk.openConfig', (create?: boolean) => openConfig(create)),
    commands.registerCommand(SHOW_DOCUMENTATION, (href: string) => env.openExternal(Uri.parse(href))),
  ];
}

/** Applies the server's `source.fixAll.copydesk` action: the same edits as fix-on-save. */
async function fixAllInActiveEditor(): Promise<void> {
  const document = window.activeTextEditor?.document;
  if (!document) return;
  const whole = new Range(document.positionAt(0), document.positionAt(document.getText().length));
  const actions = await commands.executeCommand<CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, FIX_ALL_KIND);
  const fixAll = actions?.find((action) => action.kind?.value === FIX_ALL_KIND && action.edit);
  if (!fixAll?.edit) {
    void window.showInformationMessage('Copydesk: nothing to fix automatically.');
    return;
  }
  await workspace.applyEdit(fixAll.edit);
}

/** Flips `copydesk.enable` for the workspace, leaving user settings alone. */
async function toggleForWorkspace(): Promise<void> {
  const config = workspace.getConfiguration('copydesk');
  const enabled = config.get<boolean>('enable', true);
  const target = workspace.workspaceFolders ? ConfigurationTarget.Workspace : ConfigurationTarget.Global;
  await config.update('enable', !enabled, target);
  void window.showInformationMessage(`Copydesk is ${enabled ? 'off' : 'on'} for this ${target === ConfigurationTarget.Workspace ? 'workspace' : 'window'}.`);
}
