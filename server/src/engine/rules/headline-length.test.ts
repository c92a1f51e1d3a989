import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, flagged } from '../../../../test/support/rules';

const RULE = 'headline-length';
const LONG = 'Pentagon casts doubt on Russian pledge to pull out of Kyiv as talks in Turkey continue 🇺🇦';

test('a headline over 70 characters is a hint', () => {
  const text = `${LONG}\n\nThe U.S. Defense Department on Tuesday cast doubt on reports.`;
  const [finding] = findings(RULE, text);
  assert.equal(text.slice(finding.start, finding.end), LONG);
  assert.equal(finding.severity, 'hint');
  assert.equal(finding.message, 'Headline is 89 characters, expected at most 70.');
});

test('the limit is an option, and emoji count as one character', () => {
  const text = `# ${LONG}\n\nBody.`;
  assert.deepEqual(flagged(RULE, text, 'markdown', { options: { headlineLength: 89 } }), []);
  assert.deepEqual(flagged(RULE, text, 'markdown', { options: { headlineLength: 88 } }), [LONG]);
});

test('a short headline, or none, is fine', () => {
  assert.deepEqual(flagged(RULE, 'Pentagon casts doubt on Russian pledge\n\nBody text here.'), []);
  assert.deepEqual(flagged(RULE, 'Only a body paragraph that runs on and on for well over seventy characters in all.'), []);
});

test('a headline is counted as it reads, without its link address or emphasis marks', () => {
  const text = '# Council approves *$2.3 million* to repair [Broadway Bridge](https://example.com/news/2025/broadway-bridge-elevators) elevators\n\nThe vote was 7-2.';
  assert.deepEqual(flagged(RULE, text, 'markdown'), []);
});
