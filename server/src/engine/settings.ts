import type { SeveritySetting } from './types';

/** Options rules read; every field has a default so settings may be partial. */
export interface RuleOptions {
  /** Quotation-mark style: follow the document's dominant style, or force one. */
  quoteStyle: 'auto' | 'smart' | 'straight';
  /**
   * Commas and periods inside closing quotation marks (`american`, AP) or wherever logic puts them
   * (`british`); `auto` is American unless the article quotes with single marks first and most, as British papers do.
   */
  punctuationStyle: 'auto' | 'american' | 'british';
  /** Photo-credit style: the article's dominant one, `(Jane Doe/AP)`, or `Photo: Jane Doe/AP`. */
  creditFormat: 'auto' | 'parenthetical' | 'photo-colon';
  /** Percentages as `5%` (AP since 2019) or `5 percent`. */
  percentStyle: 'symbol' | 'word';
  /** Longest headline, in characters, before `headline-length` speaks up. */
  headlineLength: number;
  /** A newsroom's own word lists (from `.copydesk.json`), added to the built-in data. */
  house: HouseLists;
}

export interface HouseLists {
  /** Preferred spellings: `{ "e-mail": "email", "Kiev": "Kyiv" }`. */
  substitutions: Record<string, string>;
  banned: string[];
  speechVerbs: string[];
  /** Whole lines to treat as web leftovers, matched case-insensitively. */
  boilerplate: string[];
  /** Photo agencies accepted as credits. */
  agencies: string[];
}

export interface Settings {
  /** Per-rule severity overrides; `off` disables the rule. */
  rules: Record<string, SeveritySetting>;
  options: RuleOptions;
}

export const DEFAULT_OPTIONS: RuleOptions = {
  quoteStyle: 'auto',
  punctuationStyle: 'auto',
  creditFormat: 'auto',
  percentStyle: 'symbol',
  headlineLength: 70,
  house: { substitutions: {}, banned: [], speechVerbs: [], boilerplate: [], agencies: [] },
};

export interface PartialSettings {
  rules?: Record<string, SeveritySetting>;
  options?: Partial<Omit<RuleOptions, 'house'>> & { house?: Partial<HouseLists> };
}

export function resolveSettings(partial: PartialSettings = {}): Settings {
  const options = { ...DEFAULT_OPTIONS, ...partial.options };
  return { rules: { ...partial.rules }, options: { ...options, house: { ...DEFAULT_OPTIONS.house, ...partial.options?.house } } };
}
