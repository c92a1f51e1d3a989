import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../server/src/engine/rules';
import { DEFAULT_SETTINGS } from '../server/src/shared/protocol';
import { ROOT } from './support/lsp';

interface Property {
  type: string;
  default?: unknown;
  description?: string;
  enum?: string[];
  properties?: Record<string, Property>;
}
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const properties: Record<string, Property> = manifest.contributes.configuration.properties;

test('copydesk.rules lists every registered rule, with its description, and nothing else', () => {
  const listed = properties['copydesk.rules'].properties!;
  assert.deepEqual(Object.keys(listed).sort(), rules.map((rule) => rule.id).sort(), 'package.json is out of step with rules/index.ts: run `npm run manifest`');
  for (const rule of rules) {
    assert.equal(listed[rule.id].description, rule.description, `${rule.id}: description differs from the rule's`);
    assert.equal(listed[rule.id].default, rule.defaultSeverity);
    assert.deepEqual(listed[rule.id].enum, ['off', 'hint', 'information', 'warning', 'error']);
  }
});

test('every setting the server reads is contributed, with the same default', () => {
  const flatten = (value: object, prefix: string): Array<[string, unknown]> =>
    Object.entries(value).flatMap(([key, inner]) =>
      inner && typeof inner === 'object' && !Array.isArray(inner) && key !== 'rules' ? flatten(inner, `${prefix}${key}.`) : [[`${prefix}${key}`, inner]],
    );
  for (const [key, value] of flatten(DEFAULT_SETTINGS, 'copydesk.')) {
    assert.ok(properties[key], `${key} is missing from contributes.configuration`);
    assert.deepEqual(properties[key].default, value, `${key}: default differs from DEFAULT_SETTINGS`);
  }
});

test('every contributed command is registered by the client, and activation covers the default languages', () => {
  const source = readdirSync(join(ROOT, 'client', 'src'))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => readFileSync(join(ROOT, 'client', 'src', name), 'utf8'))
    .join('\n');
  for (const { command } of manifest.contributes.commands as Array<{ command: string }>) {
    assert.ok(source.includes(`'${command}'`), `${command} is never registered`);
  }
  for (const language of DEFAULT_SETTINGS.languages) assert.ok(manifest.activationEvents.includes(`onLanguage:${language}`), `no activation for ${language}`);
  assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true, 'Copydesk runs no workspace code, so it works in Restricted Mode');
});
