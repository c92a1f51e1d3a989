import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArticleIndex } from './article-index';
import { BlockCache } from './model/block-cache';
import { buildArticle } from './model/build';
import type { Article } from './model/article';

/** Articles of successive drafts, parsed as a kept Linter parses them: unchanged paragraphs keep their bodies. */
function drafts(...texts: string[]): Article[] {
  const cache = new BlockCache();
  return texts.map((text) => buildArticle(text, 'plaintext', cache));
}

/** An index of each paragraph's first word, counting the summaries and builds it makes. */
function counted(reach?: { before: number; after: number }) {
  const calls = { summarized: [] as number[], builds: 0 };
  const index = new ArticleIndex<string, string[]>({
    reach,
    summarize(article, i) {
      calls.summarized.push(i);
      return article.paragraphs[i].text.split(' ')[0];
    },
    same: (a, b) => a === b,
    build(summaries) {
      calls.builds++;
      return [...summaries];
    },
  });
  return { index, calls };
}

test('after an edit, only the edited paragraph is summarised, and the index is kept while its summary is the same', () => {
  const [first, edited, renamed] = drafts('One a.\n\nTwo b.\n\nThree c.', 'One a.\n\nTwo bb.\n\nThree c.', 'One a.\n\nDeux bb.\n\nThree c.');
  const { index, calls } = counted();
  const built = index.of(first).index;
  assert.deepEqual(built, ['One', 'Two', 'Three']);
  calls.summarized = [];
  assert.equal(index.of(edited).index, built);
  assert.deepEqual(calls.summarized, [1]);
  assert.deepEqual(index.of(renamed).index, ['One', 'Deux', 'Three']);
  assert.equal(calls.builds, 2);
});

test('paragraphs after an inserted one are kept from their place counted from the end', () => {
  const [first, inserted] = drafts('One a.\n\nTwo b.\n\nThree c.', 'One a.\n\nNew x.\n\nTwo b.\n\nThree c.');
  const { index, calls } = counted();
  index.of(first);
  calls.summarized = [];
  assert.deepEqual(index.of(inserted).index, ['One', 'New', 'Two', 'Three']);
  assert.deepEqual(calls.summarized, [1]);
});

test('a summary reaching its neighbours is made again when one of them changes, or the space between them', () => {
  const [first, edited, spaced] = drafts('One a.\n\nTwo b.\n\nThree c.', 'One a.\n\nTwo bb.\n\nThree c.', 'One a.\n\nTwo bb.\n\n\nThree c.');
  const { index, calls } = counted({ before: 1, after: 0 });
  index.of(first);
  calls.summarized = [];
  index.of(edited);
  assert.deepEqual(calls.summarized, [1, 2]);
  calls.summarized = [];
  index.of(spaced);
  assert.deepEqual(calls.summarized, [2]);
});

test('documents indexed in turn keep their own state: an edit to one is still an update after the other', () => {
  const [first, edited] = drafts('One a.\n\nTwo b.\n\nThree c.', 'One a.\n\nTwo bb.\n\nThree c.');
  const [other] = drafts('Alpha.\n\nBeta.');
  const { index, calls } = counted();
  index.of(first);
  index.of(other);
  calls.summarized = [];
  index.of(edited);
  assert.deepEqual(calls.summarized, [1]);
});

test('a paragraph added or removed remakes only the summaries reaching it; the index equals a fresh one', () => {
  const [first, inserted, joined] = drafts('A a.\n\nB b.\n\nC c.\n\nD d.\n\nE e.', 'A a.\n\nB b.\n\nX x.\n\nC c.\n\nD d.\n\nE e.', 'A a.\n\nB b.\n\nX x.\nC c.\n\nD d.\n\nE e.');
  const { index, calls } = counted({ before: 1, after: 1 });
  index.of(first);
  calls.summarized = [];
  assert.deepEqual(index.of(inserted).index, ['A', 'B', 'X', 'C', 'D', 'E']);
  assert.deepEqual(calls.summarized, [1, 2, 3]);
  calls.summarized = [];
  assert.deepEqual(index.of(joined).index, ['A', 'B', 'X', 'D', 'E']);
  assert.deepEqual(calls.summarized, [1, 2, 3]);
});
