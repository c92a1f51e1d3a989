import { docsUrl } from '../../engine/rule';
import { parseCommandLine, UsageError } from '../args';
import { EXIT } from '../exit';
import { ruleById } from '../rule-lookup';
import { EXPLAIN_HELP } from './help';

/** `copydesk explain RULE`: the rule's documentation, as `man` would give it. */
export function explainCommand(args: string[]): number {
  const { values, positionals } = parseCommandLine(args, { help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    process.stdout.write(EXPLAIN_HELP);
    return EXIT.clean;
  }
  if (positionals.length !== 1) throw new UsageError("explain needs one rule id: 'copydesk rules' lists them");
  const rule = ruleById(positionals[0]);
  process.stdout.write(`${rule.id}

${rule.description}

Why: ${rule.why}

Default severity: ${rule.defaultSeverity}
Fixable: ${rule.fixable ? 'yes, with copydesk lint --fix or the editor quick fix' : 'no'}

Turn it off:
  in .copydesk.json:   "rules": { "${rule.id}": "off" }
  in VS Code:          "copydesk.rules": { "${rule.id}": "off" }
  for one run:         copydesk lint --disable ${rule.id} …
  in the document:     <!-- copydesk-disable ${rule.id} -->
  for one line:        <!-- copydesk-disable-next-line ${rule.id} -->

More: ${docsUrl(rule)}
`);
  return EXIT.clean;
}
