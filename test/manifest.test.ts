import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../server/src/engine/rules';
import { DEFAULT_SETTINGS } from '../server/src/shared/protocol';
import { ROOT } from './support/lsp';

interface Property {
  default?: unknown;
  description?: string;
  properties?: Record<string, Property>;
}
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const properties: Record<string, Property> = manifest.contributes.configuration.properties;

test('the copydesk.rules setting offers every registered rule with its default (run `npm run sync-manifest`)', () => {
  const offered = properties['copydesk.rules'].properties!;
  assert.deepEqual(Object.keys(offered), rules.map((rule) => rule.id));
  for (const rule of rules) {
    assert.equal(offered[rule.id].default, rule.defaultSeverity, rule.id);
    assert.equal(offered[rule.id].description, rule.description, rule.id);
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

test('the .vsix allowlist ships the bundles, not sources or tests', () => {
  const allowed = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n').filter((line) => line.startsWith('!'));
  assert.ok(allowed.includes('!dist/server.js') && allowed.includes('!dist/client.js'));
  assert.ok(!allowed.some((line) => /src|test|node_modules/.test(line)));
});
