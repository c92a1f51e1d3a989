import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../linter';
import { claimsChecklistOf, renderChecklistMarkdown } from './checklist';

const STORY = [
  'Storm leaves 40% of county without power',
  '',
  'The storm hit on Tuesday, March 26, knocking out power to thousands of homes. County spokesman John Kirby said crews worked through the night.',
  '',
  '“We have never seen anything like it,” Kirby said. It was the deadliest storm in the state’s history.',
  '',
  '“Every line in the valley is down,” he added.',
].join('\n');

const checklistOf = (text: string, language: 'plaintext' | 'markdown' = 'plaintext') => {
  const { article } = lint(text, language);
  return { article, items: claimsChecklistOf(article) };
};

test('lists figures, superlatives, titled people, dates and quotations with absolute offsets', () => {
  const { items } = checklistOf(STORY);
  const summary = items.map((item) => [item.kind, item.details.join('; ')]);
  assert.deepEqual(summary, [
    ['figure', '40%'],
    ['figure', 'thousands of homes'],
    ['date', 'Tuesday; March 26'],
    ['person', 'spokesman John Kirby'],
    ['quotation', 'John Kirby'],
    ['superlative', 'the deadliest storm in the state’s history'],
    ['quotation', 'John Kirby'],
  ]);
  for (const item of items) assert.equal(STORY.slice(item.start, item.end).replace(/\s+/g, ' ').trim(), item.text);
});

test('marks whether each figure names its source', () => {
  const { items } = checklistOf(STORY);
  const figures = items.filter((item) => item.kind === 'figure');
  // The second sentence's "said" covers the first (attribution that follows the claim).
  assert.deepEqual(figures.map((item) => item.sourced), [false, true]);
});

test('names each speaker as `copydesk sources` does: “he said” resolved, in full', () => {
  const quotations = checklistOf(STORY).items.filter((item) => item.kind === 'quotation');
  assert.deepEqual(quotations.map((item) => item.speaker), ['John Kirby', 'John Kirby']);
});

test('leaves out short scare quotes and titles; a sign is the source of the words it reads', () => {
  const { items } = checklistOf('The “sharing economy” is a myth.\n\nThe sign read: “Closed until further notice by order.”');
  assert.deepEqual(items.map((item) => [item.kind, item.speaker]), [['quotation', 'sign']]);
  assert.deepEqual(checklistOf('Intro.\n\n“Nobody saw the order coming at all.”').items.map((item) => [item.kind, item.speaker]), [['quotation', undefined]]);
});

test('a quote running over two paragraphs is one item, with its speaker', () => {
  const text = 'Intro.\n\n“We lost the house in an hour,” said Ana Ruiz. “Then we lost the car.\n\n“Then we lost the town we grew up in.”';
  const quotations = checklistOf(text).items.filter((item) => item.kind === 'quotation');
  assert.deepEqual(quotations.map((item) => [item.speaker, item.text]), [
    ['Ana Ruiz', '“We lost the house in an hour,”'],
    ['Ana Ruiz', '“Then we lost the car. “Then we lost the town we grew up in.”'],
  ]);
});

test('is JSON-serializable as it is', () => {
  const { items } = checklistOf(STORY);
  assert.deepEqual(JSON.parse(JSON.stringify(items)), items);
});

test('renders a Markdown checklist with 1-based lines, grouped by kind', () => {
  const { article, items } = checklistOf(STORY);
  const markdown = renderChecklistMarkdown(items, article, 'storm.txt');
  assert.equal(
    markdown,
    [
      '# Fact-check: storm.txt',
      '',
      'Headline: Storm leaves 40% of county without power',
      '',
      '7 items to check.',
      '',
      '## Figures',
      '',
      '- [ ] L1: **40%** — no source named: Storm leaves 40% of county without power',
      '- [ ] L3: **thousands of homes** — confirm with the source named: The storm hit on Tuesday, March 26, knocking out power to thousands of homes.',
      '',
      '## Records, firsts and superlatives',
      '',
      '- [ ] L5: **the deadliest storm in the state’s history** — no source named: It was the deadliest storm in the state’s history.',
      '',
      '## People and titles',
      '',
      '- [ ] L3: **spokesman John Kirby** — County spokesman John Kirby said crews worked through the night.',
      '',
      '## Dates',
      '',
      '- [ ] L3: **Tuesday**, **March 26** — The storm hit on Tuesday, March 26, knocking out power to thousands of homes.',
      '',
      '## Quotations',
      '',
      '- [ ] L5: “We have never seen anything like it,” — quoted: John Kirby',
      '- [ ] L7: “Every line in the valley is down,” — quoted: John Kirby',
      '',
    ].join('\n'),
  );
});

test('counts lines the way editors do, past CRLF and emoji, and escapes Markdown in the text', () => {
  const text = 'Update 🌀\r\n\r\nThe *storm* cut power to 40% of homes_in_the_county on Friday.';
  const { article, items } = checklistOf(text, 'markdown');
  const markdown = renderChecklistMarkdown(items, article, 'update.md');
  assert.match(markdown, /- \[ \] L3: \*\*40%\*\* — no source named: The storm cut power to 40% of homes\\_in\\_the\\_county on Friday\./);
  assert.match(markdown, /- \[ \] L3: \*\*Friday\*\*/);
});

test('an article with nothing to check says so', () => {
  const { article, items } = checklistOf('The meeting was short.');
  assert.equal(renderChecklistMarkdown(items, article, 'a.txt'), '# Fact-check: a.txt\n\nNothing to check.\n');
});

test('lists every amount of money, prices too, which the rule leaves alone', () => {
  const { items } = checklistOf('Intro.\n\nThe game costs $9.99 and the levee was rebuilt at a cost of $14.5 billion.');
  assert.deepEqual(items.map((item) => item.details), [['$9.99', 'a cost of $14.5 billion']]);
});

test('“he said” after a paraphrase resolves to the person named in it', () => {
  const text = 'Gov. John Bel Edwards said the state had sent troops. “This is a strong storm,” he said.';
  const quotation = checklistOf(text).items.find((item) => item.kind === 'quotation');
  assert.equal(quotation?.speaker, 'Gov. John Bel Edwards');
});

test('lists unnamed sources, for the editor who must know who they are and why they are not named', () => {
  const { article, items } = checklistOf('The deal is close, a person familiar with the talks said.\n\nOfficials said the vote would be Tuesday. Mayor Ana Ruiz said nothing.');
  assert.deepEqual(items.filter((item) => item.kind === 'unnamed-source').map((item) => [item.details.join('; '), item.text]), [
    ['a person familiar with', 'The deal is close, a person familiar with the talks said.'],
    ['Officials said', 'Officials said the vote would be Tuesday.'],
  ]);
  assert.match(renderChecklistMarkdown(items, article, 'draft.md'), /## Unnamed sources\n\n- \[ \] L1: \*\*a person familiar with\*\* — know who it is and why they are not named: /);
});
