/** Severity names as users write them in settings; `off` disables a rule. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export type Language = 'markdown' | 'plaintext';

/** A replacement of `[start, end)` (UTF-16 offsets into the document) by `newText`. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /**
   * The fix inserts a blank for the writer to complete (`[SPEAKER] said`). It is offered one by
   * one, never applied by fix-all: unattended, a blank would go to print.
   */
  fillIn?: true;
}

/** A problem found by a rule, with offsets into the document text. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  fixes: Fix[];
  /** Extra facts for tools (e.g. the expected mark); passed through to LSP `data`. */
  data?: Record<string, unknown>;
}
