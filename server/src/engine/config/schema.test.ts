import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../rules';
import { DEFAULT_OPTIONS } from '../settings';
import { CONFIG_SCHEMA } from './parse-config';

// Tests run bundled from out/server/src/engine/config; the sources sit at the same path from the root.
const RULES_INDEX = join(__dirname, '..', '..', '..', '..', '..', 'server', 'src', 'engine', 'rules', 'index.ts');

test('the schema lists every rule imported in rules/index.ts, and no others', () => {
  const imported = [...readFileSync(RULES_INDEX, 'utf8').matchAll(/from '\.\/([\w-]+)'/g)].map((match) => match[1]);
  assert.deepEqual([...imported].sort(), rules.map((rule) => rule.id).sort(), 'each rule module is named after its id and registered');
  assert.deepEqual(Object.keys(CONFIG_SCHEMA.properties?.rules.properties ?? {}).sort(), [...imported].sort());
});

test('the schema describes every option the rules read', () => {
  const { house, ...options } = DEFAULT_OPTIONS;
  assert.deepEqual(Object.keys(CONFIG_SCHEMA.properties?.options.properties ?? {}).sort(), Object.keys(options).sort());
  assert.deepEqual(Object.keys(CONFIG_SCHEMA.properties?.house.properties ?? {}).sort(), Object.keys(house).sort());
});

test('every schema entry has a description for editor hovers', () => {
  const missing: string[] = [];
  const walk = (node: { description?: string; properties?: Record<string, unknown> }, path: string) => {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const schema = child as typeof node;
      if (!schema.description) missing.push(`${path}${key}`);
      walk(schema, `${path}${key}.`);
    }
  };
  walk(CONFIG_SCHEMA, '');
  assert.deepEqual(missing, []);
});
