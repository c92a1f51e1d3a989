import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArticle } from './build';
import { isOpinion } from './opinion';

const opinion = (text: string, language: 'markdown' | 'plaintext' = 'markdown') => isOpinion(buildArticle(text, language));

test('a review or a column says so in its opening: label, critic’s byline, rating, section', () => {
  assert.equal(opinion('# Review: At Salt & Ember, wood fire pays off\n\nThe bread comes first.'), true);
  assert.equal(opinion('OPINION | The stadium deal is a bad bet\n\nI have been to more ballgames than I can count.', 'plaintext'), true);
  assert.equal(opinion('A restless Doll’s House\n\nBy Simon Achterberg\nArts Critic\n\nThis is not a radical production.', 'plaintext'), true);
  assert.equal(opinion('# Salt & Ember\n\n**★★★ (excellent)**\n\nThe bread comes first.'), true);
  assert.equal(opinion('---\nsection: Opinion\n---\n\n# The stadium deal\n\nIt is a bad bet.'), true);
});

test('news that mentions reviews, critics or stars is news', () => {
  assert.equal(opinion('# Council approves stadium deal\n\nCritics of the deal said it was a bad bet, and the review board agreed.'), false);
  assert.equal(opinion('# Hotel earns 5 stars\n\nThe hotel, which opened in 2019, earned five stars from the guide on Tuesday, its owners said.'), false);
});
