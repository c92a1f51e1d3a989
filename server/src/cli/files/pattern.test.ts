import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePattern, hasMagic } from './pattern';

const matches = (pattern: string, path: string) => compilePattern(pattern).matches(path);

test('* and ? stay within one folder; ** crosses folders', () => {
  assert.ok(matches('*.md', 'story.md'));
  assert.ok(!matches('*.md', 'drafts/story.md'));
  assert.ok(matches('drafts/?.md', 'drafts/a.md'));
  assert.ok(!matches('drafts/?.md', 'drafts/ab.md'));
  assert.ok(matches('**/*.md', 'story.md'));
  assert.ok(matches('**/*.md', 'a/b/c/story.md'));
  assert.ok(matches('news/**/final.txt', 'news/final.txt'));
  assert.ok(matches('news/**/final.txt', 'news/2024/may/final.txt'));
  assert.ok(!matches('news/**/final.txt', 'sports/final.txt'));
  assert.ok(matches('archive/**', 'archive/2019/a.md'));
  assert.ok(!matches('archive/**', 'archive'), 'a trailing ** is what is inside, not the folder');
});

test('classes, alternatives and escapes', () => {
  assert.ok(matches('draft[0-9].md', 'draft7.md'));
  assert.ok(!matches('draft[!0-9].md', 'draft7.md'));
  assert.ok(matches('draft[!0-9].md', 'draftX.md'));
  assert.ok(matches('*.{md,txt}', 'a.txt'));
  assert.ok(matches('{news,sports/{nba,nfl}}/*.md', 'sports/nfl/a.md'));
  assert.ok(matches('[[]x].md', '[x].md'));
  assert.ok(!matches('*.{md,txt}', 'a.html'));
  assert.ok(matches('what\\?.md', 'what?.md'));
  assert.ok(!matches('what\\?.md', 'whatX.md'));
  assert.ok(matches('a+b (1).md', 'a+b (1).md'), 'regex characters are literal');
});

test('long names match in linear time (no catastrophic backtracking)', () => {
  const began = performance.now();
  assert.ok(!matches('*a*a*a*a*b', 'a'.repeat(2000)));
  assert.ok(!matches('**/x/**/x/**/y', 'x/'.repeat(2000)));
  assert.ok(performance.now() - began < 200);
});

test('hasMagic tells patterns from paths', () => {
  assert.ok(hasMagic('drafts/*.md'));
  assert.ok(hasMagic('a/{b,c}'));
  assert.ok(!hasMagic('drafts/story.md'));
});
