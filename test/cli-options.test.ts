import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { starterConfig } from '../server/src/cli/commands/init';
import { rules } from '../server/src/engine/rules';
import { DEFAULT_OPTIONS } from '../server/src/engine/settings';
import { copydesk, scratch } from './support/cli';

// One quote-style and one leftover-boilerplate finding, both warnings by default.
const STORY = '“It’s done,” she said of the army\'s plan.\n\nAdvertisement\n';
const dir = scratch({ 'story.md': STORY });
const lint = (...args: string[]) => copydesk(['lint', ...args, 'story.md'], { cwd: dir });
const rulesIn = (stdout: string) => JSON.parse(stdout)[0].diagnostics.map((d: { rule: string; severity: string }) => `${d.rule}:${d.severity}`);

test('exit codes: 0 for warnings, 1 for errors or warnings past --max-warnings, 2 for usage errors', () => {
  assert.equal(lint().code, 0);
  assert.equal(lint('--rule', 'quote-style:error').code, 1);
  assert.equal(lint('--max-warnings', '2').code, 0);
  const over = lint('--max-warnings', '1');
  assert.equal(over.code, 1);
  assert.match(over.stderr, /too many warnings \(2\); the limit is 1 \(--max-warnings\)/);
  for (const args of [['--max-warnings', '-1'], ['--max-warnings', 'many'], ['--severity-threshold', 'fatal'], ['--rule', 'quote-style:loud'], ['--fix', '--fix-dry-run'], ['--frobnicate']]) {
    const run = lint(...args);
    assert.equal(run.code, 2, args.join(' '));
    assert.match(run.stderr, /^copydesk: [^\n]+ \(see 'copydesk lint --help'\)\n$/, 'one line saying what is wrong');
  }
});

test('--rule sets severity, --disable turns a rule off, unknown rules are named with a suggestion', () => {
  assert.deepEqual(rulesIn(lint('--format', 'json', '--rule', 'quote-style:error', '--disable', 'leftover-boilerplate').stdout), ['quote-style:error']);
  assert.deepEqual(rulesIn(lint('--format', 'json', '--rule', 'quote-style:off', '--rule', 'quote-style').stdout), [
    'quote-style:warning',
    'leftover-boilerplate:warning',
  ]);
  const unknown = lint('--disable', 'quote-styel');
  assert.equal(unknown.code, 2);
  assert.equal(unknown.stderr, "copydesk: unknown rule 'quote-styel' (did you mean quote-style?): 'copydesk rules' lists them (see 'copydesk lint --help')\n");
});

test('--quiet reports errors only; --severity-threshold reports that level and above', () => {
  const flags = ['--format', 'json', '--rule', 'quote-style:error', '--rule', 'leftover-boilerplate:information'];
  assert.deepEqual(rulesIn(lint(...flags, '--quiet').stdout), ['quote-style:error']);
  assert.deepEqual(rulesIn(lint(...flags, '--severity-threshold', 'warning').stdout), ['quote-style:error']);
  assert.deepEqual(rulesIn(lint(...flags, '--severity-threshold', 'information').stdout), ['quote-style:error', 'leftover-boilerplate:information']);
  assert.equal(lint('--rule', 'leftover-boilerplate:error', '--disable', 'quote-style', '--severity-threshold', 'error', '--max-warnings', '0').code, 1);
  assert.equal(lint('--quiet', '--max-warnings', '0').code, 0, 'warnings not reported are not counted');
});

test('copydesk rules lists every rule: tab-separated when piped, JSON on request', () => {
  const text = copydesk(['rules']);
  assert.equal(text.code, 0);
  assert.deepEqual(
    text.stdout.trimEnd().split('\n'),
    rules.map((rule) => [rule.id, rule.defaultSeverity, rule.fixable ? 'fixable' : '-', rule.description].join('\t')),
  );
  assert.deepEqual(
    JSON.parse(copydesk(['rules', '--format', 'json']).stdout),
    rules.map(({ id, defaultSeverity, fixable, description }) => ({ id, defaultSeverity, fixable, description })),
  );
});

test('copydesk explain RULE prints its documentation; an unknown rule is a usage error', () => {
  const rule = rules[0];
  const run = copydesk(['explain', rule.id]);
  assert.equal(run.code, 0);
  for (const part of [rule.description, rule.why, `Default severity: ${rule.defaultSeverity}`, `"copydesk.rules": { "${rule.id}": "off" }`, `<!-- copydesk-disable ${rule.id} -->`, `#${rule.id}`]) {
    assert.ok(run.stdout.includes(part), part);
  }
  assert.equal(copydesk(['explain']).code, 2);
  assert.equal(copydesk(['explain', 'no-such-rule']).code, 2);
});

test('--help for the program and each command; --version', () => {
  assert.match(copydesk(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
  assert.match(copydesk(['--help']).stdout, /^Usage: copydesk <command> \[options\]\n/);
  for (const command of ['lint', 'rules', 'explain', 'init', 'sources', 'claims']) {
    const run = copydesk([command, '--help']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, new RegExp(`^Usage: copydesk ${command}`));
    assert.equal(copydesk(['help', command]).stdout, run.stdout);
  }
  const help = copydesk(['lint', '-h']).stdout;
  for (const flag of ['--format', '--fix', '--fix-dry-run', '--rule', '--disable', '--quiet', '--max-warnings', '--severity-threshold', '--stdin', '--stdin-filename', '--no-ignore']) {
    assert.ok(help.includes(flag), flag);
  }
  const unknown = copydesk(['frobnicate']);
  assert.equal(unknown.code, 2);
  assert.equal(unknown.stderr, "copydesk: unknown command 'frobnicate' (see 'copydesk --help')\n");
});

test('copydesk init writes a starter .copydesk.json, and never over an existing one', () => {
  const dir = scratch({});
  const run = copydesk(['init'], { cwd: dir });
  assert.equal(run.code, 0);
  assert.match(run.stdout, /^Wrote \.copydesk\.json\./);
  const written = readFileSync(join(dir, '.copydesk.json'), 'utf8');
  assert.equal(written, starterConfig());
  const { $schema, rules: severities, options, house } = JSON.parse(written);
  assert.match($schema, /^https:\/\/.+\/copydesk\.schema\.json$/);
  assert.deepEqual(severities, {});
  assert.deepEqual({ ...options, house }, DEFAULT_OPTIONS, 'every option at its default');
  writeFileSync(join(dir, '.copydesk.json'), '{ "rules": { "quote-style": "off" } }\n');
  const again = copydesk(['init'], { cwd: dir });
  assert.equal(again.code, 2);
  assert.equal(again.stderr, 'copydesk: .copydesk.json already exists: left as it is\n');
  assert.equal(readFileSync(join(dir, '.copydesk.json'), 'utf8'), '{ "rules": { "quote-style": "off" } }\n');
});
