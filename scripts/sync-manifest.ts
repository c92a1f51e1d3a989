// Writes one `copydesk.rules` property per registered rule into package.json, so the Settings UI
// and settings.json completion offer every rule. test/manifest.test.ts fails when this is due.
import { readFileSync, writeFileSync } from 'node:fs';
import { rules } from '../server/src/engine/rules';

const SEVERITIES = ['off', 'hint', 'information', 'warning', 'error'];
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const setting = manifest.contributes.configuration.properties['copydesk.rules'];
setting.properties = Object.fromEntries(
  rules.map((rule) => [rule.id, { type: 'string', enum: SEVERITIES, default: rule.defaultSeverity, description: rule.description }]),
);
writeFileSync('package.json', `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`package.json: copydesk.rules lists ${rules.length} rules`);
