import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '../server/src/engine/config';
import { copydesk, scratch } from './support/cli';

const LEFTOVER = 'A story.\n\nAdvertisement\n';
const severities = (stdout: string) =>
  Object.fromEntries(JSON.parse(stdout).map((report: { file: string; diagnostics: Array<{ severity: string }> }) => [report.file, report.diagnostics.map((d) => d.severity)]));

const newsroom = () =>
  scratch({
    '.copydesk.json': '{ "rules": { "leftover-boilerplate": "error" } }\n',
    'a.md': LEFTOVER,
    'features/.copydesk.json': '{ "rules": { "leftover-boilerplate": "off" } }\n',
    'features/b.md': LEFTOVER,
    'features/deep/c.md': LEFTOVER,
    'other.json': '{ "rules": { "leftover-boilerplate": "hint" } }\n',
  });

test('each article gets its nearest .copydesk.json, looked for from its folder upward', () => {
  const run = copydesk(['lint', '--format', 'json', '.'], { cwd: newsroom() });
  assert.equal(run.code, 1);
  assert.deepEqual(severities(run.stdout), { 'a.md': ['error'], 'features/b.md': [], 'features/deep/c.md': [] });
});

test('--config FILE applies to every article; --no-config to none; rule flags win over both', () => {
  const dir = newsroom();
  const all = ['a.md', 'features/b.md', 'features/deep/c.md'];
  assert.deepEqual(severities(copydesk(['lint', '--format', 'json', '--config', 'other.json', ...all], { cwd: dir }).stdout), {
    'a.md': ['hint'],
    'features/b.md': ['hint'],
    'features/deep/c.md': ['hint'],
  });
  assert.deepEqual(severities(copydesk(['lint', '--format', 'json', '--no-config', ...all], { cwd: dir }).stdout), {
    'a.md': ['warning'],
    'features/b.md': ['warning'],
    'features/deep/c.md': ['warning'],
  });
  const flagged = copydesk(['lint', '--format', 'json', '--rule', 'leftover-boilerplate:information', ...all], { cwd: dir });
  assert.deepEqual(Object.values(severities(flagged.stdout)), [['information'], ['information'], ['information']]);
  assert.equal(copydesk(['lint', '--config', 'other.json', '--no-config', 'a.md'], { cwd: dir }).code, 2);
});

test('standard input takes the config of its --stdin-filename folder', () => {
  const dir = newsroom();
  const run = copydesk(['lint', '--format', 'json', '--stdin-filename', 'features/new.md', '-'], { cwd: dir, input: LEFTOVER });
  assert.deepEqual(severities(run.stdout), { 'features/new.md': [] });
  assert.deepEqual(severities(copydesk(['lint', '--format', 'json', '-'], { cwd: dir, input: LEFTOVER }).stdout), { '<stdin>': ['error'] });
});

test('a broken config is named with line and column, exits 2, and the articles are still linted', () => {
  const dir = scratch({ '.copydesk.json': '{\n  "rules": { "no-such-rule": "error" },\n  "options": { "quoteStyle": "fancy" }\n}\n', 'a.md': LEFTOVER });
  const run = copydesk(['lint', '--format', 'json', 'a.md'], { cwd: dir });
  assert.equal(run.code, 2);
  const lines = run.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 2, run.stderr);
  assert.equal(lines[0], 'copydesk: .copydesk.json:2:14: Unknown rule “no-such-rule”.');
  assert.equal(lines[1], 'copydesk: .copydesk.json:3:30: “options.quoteStyle” should be one of “auto”, “smart”, “straight”.');
  assert.deepEqual(severities(run.stdout), { 'a.md': ['warning'] }, 'the good parts and defaults still apply');
  const missing = copydesk(['lint', '--config', 'nope.json', 'a.md'], { cwd: dir });
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^copydesk: nope\.json:1:1: Cannot read/);
});

test('the starter that copydesk init writes is a valid config that changes nothing', () => {
  const dir = scratch({ 'a.md': LEFTOVER });
  const before = copydesk(['lint', '--format', 'json', 'a.md'], { cwd: dir }).stdout;
  assert.equal(copydesk(['init'], { cwd: dir }).code, 0);
  const starter = readFileSync(join(dir, '.copydesk.json'), 'utf8');
  assert.deepEqual(parseConfig(starter, '.copydesk.json').problems, []);
  const after = copydesk(['lint', '--format', 'json', 'a.md'], { cwd: dir });
  assert.equal(after.code, 0);
  assert.equal(after.stdout, before);
});
