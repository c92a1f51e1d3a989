import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, fixed, flagged } from '../../../../test/support/rules';

const RULE = 'quote-unbalanced';

test('balanced quotes, apostrophes and inch marks pass', () => {
  const text = '“We will stay,” said O’Brien, the 6\'2" forward from the ’90s teams. "It\'s done," he said of the players’ strike.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('an opening mark never closed is flagged, and closed after its sentence', () => {
  const text = 'The mayor spoke on Monday.\n\n“We will rebuild every house on this street.\n\nThe council voted later.';
  const [finding] = findings(RULE, text);
  assert.equal(text.slice(finding.start, finding.end), '“');
  assert.match(finding.message, /expected ” to close this “ before the paragraph ends on line 3/);
  assert.equal(fixed(RULE, text), text.replace('street.', 'street.”'));
});

test('a multi-paragraph quote is balanced: each paragraph opens, the last one closes', () => {
  const text = 'Not only has Russia “failed to take Kyiv,” Kirby said, “they’ve failed to hold any city.\n\n“It’s hard to see how they are succeeding,” he said.';
  assert.deepEqual(flagged(RULE, text), []);
});

test('a quote left open where the next paragraph quotes someone else by name should have closed', () => {
  const text = '“I was there when the water came,” said Maria Lopez. “We saw everything go.\n\n“Then the police came and told us to leave,” said her neighbor, Tom Riggs.';
  const [finding] = findings(RULE, text);
  assert.equal(finding.start, text.indexOf('“We saw'));
  assert.match(finding.message, /the next paragraph quotes someone else/);
  assert.equal(fixed(RULE, text), text.replace('go.', 'go.”'));
  // The same speaker going on, named again or as "she", is the convention.
  assert.deepEqual(flagged(RULE, text.replace('said her neighbor, Tom Riggs', 'Lopez added')), []);
  assert.deepEqual(flagged(RULE, text.replace('said her neighbor, Tom Riggs', 'she said')), []);
  // Named with what the story calls them: "said forward Kiara Banks", "said senior Maya Tran".
  assert.equal(findings(RULE, text.replace('said her neighbor, Tom Riggs', 'said forward Kiara Banks')).length, 1);
  assert.equal(findings(RULE, text.replace('said her neighbor, Tom Riggs', 'said senior Maya Tran')).length, 1);
  for (const speaker of ['said her neighbor, retired firefighter Gus Albertson', 'said Lopez’s neighbor Gus Albertson', 'said driver Tony Bui']) {
    assert.equal(findings(RULE, text.replace('said her neighbor, Tom Riggs', speaker)).length, 1, speaker);
  }
});

test('an open quote with its attribution inside, going on after it, gets no fix: where it ends is unclear', () => {
  const text = '“The plan, she said, is dead.';
  assert.deepEqual(flagged(RULE, text), ['“']);
  assert.equal(fixed(RULE, text), text);
});

test('a closing mark with no opening is flagged, and opened at the paragraph start', () => {
  const text = 'We will stay,” Ruiz said. The vote is Monday.';
  const [finding] = findings(RULE, text);
  assert.equal(finding.start, text.indexOf('”'));
  assert.match(finding.message, /expected “/);
  assert.equal(fixed(RULE, text), '“We will stay,” Ruiz said. The vote is Monday.');
});

test('a continuation paragraph missing its opening mark: both ends are flagged, and the fix opens the continuation', () => {
  const text = '“We will stay,” Ruiz said, “until it is done.\n\nAnd we will rebuild,” she said.';
  assert.deepEqual(flagged(RULE, text), ['“', '”']);
  // One fix, not two: the orphan's own opens the paragraph.
  assert.equal(fixed(RULE, text), '“We will stay,” Ruiz said, “until it is done.\n\n“And we will rebuild,” she said.');
  const speech = '“Nobody wants to close a school,” Castillo told the board. “But we are paying to heat every empty classroom.\n\nBut every dollar we spend on an empty classroom is a dollar we are not spending on a teacher.”';
  assert.equal(fixed(RULE, speech), speech.replace('\n\nBut every', '\n\n“But every'));
  assert.deepEqual(flagged(RULE, fixed(RULE, speech)), []);
});

test('straight quotes: an unclosed straight quote is flagged', () => {
  const text = 'He said "we are ready to go.';
  assert.deepEqual(flagged(RULE, text), ['"']);
  assert.equal(fixed(RULE, text), 'He said "we are ready to go."');
});

test('Markdown code and link targets are not prose', () => {
  const text = 'Run `echo "hi` and see [the page](https://example.com/?q="x).';
  assert.deepEqual(flagged(RULE, text, 'markdown'), []);
});

test('offsets past emoji and CRLF point at the orphan mark', () => {
  const text = 'Fans cheered 🎉 loudly.\r\n\r\nIt was great,” said Lee 🙂.';
  const [finding] = findings(RULE, text);
  assert.equal(text.slice(finding.start, finding.end), '”');
  assert.equal(fixed(RULE, text), 'Fans cheered 🎉 loudly.\r\n\r\n“It was great,” said Lee 🙂.');
});

test('autocorrected elisions with a left mark are apostrophes: ‘em, ‘90s', () => {
  assert.deepEqual(flagged(RULE, 'Fans loved ‘em back in the ‘90s, she recalled.'), []);
});

test('dialogue interrupted by an em dash stays balanced', () => {
  assert.deepEqual(flagged(RULE, '"We will—" she paused—"stay until it is done."'), []);
});

test('a quote left open before its attribution closes at the comma', () => {
  const text = '“I want to know which one it is, because the fix is different, Puckett said.\n\nThe hearing went on.\n\n“Which one, asked Sen. Ana Ruiz.';
  assert.equal(fixed(RULE, text), '“I want to know which one it is, because the fix is different,” Puckett said.\n\nThe hearing went on.\n\n“Which one,” asked Sen. Ana Ruiz.');
  assert.equal(fixed(RULE, '“We will stay until it is done, she said Tuesday.'), '“We will stay until it is done,” she said Tuesday.');
});
