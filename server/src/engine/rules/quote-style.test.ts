import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, fixed, flagged } from '../../../../test/support/rules';

const RULE = 'quote-style';

test('a straight apostrophe in curly copy is flagged and fixed', () => {
  const text = '“It’s over,” she said of Ukraine\'s army.\n\nThe Kremlin’s claim stands.';
  assert.deepEqual(flagged(RULE, text), ["'"]);
  assert.equal(fixed(RULE, text), '“It’s over,” she said of Ukraine’s army.\n\nThe Kremlin’s claim stands.');
});

test('straight copy stays straight: the curly outlier is the one flagged', () => {
  const text = '"We are ready," he said. "It\'s time."\n\nShe called it “done.”\n\nThe team\'s plan was "bold," he said.';
  assert.deepEqual(flagged(RULE, text), ['“', '”']);
  assert.equal(fixed(RULE, text), text.replace('“done.”', '"done."'));
});

test('the quoteStyle option forces one style', () => {
  const text = '"We are ready," he said.';
  assert.equal(fixed(RULE, text, 'plaintext', { options: { quoteStyle: 'smart' } }), '“We are ready,” he said.');
});

test('code and link targets in Markdown are not prose', () => {
  const text = 'Run `echo "hi"` to see the “greeting” at [the page](https://example.com/?q="x").';
  assert.deepEqual(findings(RULE, text, 'markdown'), []);
});

test('positions are UTF-16 offsets, past emoji and CRLF', () => {
  const text = 'Headline 🎉 here\r\n\r\n“Fine,” she said 🙂 of the team\'s “win.”';
  const [finding] = findings(RULE, text);
  assert.equal(text.slice(finding.start, finding.end), "'");
  assert.equal(fixed(RULE, text), text.replace("team's", 'team’s'));
});

test('an opening single quote where an apostrophe belongs is turned round: ’90s, rock ’n’ roll, ’em', () => {
  const text = '“We loved the ‘90s,” she said. Rock ‘n’ roll played, and they danced ‘til dawn. “He said ‘90 days’ was enough.”';
  assert.deepEqual(flagged(RULE, text), ['‘', '‘', '‘']);
  assert.equal(fixed(RULE, text), '“We loved the ’90s,” she said. Rock ’n’ roll played, and they danced ’til dawn. “He said ‘90 days’ was enough.”');
});

test('apostrophes are never taken for quotes: ’90s, not ‘90s; inch marks stay', () => {
  const text = '“It’s the \'90s again,” said the 6\'2" guard. “Rock \'n\' roll.”';
  assert.equal(fixed(RULE, text), '“It’s the ’90s again,” said the 6\'2" guard. “Rock ’n’ roll.”');
});
