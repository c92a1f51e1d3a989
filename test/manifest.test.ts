import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../server/src/engine/rules';
import { ROOT } from './support/lsp';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

test('the copydesk.rules setting offers every registered rule with its default (run `npm run sync-manifest`)', () => {
  const offered = manifest.contributes.configuration.properties['copydesk.rules'].properties;
  assert.deepEqual(Object.keys(offered), rules.map((rule) => rule.id));
  for (const rule of rules) assert.equal(offered[rule.id].default, rule.defaultSeverity, rule.id);
});

test('the .vsix allowlist ships the bundles, not sources or tests', () => {
  const allowed = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n').filter((line) => line.startsWith('!'));
  assert.ok(allowed.includes('!dist/server.js') && allowed.includes('!dist/client.js'));
  assert.ok(!allowed.some((line) => /src|test|node_modules/.test(line)));
});
