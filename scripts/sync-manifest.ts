// Writes the rule list into the two places editors read it from — package.json's `copydesk.rules`
// setting and the .copydesk.json schema — from the registry, the one source of truth.
// Usage: npm run sync-manifest   (a test fails when either file is out of step)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../server/src/engine/rules';

const root = process.cwd();

function rewrite(file: string, update: (json: any) => void): void {
  const path = join(root, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  update(json);
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
}

const entries = (ruleEntry: (rule: (typeof rules)[number]) => object) => Object.fromEntries(rules.map((rule) => [rule.id, ruleEntry(rule)]));

rewrite('package.json', (manifest) => {
  const setting = manifest.contributes.configuration.properties['copydesk.rules'];
  setting.properties = entries((rule) => ({
    type: 'string',
    enum: ['off', 'hint', 'information', 'warning', 'error'],
    default: rule.defaultSeverity,
    description: rule.description,
  }));
});

rewrite('schemas/copydesk.schema.json', (schema) => {
  schema.properties.rules.properties = entries((rule) => ({
    $ref: '#/definitions/severity',
    description: `${rule.description} Default: ${rule.defaultSeverity}.`,
  }));
});
console.log(`${rules.length} rules written to package.json and schemas/copydesk.schema.json`);
