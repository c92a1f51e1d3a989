import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { parseConfig } from './parse-config';
import { resolveSettings } from '../settings';

const at = (text: string, problem: { start: number; end: number }) => text.slice(problem.start, problem.end);

test('a good file gives rule severities, options and house lists', () => {
  const text = JSON.stringify({
    $schema: './schemas/copydesk.schema.json',
    rules: { 'ap-numerals': 'off', 'name-spelling': 'error' },
    options: { percentStyle: 'word', quoteStyle: 'smart', headlineLength: 80 },
    house: { substitutions: { 'e-mail': 'email', Kiev: 'Kyiv' }, banned: ['slammed'], agencies: ['Gazette Photo'] },
  });
  const { settings, problems } = parseConfig(text, '.copydesk.json');
  assert.deepEqual(problems, []);
  const resolved = resolveSettings(settings);
  assert.deepEqual(resolved.rules, { 'ap-numerals': 'off', 'name-spelling': 'error' });
  assert.equal(resolved.options.percentStyle, 'word');
  assert.equal(resolved.options.headlineLength, 80);
  assert.deepEqual(resolved.options.house.substitutions, { 'e-mail': 'email', Kiev: 'Kyiv' });
  assert.deepEqual(resolved.options.house.banned, ['slammed']);
  assert.deepEqual(resolved.options.house.speechVerbs, []);
});

test('broken JSON is one problem at the error, and the defaults apply', () => {
  const text = '{\n  "rules": { "ap-numerals": "off", }\n}';
  const { settings, problems } = parseConfig(text, '.copydesk.json');
  assert.deepEqual(settings, {});
  assert.equal(problems.length, 1);
  assert.equal(problems[0].message, 'Expected a property name in double quotation marks');
  assert.equal(at(text, problems[0]), '}');
});

test('values of the wrong type are reported where they are and fall back to defaults', () => {
  const text = '{ "rules": { "ap-time": "loud", "ap-dates": "hint" }, "options": { "headlineLength": "80", "percentStyle": "symbol" }, "house": { "banned": ["ok", 3] } }';
  const { settings, problems } = parseConfig(text, '.copydesk.json');
  assert.deepEqual(
    problems.map((problem) => [problem.message, at(text, problem)]),
    [
      ['“rules.ap-time” should be one of “error”, “warning”, “information”, “hint”, “off”.', '"loud"'],
      ['“options.headlineLength” should be an integer, not a string.', '"80"'],
      ['“house.banned.1” should be a string, not an integer.', '3'],
    ],
  );
  assert.deepEqual(settings, { rules: { 'ap-dates': 'hint' }, options: { percentStyle: 'symbol', house: { banned: ['ok'] } } });
});

test('unknown rules, options and sections are reported at their keys', () => {
  const text = '{ "rules": { "ap-style": "off" }, "options": { "tone": "dry" }, "plugins": ["x"] }';
  const { settings, problems } = parseConfig(text, '.copydesk.json');
  assert.deepEqual(
    problems.map((problem) => [problem.message, at(text, problem)]),
    [
      ['Unknown rule “ap-style”.', '"ap-style"'],
      ['Unknown option “tone”.', '"tone"'],
      ['Unknown setting “plugins”.', '"plugins"'],
    ],
  );
  assert.deepEqual(settings, { rules: {}, options: {} });
});

test('an empty file or a file that is not an object never throws', () => {
  assert.deepEqual(parseConfig('', 'a.json'), { file: 'a.json', settings: {}, problems: [] });
  const { problems } = parseConfig('[1, 2]', 'a.json');
  assert.equal(problems[0].message, '“” should be an object, not an array.');
  assert.equal(parseConfig('{"rules": {"ap-time": "off"}} trailing', 'a.json').problems[0].message, 'Unexpected text after the end of the JSON value');
  assert.equal(parseConfig('{"a": "unterminated', 'a.json').problems[0].message, 'Invalid string: expected a closing quotation mark');
});

test('the example in the README is a valid config', () => {
  // Tests run bundled from out/server/src/engine/config; README.md sits at the root.
  const readme = readFileSync(join(__dirname, '..', '..', '..', '..', '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## House style (.copydesk.json)'));
  const example = /```json\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const { settings, problems } = parseConfig(example, 'README.md');
  assert.deepEqual(problems, []);
  assert.equal(settings.options?.percentStyle, 'word');
});
