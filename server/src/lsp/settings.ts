import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, type CopydeskSettings } from '../shared/protocol';
import type { PartialSettings } from '../engine/settings';

/**
 * Settings per document URI, asked of the client through `workspace/configuration` (so each
 * folder of a multi-root workspace has its own) and cached until the client says they changed.
 * Clients that cannot be asked (Neovim 0.7) push them instead in `workspace/didChangeConfiguration`.
 */
export class SettingsCache {
  private readonly byUri = new Map<string, Promise<CopydeskSettings>>();
  private pushed: CopydeskSettings = DEFAULT_SETTINGS;

  constructor(
    private readonly connection: Connection,
    private canAskClient: boolean,
  ) {}

  setCanAskClient(value: boolean): void {
    this.canAskClient = value;
  }

  get(uri: string): Promise<CopydeskSettings> {
    let settings = this.byUri.get(uri);
    if (!settings) {
      settings = this.fetch(uri);
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

export function engineSettings(settings: CopydeskSettings): PartialSettings {
  return { rules: settings.rules, options: { quoteStyle: settings.quoteStyle } };
}
