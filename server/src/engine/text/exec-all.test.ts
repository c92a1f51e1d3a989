import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execAll } from './exec-all';

const same = (pattern: RegExp, text: string) =>
  assert.deepEqual(execAll(pattern, text).map((m) => [m.index, ...m]), [...text.matchAll(pattern)].map((m) => [m.index, ...m]));

test('finds what matchAll finds, empty matches and surrogate pairs included', () => {
  same(/\b(\w+) said\b/g, 'Ruiz said. Then Ortiz said, and she said so.');
  same(/x*/g, 'axxb');
  same(/(?:)/gu, 'a👍b');
  same(/(?:)/g, 'a👍b');
  same(/“[^”]*”/giu, '“One,” she said. “Two 👍.”');
});

test('leaves the pattern ready for its next use, and refuses a pattern without the g flag', () => {
  const pattern = /a/g;
  execAll(pattern, 'banana');
  assert.equal(pattern.lastIndex, 0);
  assert.equal(execAll(pattern, 'aa').length, 2);
  assert.throws(() => execAll(/a/, 'a'), TypeError);
});
