import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { boundedEditDistance } from './edit-distance';
import { nearSpellingIndex } from './near-spellings';

test('edit distance stops past its limit', () => {
  assert.equal(boundedEditDistance('Smith', 'Smyth', 1), 1);
  assert.equal(boundedEditDistance('Zelensky', 'Zelenskyy', 2), 1);
  assert.equal(boundedEditDistance('Kirby', 'Kirov', 1), 2);
  assert.equal(boundedEditDistance('Kirby', 'Kirkpatrick', 2), 3);
  assert.equal(boundedEditDistance('Johnson', 'Jonhson', 1), 1, 'a swap of neighbours is one edit');
  assert.equal(boundedEditDistance('Johnson', 'Jhonosn', 2), 2);
});

test('within its limit the bounded distance is the full one, and past it says so', () => {
  // The full optimal-string-alignment distance, written plainly.
  const distance = (a: string, b: string): number => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
    return d[a.length][b.length];
  };
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 });
  fc.assert(
    fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, limit) => {
      const full = distance(a, b);
      const bounded = boundedEditDistance(a, b, limit);
      return full <= limit ? bounded === full : bounded > limit;
    }),
    { seed: 20261130, numRuns: 2000 },
  );
});

test('the index finds spellings one edit apart, and two apart from eight letters', () => {
  const candidatesFor = nearSpellingIndex(['Smith', 'Smyth', 'Smithers', 'Schwarzenegger', 'Schwarzeneger', 'Schwartzenegger', 'Jones']);
  assert.deepEqual([...candidatesFor('Smith')].sort(), ['Smyth']);
  assert.deepEqual([...candidatesFor('Schwarzenegger')].sort(), ['Schwartzenegger', 'Schwarzeneger']);
  assert.deepEqual([...candidatesFor('Jones')], []);
});
