import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Linter, lint } from '../../server/src/engine/linter';
import { applyEdits, chooseFixEdits } from '../../server/src/engine/fixes';
import type { Finding } from '../../server/src/engine/types';
import { applyEdit, article, edit } from './arbitraries';

// A fixed seed keeps the suite deterministic; a failure prints the counterexample to pin.
const RUNS = { seed: 20261128, numRuns: 120 };

function assertInside(findings: Finding[], length: number): void {
  for (const finding of findings) {
    assert.ok(finding.start >= 0 && finding.start <= finding.end && finding.end <= length, `${finding.rule} range ${finding.start}–${finding.end} of ${length}`);
    for (const fix of finding.fixes) for (const e of fix.edits) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= length, `${finding.rule} fix edit ${e.start}–${e.end} of ${length}`);
  }
}

test('the engine never throws, no rule fails, and every range lies inside the document', () => {
  fc.assert(
    fc.property(article, ({ text, language }) => {
      const result = lint(text, language);
      assert.deepEqual(result.failures, []);
      assertInside(result.findings, text.length);
    }),
    RUNS,
  );
});

test('a kept Linter fed an edit sequence gives what a fresh lint gives', () => {
  fc.assert(
    fc.property(article, fc.array(edit, { minLength: 1, maxLength: 8 }), ({ text, language }, edits) => {
      const linter = new Linter();
      linter.lint(text, language);
      let current = text;
      for (const change of edits) {
        current = applyEdit(current, change);
        // The fresh lint in between is another document: it must not disturb the kept one's indexes.
        assert.deepEqual(linter.lint(current, language).findings, lint(current, language).findings);
      }
    }),
    RUNS,
  );
});

test('a fix changes nothing outside its own edits, and its edits do not overlap', () => {
  fc.assert(
    fc.property(article, ({ text, language }) => {
      for (const finding of lint(text, language).findings) {
        for (const fix of finding.fixes) {
          const edits = [...fix.edits].sort((a, b) => a.start - b.start);
          edits.slice(1).forEach((e, i) => assert.ok(edits[i].end <= e.start, `${finding.rule}: overlapping edits in one fix`));
          const first = edits[0];
          const last = edits[edits.length - 1];
          const result = applyEdits(text, fix.edits);
          assert.equal(result.slice(0, first.start), text.slice(0, first.start));
          assert.equal(result.slice(result.length - (text.length - last.end)), text.slice(last.end));
        }
      }
    }),
    RUNS,
  );
});

test('fix-all takes non-overlapping edits and reaches a fixed point within 10 passes', () => {
  fc.assert(
    fc.property(article, ({ text, language }) => {
      let current = text;
      for (let pass = 0; pass < 10; pass++) {
        const edits = chooseFixEdits(lint(current, language).findings);
        if (edits.length === 0) return;
        edits.slice(1).forEach((e, i) => assert.ok(edits[i].end <= e.start && !(edits[i].start === e.start && e.start === e.end), 'overlapping fix-all edits'));
        current = applyEdits(current, edits);
      }
      assert.fail(`no fixed point after 10 passes: ${JSON.stringify(current)}`);
    }),
    RUNS,
  );
});
