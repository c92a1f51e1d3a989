import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, Linter } from '../linter';
import type { PartialSettings } from '../settings';
import { buildArticle } from './build';
import { BlockCache } from './block-cache';
import { sentencesOf } from './sentences';
import { treeOf } from './tree';

const TEXT = '# Headline\n\n“We will rebuild,” the mayor said. He didn\'t say when.\n\nA second paragraph follows.\n';

test('a paragraph’s tree is the tree its sentences were read from', () => {
  const [, paragraph] = buildArticle(TEXT, 'markdown').paragraphs;
  assert.deepEqual(sentencesOf(treeOf(paragraph)), paragraph.sentences);
});

test('quote-style reads trees again when its context changes, as a fresh lint does', () => {
  const linter = new Linter();
  linter.lint(TEXT, 'markdown');
  // Forcing a style makes quote-style check every paragraph again, each with a mark in the other style.
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
