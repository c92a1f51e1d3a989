import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { findConfigFile, loadConfig, type ParsedConfig } from '../engine/config';
import type { PartialSettings } from '../engine/settings';
import { DEFAULT_SETTINGS, type CopydeskSettings } from '../shared/protocol';

/** A document's settings: the editor's, the `.copydesk.json` that applies, and the two merged for the engine. */
export interface ResolvedSettings {
  editor: CopydeskSettings;
  config?: ParsedConfig;
  engine: PartialSettings;
}

/**
 * Settings per document URI, asked of the client through `workspace/configuration` (so each
 * folder of a multi-root workspace has its own) and cached until the client or a watched
 * `.copydesk.json` says they changed. Never globals: vscode-eslint's lesson. Clients that cannot
 * be asked (Neovim 0.7) push them instead in `workspace/didChangeConfiguration`.
 */
export class SettingsCache {
  private readonly byUri = new Map<string, Promise<ResolvedSettings>>();
  private pushed: CopydeskSettings = DEFAULT_SETTINGS;

  constructor(
    private readonly connection: Connection,
    private canAskClient: boolean,
  ) {}

  setCanAskClient(value: boolean): void {
    this.canAskClient = value;
  }

  get(uri: string): Promise<ResolvedSettings> {
    let settings = this.byUri.get(uri);
    if (!settings) {
      settings = this.fetch(uri).then((editor) => resolveSettings(uri, editor));
      this.byUri.set(uri, settings);
    }
    return settings;
  }

  /** The `copydesk` section a client pushed; used only when the client cannot be asked. */
  setPushed(section: Partial<CopydeskSettings> | undefined): void {
    if (section && typeof section === 'object') this.pushed = mergeSettings(section);
  }

  forget(uri?: string): void {
    if (uri === undefined) this.byUri.clear();
    else this.byUri.delete(uri);
  }

  private async fetch(uri: string): Promise<CopydeskSettings> {
    if (!this.canAskClient) return this.pushed;
    try {
      const value = (await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'copydesk' })) as Partial<CopydeskSettings> | null;
      return mergeSettings(value ?? {});
    } catch {
      return DEFAULT_SETTINGS;
    }
  }
}

/** Client values over defaults; a client may send only some keys, or none. */
export function mergeSettings(value: Partial<CopydeskSettings>): CopydeskSettings {
  return {
    ...DEFAULT_SETTINGS,
    ...value,
    lint: { ...DEFAULT_SETTINGS.lint, ...value.lint },
    rules: { ...value.rules },
  };
}

function resolveSettings(uri: string, editor: CopydeskSettings): ResolvedSettings {
  const configFile = configFileFor(uri, editor.config);
  const config = configFile ? loadConfig(configFile) : undefined;
  return { editor, config, engine: engineSettings(editor, config?.settings) };
}

/** The configured file (relative to the document's folder), else the nearest one above a file on disk. */
function configFileFor(uri: string, configured: string): string | undefined {
  const folder = uri.startsWith('file:') ? dirname(fileURLToPath(uri)) : undefined;
  if (configured) return isAbsolute(configured) || !folder ? configured : resolve(folder, configured);
  return folder ? findConfigFile(folder) : undefined;
}

/**
 * The project's `.copydesk.json` states its house style deliberately, so its options win over the
 * editor's (which may be mere defaults); rule severities set in the editor win over the file's.
 */
export function engineSettings(editor: CopydeskSettings, config: PartialSettings = {}): PartialSettings {
  const { quoteStyle, punctuationStyle, creditFormat, percentStyle, headlineLength } = editor;
  return {
    rules: { ...config.rules, ...editor.rules },
    options: { quoteStyle, punctuationStyle, creditFormat, percentStyle, headlineLength, ...config.options },
  };
}
