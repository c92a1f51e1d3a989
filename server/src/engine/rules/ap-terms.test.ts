import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, fixed, flagged } from '../../../../test/support/rules';

const RULE = 'ap-terms';

test('terms AP avoids are flagged; a swap that keeps the sentence is the fix', () => {
  const text = 'He committed suicide in 2019. Pro-choice and pro-life groups rallied.';
  assert.deepEqual(flagged(RULE, text), ['committed suicide', 'pro-life']);
  assert.equal(fixed(RULE, text), 'He died by suicide in 2019. Pro-choice and anti-abortion groups rallied.');
  assert.deepEqual(flagged(RULE, fixed(RULE, text)), []);
});

test('terms that need rewording are flagged without a fix', () => {
  const text = 'The illegal immigrants, a wheelchair-bound veteran and a heroin addict from a Third World country waited.';
  const reported = findings(RULE, text);
  assert.deepEqual(reported.map((finding) => [text.slice(finding.start, finding.end), finding.fixes.length]), [
    ['illegal immigrants', 0],
    ['wheelchair-bound', 0],
    ['heroin addict', 0],
    ['Third World', 0],
  ]);
  assert.match(reported[0].message, /living in the country illegally/);
});

test('AP’s spellings of everyday words are swapped in, keeping the writer’s capitals', () => {
  const text = 'She e-mailed the web site’s advisors from her cell phone. Okay, the talks in Kiev resumed.';
  assert.deepEqual(flagged(RULE, text), ['e-mailed', 'web site', 'advisors', 'cell phone', 'Okay', 'Kiev']);
  assert.equal(fixed(RULE, text), 'She emailed the website’s advisers from her cellphone. OK, the talks in Kyiv resumed.');
  assert.deepEqual(flagged(RULE, 'He ordered chicken Kiev from Fidelity Registered Investment Advisor. “Is that okay?” she asked.'), []);
});

test('quotations, headlines, names and other senses are left alone', () => {
  const text = '# Pro-life march draws thousands\n\n“He was no addict,” his mother said. The Pro-Life Action League met. Illegal immigration fell, she was addicted to running, and some feared a third world war. Third World Quarterly and the Third World Network published it.';
  assert.deepEqual(flagged(RULE, text, 'markdown'), []);
});

test('offsets survive emoji and CRLF', () => {
  const text = '🎉 The team said.\r\nHe committed suicide, police said.';
  const [finding] = findings(RULE, text);
  assert.equal(text.slice(finding.start, finding.end), 'committed suicide');
});

test('“should of” is “should have”, in the reporter’s words; “could of course” is an aside', () => {
  const text = 'The city should of waited. It couldn’t of been worse. He could of course appeal.\n\n“We should of known,” she said.';
  assert.deepEqual(flagged(RULE, text), ['should of', 'couldn’t of']);
  assert.equal(fixed(RULE, text), 'The city should have waited. It couldn’t have been worse. He could of course appeal.\n\n“We should of known,” she said.');
});
