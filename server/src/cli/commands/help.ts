/** Help texts, one per command, in the layout of well-made Node CLIs. */

const EXIT_CODES = 'Exit codes: 0 clean, 1 errors (or more warnings than --max-warnings), 2 usage or I/O error.';

export const MAIN_HELP = `Usage: copydesk <command> [options]

A copy editor for article drafts: quotations, attribution, photo credits, sourcing and AP style.

Commands:
  lint [options] [PATH|GLOB ...]   Lint articles (files, folders, globs, or - for standard input)
  rules                            List every rule
  explain RULE                     Show a rule's documentation
  sources [PATH|GLOB ...]          List who is quoted in each article, saying what
  claims [PATH|GLOB ...]           Print each article's fact-check checklist
  init                             Write a starter .copydesk.json here
  lsp --stdio                      Run the language server (for Neovim, Emacs, Helix, …)

Options:
  -h, --help       Show this help ('copydesk help <command>' for a command's own)
  -v, --version    Show the version

${EXIT_CODES}
`;

export const LINT_HELP = `Usage: copydesk lint [options] [PATH|GLOB ...]

Lints articles: files, folders (the current one when no path is given) searched for .md,
.markdown, .mdx, .txt and .text files, and globs matching among those (quote them:
'drafts/**/*.md'). Dot folders, node_modules and whatever .gitignore or .copydeskignore
exclude are skipped. Use - or --stdin to read standard input.

Output:
  -f, --format FORMAT          text (default), json, sarif, github or checkstyle
  -q, --quiet                  Report errors only
  --severity-threshold LEVEL   Report only findings at LEVEL or above: error, warning, information, hint
  --max-warnings N             Exit with 1 when more than N warnings are reported
  --color, --no-color          Colour the text output or not (default: on a terminal, unless NO_COLOR)

Fixing:
  --fix                        Apply every fix in place, then report what is left
  --fix-dry-run                Print the fixes as a unified diff and write nothing

Rules:
  --rule RULE[:SEVERITY]       Set a rule's severity: error, warning, information, hint or off
                               (no severity: the rule's own); repeatable
  --disable RULE               Turn a rule off; repeatable

Config:
  -c, --config FILE            Use this config for every article, instead of each one's
                               nearest .copydesk.json (looked for from its folder upward)
  --no-config                  Use no config file

Input:
  --stdin                      Read the article from standard input (as -)
  --stdin-filename NAME        Report standard input as NAME; its extension picks Markdown or plain
                               text, its folder the config
  --no-ignore                  Also lint what .gitignore and .copydeskignore exclude

  -h, --help                   Show this help

${EXIT_CODES}
`;

export const RULES_HELP = `Usage: copydesk rules [--format text|json]

Lists every rule: id, default severity, whether --fix can fix it, and what it checks.
On a terminal it prints a table; piped, one tab-separated line per rule.

Options:
  -f, --format FORMAT   text (default) or json
  -h, --help            Show this help
`;

export const EXPLAIN_HELP = `Usage: copydesk explain RULE

Shows a rule's documentation: what it checks, why newsrooms care, its default severity,
whether --fix can fix it, how to turn it off, and where to read more.

Options:
  -h, --help   Show this help
`;

export const INIT_HELP = `Usage: copydesk init

Writes a starter .copydesk.json in the current folder: rule severities, every option at its
default and empty house word lists, with a "$schema" key so editors complete and check it.
An existing file is never overwritten.

Options:
  -h, --help   Show this help
`;

const ARTICLE_INPUT = `Input (as for lint):
  --stdin                      Read the article from standard input (as -)
  --stdin-filename NAME        Name standard input; its extension picks Markdown or plain text
  -c, --config FILE            Use this config instead of each article's nearest .copydesk.json
  --no-config                  Use no config file
  --no-ignore                  Also read what .gitignore and .copydeskignore exclude
  -h, --help                   Show this help`;

export const SOURCES_HELP = `Usage: copydesk sources [options] [PATH|GLOB ...]

Lists who is quoted in each article, with what they said, grouped by speaker (the full name
and title from the first reference), then the quotations with no speaker named: what an editor
reads to check attribution.

Options:
  -f, --format FORMAT          text (default) or json (LSP ranges, as lint --format json)

${ARTICLE_INPUT}
`;

export const CLAIMS_HELP = `Usage: copydesk claims [options] [PATH|GLOB ...]

Prints each article's fact-check checklist: every sentence with figures, records and
superlatives, named people with titles, dates, and quotations with their speakers, as a
Markdown list ("- [ ] L12: …") a fact-checker prints and ticks.

Options:
  -f, --format FORMAT          markdown (default) or json (LSP ranges, as lint --format json)

${ARTICLE_INPUT}
`;
