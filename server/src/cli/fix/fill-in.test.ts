import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isFillIn } from './fill-in';

const fix = (...newTexts: string[]) => ({ edits: newTexts.map((newText) => ({ newText })) });

test('blanks for the writer are fill-ins; real corrections are not', () => {
  assert.ok(isFillIn(fix(', according to [SOURCE]')));
  assert.ok(isFillIn(fix('', ' [SPEAKER] said')));
  assert.ok(isFillIn(fix('\n\n(PHOTOGRAPHER/AGENCY)')));
  for (const correction of ['’', '', 'Jan. 5', '10%', 'said', '(AP Photo/Evan Vucci)', ' (AP)', '[sic]']) assert.ok(!isFillIn(fix(correction)), correction);
});
