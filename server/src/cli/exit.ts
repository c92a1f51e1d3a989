/** Exit codes, as ESLint uses them: 0 clean, 1 findings that fail the run, 2 usage or I/O error. */
export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;
