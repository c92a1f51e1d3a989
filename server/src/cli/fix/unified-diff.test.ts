import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unifiedDiff } from './unified-diff';

const lines = (count: number) => Array.from({ length: count }, (_, i) => `line ${i + 1}\n`).join('');

test('changes far apart get their own hunks with three lines of context', () => {
  const before = lines(20);
  const after = before.replace('line 5\n', 'line five\n').replace('line 16\n', '');
  assert.equal(
    unifiedDiff('a.md', before, after),
    [
      '--- a/a.md',
      '+++ b/a.md',
      '@@ -2,7 +2,7 @@',
      ' line 2',
      ' line 3',
      ' line 4',
      '-line 5',
      '+line five',
      ' line 6',
      ' line 7',
      ' line 8',
      '@@ -13,7 +13,6 @@',
      ' line 13',
      ' line 14',
      ' line 15',
      '-line 16',
      ' line 17',
      ' line 18',
      ' line 19',
      '',
    ].join('\n'),
  );
});

test('nearby changes share a hunk; a missing final line break is marked', () => {
  const before = 'a\nb\nc\nd\ne\nf\n';
  const after = 'a\nB\nc\nd\nE\nf';
  assert.equal(
    unifiedDiff('x.txt', before, after),
    ['--- a/x.txt', '+++ b/x.txt', '@@ -1,6 +1,6 @@', ' a', '-b', '+B', ' c', ' d', '-e', '-f', '+E', '+f', '\\ No newline at end of file', ''].join('\n'),
  );
});

test('equal texts give no diff; CRLF lines keep their CR, as patch needs; an emptied file counts from line 0', () => {
  assert.equal(unifiedDiff('x', 'same\n', 'same\n'), '');
  assert.equal(unifiedDiff('x', 'one\r\ntwo\r\n', 'one\r\n'), '--- a/x\n+++ b/x\n@@ -1,2 +1 @@\n one\r\n-two\r\n');
  assert.equal(unifiedDiff('x', 'gone\n', ''), '--- a/x\n+++ b/x\n@@ -1 +0,0 @@\n-gone\n');
});
