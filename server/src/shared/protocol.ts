/**
 * What client and server agree on: the settings shape and the custom messages. Defined once here
 * and imported by both sides (as vscode-eslint does with its shared settings).
 */
import type { Range } from 'vscode-languageserver-protocol';
import { DEFAULT_OPTIONS, type RuleOptions } from '../engine/settings';
import type { SeveritySetting } from '../engine/types';

/** The rule options the editor offers as settings; their types and defaults are the engine's. */
export type EditorRuleOptions = Pick<RuleOptions, 'quoteStyle' | 'punctuationStyle' | 'creditFormat' | 'percentStyle' | 'headlineLength'>;

export interface CopydeskSettings extends EditorRuleOptions {
  enable: boolean;
  languages: string[];
  lint: {
    /** Lint as the writer types, or only when the document is saved. */
    run: 'onType' | 'onSave';
    /** Pause after the last keystroke before linting; 0 lints at once. */
    debounceMs: number;
    /** Above this a lint run is reported as slow in the status item. */
    timeBudgetMs: number;
    /** Documents larger than this (in characters) are not linted. */
    maxFileSize: number;
  };
  rules: Record<string, SeveritySetting>;
  /** A `.copydesk.json` to use; empty means the nearest one above the document. */
  config: string;
}

export const DEFAULT_SETTINGS: CopydeskSettings = {
  enable: true,
  languages: ['markdown', 'plaintext'],
  lint: { run: 'onType', debounceMs: 150, timeBudgetMs: 2000, maxFileSize: 5_000_000 },
  rules: {},
  quoteStyle: DEFAULT_OPTIONS.quoteStyle,
  punctuationStyle: DEFAULT_OPTIONS.punctuationStyle,
  creditFormat: DEFAULT_OPTIONS.creditFormat,
  percentStyle: DEFAULT_OPTIONS.percentStyle,
  headlineLength: DEFAULT_OPTIONS.headlineLength,
  config: '',
};

/** Sent after each lint of a document, for the status item. */
export interface StatusParams {
  uri: string;
  version: number;
  state: 'ok' | 'slow' | 'tooLarge' | 'disabled' | 'failed';
  findings: number;
  words: number;
  /** Minutes to read the article at a news reader's pace. */
  readingMinutes: number;
  /** Quoted passages in the article's prose. */
  quotations: number;
  /** Speakers quoted: the entries of the Sources view. */
  sources: number;
  elapsedMs: number;
  message?: string;
}

export const StatusNotification = 'copydesk/status';

/** Client → server: forget cached settings and results and lint every open document again. */
export const RelintNotification = 'copydesk/relint';

/** Client → server: who is quoted in a document, for the Sources view. Params: `{ uri }`. */
export const SourcesRequest = 'copydesk/sources';

export interface SourceQuotationItem {
  range: Range;
  text: string;
  /** `speech` (a full quoted sentence) or `partial` (a phrase run into the reporter's sentence). */
  kind: string;
}

export interface SourcesResult {
  speakers: Array<{ name: string; description?: string; quotations: SourceQuotationItem[] }>;
  /** Someone's words with no speaker named. */
  unattributed: SourceQuotationItem[];
}

/** Client → server: the fact-check checklist of a document, for the Claims view. Params: `{ uri }`. */
export const ClaimsRequest = 'copydesk/claims';

export interface ClaimItem {
  kind: 'figure' | 'superlative' | 'unnamed-source' | 'person' | 'date' | 'quotation';
  range: Range;
  text: string;
  details: string[];
  sourced?: boolean;
  speaker?: string;
}

export interface ClaimsResult {
  items: ClaimItem[];
  /** The same checklist as Markdown to print and tick, for the export command. */
  markdown: string;
}
