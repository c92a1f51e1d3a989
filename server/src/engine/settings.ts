import type { SeveritySetting } from './types';

/** Options rules read; every field has a default so settings may be partial. */
export interface RuleOptions {
  /** Quotation-mark style: follow the document's dominant style, or force one. */
  quoteStyle: 'auto' | 'smart' | 'straight';
}

export interface Settings {
  /** Per-rule severity overrides; `off` disables the rule. */
  rules: Record<string, SeveritySetting>;
  options: RuleOptions;
}

export const DEFAULT_OPTIONS: RuleOptions = {
  quoteStyle: 'auto',
};

export interface PartialSettings {
  rules?: Record<string, SeveritySetting>;
  options?: Partial<RuleOptions>;
}

export function resolveSettings(partial: PartialSettings = {}): Settings {
  return { rules: { ...partial.rules }, options: { ...DEFAULT_OPTIONS, ...partial.options } };
}
