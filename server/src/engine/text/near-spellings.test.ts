import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boundedEditDistance } from './edit-distance';
import { nearSpellingIndex } from './near-spellings';

test('edit distance stops past its limit', () => {
  assert.equal(boundedEditDistance('Smith', 'Smyth', 1), 1);
  assert.equal(boundedEditDistance('Zelensky', 'Zelenskyy', 2), 1);
  assert.equal(boundedEditDistance('Kirby', 'Kirov', 1), 2);
  assert.equal(boundedEditDistance('Kirby', 'Kirkpatrick', 2), 3);
});

test('the index finds spellings one edit apart, and two apart from eight letters', () => {
  const candidatesFor = nearSpellingIndex(['Smith', 'Smyth', 'Smithers', 'Schwarzenegger', 'Schwarzeneger', 'Schwartzenegger', 'Jones']);
  assert.deepEqual([...candidatesFor('Smith')].sort(), ['Smyth']);
  assert.deepEqual([...candidatesFor('Schwarzenegger')].sort(), ['Schwartzenegger', 'Schwarzeneger']);
  assert.deepEqual([...candidatesFor('Jones')], []);
});
