import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, Linter } from '../linter';
import type { PartialSettings } from '../settings';
import { buildArticle } from './build';
import { BlockCache } from './block-cache';
import { bodyOf } from './summaries';
import { treeOf } from './tree';

/** What the garbage collector leaves of a weakly held tree. */
const COLLECTED = { deref: () => undefined } as unknown as WeakRef<never>;

const TEXT = '# Headline\n\n“We will rebuild,” the mayor said. He didn\'t say when.\n\nA second paragraph follows.\n';

test('a paragraph’s tree is the one parsed for its sentences while it lives, and parsed again once collected', () => {
  const [, paragraph] = buildArticle(TEXT, 'markdown').paragraphs;
  const kept = treeOf(paragraph);
  assert.equal(treeOf(paragraph), kept);
  bodyOf(paragraph).treeRef = COLLECTED;
  const reparsed = treeOf(paragraph);
  assert.notEqual(reparsed, kept);
  assert.deepEqual(reparsed, kept);
});

test('findings do not depend on whether the trees were collected between runs', () => {
  const linter = new Linter();
  for (const paragraph of linter.lint(TEXT, 'markdown').article.paragraphs) bodyOf(paragraph).treeRef = COLLECTED;
  // Forcing a style makes quote-style check every paragraph again, reading every tree.
  const settings: PartialSettings = { options: { quoteStyle: 'straight' } };
  const findings = linter.lint(TEXT, 'markdown', settings).findings;
  assert.deepEqual(findings, lint(TEXT, 'markdown', settings).findings);
  assert.ok(findings.some((finding) => finding.rule === 'quote-style'));
});

test('paragraphs an edit did not move are the objects of the last run', () => {
  const cache = new BlockCache();
  const first = buildArticle(TEXT, 'markdown', cache).paragraphs;
  const second = buildArticle(TEXT.replace('follows', 'follows on'), 'markdown', cache).paragraphs;
  assert.equal(second[0], first[0]);
  assert.equal(second[1], first[1]);
  assert.notEqual(second[2], first[2]);
  assert.equal(second[2].text, 'A second paragraph follows on.');
});
