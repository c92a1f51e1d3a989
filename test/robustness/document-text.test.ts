import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DocumentText } from '../../server/src/engine/model/document-text';
import { splitBlocks } from '../../server/src/engine/model/blocks';
import { applyEdit, article, edit, place, type Edit } from './arbitraries';

const RUNS = { seed: 20261130, numRuns: 300 };

/** Edits that open and close what spans blank lines, besides what a writer types. */
const structural = fc.record({
  at: place,
  remove: fc.integer({ min: 0, max: 40 }),
  insert: fc.constantFrom('---\n', '\n---\n', '```\n', '\n```', '~~~\n', '<!--\n', '-->\n', '<pre>\n', '</pre>\n', '   indented\n', '\n\n   more', '1. item\n', ''),
});

function blocksOf(text: DocumentText): Array<{ start: number; source: string }> {
  return Array.from({ length: text.blockCount }, (_, i) => ({ start: text.blockStart(i), source: text.blockSource(i) }));
}

test('an edited DocumentText holds the edited text, split as a fresh split would, and knows what it contains', () => {
  fc.assert(
    fc.property(article, fc.array(fc.oneof(edit, structural), { minLength: 1, maxLength: 10 }), ({ text, language }, edits: Edit[]) => {
      let held = DocumentText.of(text, language);
      let current = text;
      const needles = ['\r\n', 'copydesk-', '“', 'Advertisement'];
      // Asked before the edits, so the answers are carried from draft to draft.
      for (const needle of needles) held.includes(needle);
      for (const change of edits) {
        const start = Math.min(current.length, Math.floor(change.at * current.length));
        held = held.edit(start, Math.min(current.length, start + change.remove), change.insert);
        current = applyEdit(current, change);
        const expected = splitBlocks(current, language).map((block) => ({ start: block.start, source: current.slice(block.start, block.end) }));
        assert.deepEqual(blocksOf(held), expected);
        assert.equal(held.length, current.length);
        assert.equal(held.slice(3, 40), current.slice(3, 40));
        for (const needle of needles) assert.equal(held.includes(needle), current.includes(needle), `includes(${JSON.stringify(needle)})`);
        assert.equal(held.toString(), current);
      }
    }),
    RUNS,
  );
});
