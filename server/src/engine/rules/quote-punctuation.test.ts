import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, fixed, flagged } from '../../../../test/support/rules';

const RULE = 'quote-punctuation';

test('commas and periods inside the marks pass', () => {
  assert.deepEqual(flagged(RULE, '“We will stay,” she said of the “repositioning.”'), []);
});

test('a comma outside the closing mark moves inside', () => {
  const text = 'He expressed “skepticism”, Kirby said.';
  const [finding] = findings(RULE, text);
  assert.equal(text.slice(finding.start, finding.end), '”,');
  assert.match(finding.message, /Comma outside the closing quotation mark: in American style it goes inside \(,”, not ”,\)/);
  assert.equal(fixed(RULE, text), 'He expressed “skepticism,” Kirby said.');
});

test('a period outside moves inside, even after a title or a single word (AP)', () => {
  assert.equal(fixed(RULE, 'She saw “Star Wars”. Then she left.'), 'She saw “Star Wars.” Then she left.');
  assert.equal(fixed(RULE, 'It was "fine". He left.'), 'It was "fine." He left.');
});

test('question and exclamation marks go by meaning and are left alone', () => {
  assert.deepEqual(flagged(RULE, 'Did she say “never”? She did. He shouted “now”! Then “why?”.'), []);
});

test('nested single quotes follow the same rule', () => {
  assert.equal(fixed(RULE, '“He called it ‘bold’, then left,” Lee said.'), '“He called it ‘bold,’ then left,” Lee said.');
});

test('apostrophes and inch marks before a comma are not closing quotes', () => {
  assert.deepEqual(flagged(RULE, 'The dogs’, cats’ and horses’ owners came. A 12", a 7" and more.'), []);
});

test('British style accepts logical punctuation', () => {
  const text = 'He expressed ‘scepticism’, Kirby said.';
  assert.deepEqual(flagged(RULE, text, 'plaintext', { options: { punctuationStyle: 'british' } }), []);
});

test('offsets are right past emoji and CRLF', () => {
  const text = 'Big day 🎉\r\n\r\nIt was “fine”, 🙂 she said.';
  assert.equal(fixed(RULE, text), 'Big day 🎉\r\n\r\nIt was “fine,” 🙂 she said.');
});

test('copy quoting with single marks first is British: logical punctuation passes unless American is forced', () => {
  const text = '‘We will stay’, she said. He called it ‘a disgrace’.';
  assert.deepEqual(flagged(RULE, text), []);
  const american = { options: { punctuationStyle: 'american' as const } };
  // The marks turn first; the commas and periods move in on the next pass, as fix-all runs them.
  const once = fixed(RULE, text, 'plaintext', american);
  assert.equal(once, '“We will stay”, she said. He called it “a disgrace”.');
  assert.equal(fixed(RULE, once, 'plaintext', american), '“We will stay,” she said. He called it “a disgrace.”');
});

test('copy punctuating logically throughout keeps its style; a lone outlier in American copy is flagged', () => {
  const logical = 'The “term”, the “phrase”, and the “word”. It said “done”.';
  assert.deepEqual(flagged(RULE, logical), []);
  const american = '“We will stay,” she said. He called it “a disgrace.” The “plan”, she added, “is set.”';
  assert.deepEqual(flagged(RULE, american), ['”,']);
});

test('nested quotes closing together: the comma goes inside both marks in one fix', () => {
  assert.equal(fixed(RULE, '“He called it ‘bold’”, Lee said.'), '“He called it ‘bold,’” Lee said.');
});

test('a quote in single marks in American copy turns double; a quote within a quote and headlines keep single ones', () => {
  const text = '“We have a team for this,” he said. ‘It is important work.’ She called it “a ‘bold’ move.”';
  assert.deepEqual(flagged(RULE, text), ['‘It is important work.’']);
  assert.match(findings(RULE, text)[0].message, /American style uses double marks \(“ ”\)/);
  assert.equal(fixed(RULE, text), '“We have a team for this,” he said. “It is important work.” She called it “a ‘bold’ move.”');
  assert.equal(fixed(RULE, '"Yes," he said. \'No.\''), '"Yes," he said. "No."');
  assert.deepEqual(flagged(RULE, '# ‘I never thought I’d see this day’: a veteran’s medals\n\n“It was late,” he said.', 'markdown'), []);
  const display = '![Brain](b.jpg)\n*When the ‘a-ha!’ moment comes.*\n\n“It was late,” he said.\n\n- [Review: ‘Madden NFL 17’ runs hard](https://example.com/madden)';
  assert.deepEqual(flagged(RULE, display, 'markdown'), []);
});

test('a single-marked quote holding a double-marked one is flagged without a fix', () => {
  const text = '“Fine,” she said. ‘He told me “no” twice.’';
  const reported = findings(RULE, text).filter((finding) => text[finding.start] === '‘');
  assert.equal(reported.length, 1);
  assert.deepEqual(reported[0].fixes, []);
});

test('apostrophes are not single quotes, and British copy quotes with single marks', () => {
  assert.deepEqual(flagged(RULE, '“Sure,” he said of the ’90s, rock ’n’ roll and the Joneses’ house, ’til dawn.'), []);
  assert.deepEqual(flagged(RULE, '‘We will stay,’ she said. ‘It is home.’ He called it “odd”.'), []);
  // American copy that slips into single marks twice after quoting with double ones first stays American.
  const slips = '“We will rebuild,” Ruiz said.\n\nRuiz said the city was ‘not going anywhere.’\n\n‘We are staying,’ Ruiz said.';
  assert.deepEqual(flagged(RULE, slips), ['‘not going anywhere.’', '‘We are staying,’']);
});

test('a quoted statement meets its attribution with a comma: not a period, not nothing', () => {
  assert.equal(fixed(RULE, '“We are ready.” Smith said.'), '“We are ready,” Smith said.');
  assert.equal(fixed(RULE, '“We are ready.” he said Tuesday. “We are not.” said Mayor Ana Ruiz.'), '“We are ready,” he said Tuesday. “We are not,” said Mayor Ana Ruiz.');
  assert.equal(fixed(RULE, '“We are ready” the mayor said.'), '“We are ready,” the mayor said.');
  assert.match(findings(RULE, '“We are ready.” Smith said.')[0].message, /Period before the attribution/);
  // A sentence of its own after the quote, a title mid-sentence, a one-word quote: left alone.
  const alone = '“It’s over.” Smith said the team would appeal. The film “Oppenheimer” director Christopher Nolan said. “Stop” Lee said.';
  assert.deepEqual(flagged(RULE, alone), []);
});

test('a quoted sentence after “said” follows a comma; a partial quote does not', () => {
  assert.equal(fixed(RULE, 'Smith said “We are ready.” Lee told reporters “It is done.”'), 'Smith said, “We are ready.” Lee told reporters, “It is done.”');
  assert.deepEqual(flagged(RULE, 'Smith said “a few” people came, and Lee said, “We are ready.”'), []);
});

test('a question or exclamation mark ends its quote: no comma after it, in any style', () => {
  assert.equal(fixed(RULE, '“Are we ready?,” Smith asked. “Go!”, she shouted.'), '“Are we ready?” Smith asked. “Go!” she shouted.');
  const british = { options: { punctuationStyle: 'british' as const } };
  assert.equal(fixed(RULE, '‘Are we ready?,’ Smith asked. ‘We are ready.’ he said.', 'plaintext', british), '‘Are we ready?’ Smith asked. ‘We are ready,’ he said.');
});
