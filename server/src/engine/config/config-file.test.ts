import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findConfigFile, loadConfig } from './config-file';

test('the nearest .copydesk.json is found walking upward, and loaded', () => {
  const root = mkdtempSync(join(tmpdir(), 'copydesk-config-'));
  try {
    const nested = join(root, 'desk', 'stories', 'drafts');
    mkdirSync(nested, { recursive: true });
    assert.equal(findConfigFile(nested), undefined);
    writeFileSync(join(root, '.copydesk.json'), '{ "rules": { "ap-numerals": "off" } }');
    writeFileSync(join(root, 'desk', '.copydesk.json'), '{ "options": { "percentStyle": "word" } }');
    const found = findConfigFile(nested);
    assert.equal(found, join(root, 'desk', '.copydesk.json'));
    assert.deepEqual(loadConfig(found!).settings, { options: { percentStyle: 'word' } });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('an unreadable file is a problem, not an exception', () => {
  const { settings, problems } = loadConfig(join(tmpdir(), 'no-such-dir-copydesk', '.copydesk.json'));
  assert.deepEqual(settings, {});
  assert.match(problems[0].message, /^Cannot read /);
});
