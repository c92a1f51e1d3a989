import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isIgnoredBy, parseIgnoreFile } from './ignore';

const ROOT = '/project';
function ignored(ignoreText: string, path: string, isDirectory = false): boolean {
  return isIgnoredBy([{ dir: ROOT, rules: parseIgnoreFile(ignoreText) }], `${ROOT}/${path}`, isDirectory);
}

test('a bare name matches at any depth; a slash anchors to the ignore file’s folder', () => {
  assert.ok(ignored('draft.md', 'draft.md'));
  assert.ok(ignored('draft.md', 'news/draft.md'));
  assert.ok(ignored('/draft.md', 'draft.md'));
  assert.ok(!ignored('/draft.md', 'news/draft.md'));
  assert.ok(ignored('news/draft.md', 'news/draft.md'));
  assert.ok(!ignored('news/draft.md', 'old/news/draft.md'), 'a middle slash anchors too');
});

test('dir/ matches folders only; ** spans folders', () => {
  assert.ok(ignored('archive/', 'archive', true));
  assert.ok(!ignored('archive/', 'archive', false));
  assert.ok(ignored('**/tmp', 'a/b/tmp', true));
  assert.ok(ignored('notes/**/*.txt', 'notes/2024/may/a.txt'));
  assert.ok(ignored('notes/**', 'notes/a.txt'));
});

test('! re-includes; the last matching line wins; comments, blanks and escapes', () => {
  const text = '# drafts stay private\n\n*.txt\n!keep.txt\n\\#hash.md\n\\!bang.md\ntrailing.md   \r\n';
  assert.ok(ignored(text, 'a.txt'));
  assert.ok(!ignored(text, 'keep.txt'));
  assert.ok(ignored(text, '#hash.md'));
  assert.ok(ignored(text, '!bang.md'));
  assert.ok(ignored(text, 'trailing.md'), 'trailing spaces and CR are not part of the pattern');
  assert.ok(!ignored(text, 'drafts stay private'));
  assert.ok(ignored('!keep.txt\n*.txt', 'keep.txt'), 'a later line overrides an earlier negation');
});

test('a deeper ignore file overrides a shallower one', () => {
  const levels = [
    { dir: ROOT, rules: parseIgnoreFile('*.txt') },
    { dir: `${ROOT}/news`, rules: parseIgnoreFile('!wire.txt') },
  ];
  assert.ok(!isIgnoredBy(levels, `${ROOT}/news/wire.txt`, false));
  assert.ok(isIgnoredBy(levels, `${ROOT}/news/other.txt`, false));
  assert.ok(isIgnoredBy(levels, `${ROOT}/wire.txt`, false));
});
