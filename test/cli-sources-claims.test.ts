import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimsChecklistOf, renderChecklistMarkdown } from '../server/src/engine/claims/checklist';
import { buildArticle } from '../server/src/engine/model/build';
import { copydesk, scratch, SEED } from './support/cli';
import { ROOT } from './support/lsp';

const SEED_TEXT = readFileSync(join(ROOT, SEED), 'utf8');

test('copydesk sources lists the reference article’s speakers with their quotations', () => {
  const run = copydesk(['sources', SEED]);
  assert.equal(run.code, 0);
  const lines = run.stdout.split('\n');
  assert.equal(lines[0], SEED);
  assert.equal(lines[1], '  John Kirby, Defense Department spokesman — 16 quotations');
  assert.equal(lines[2], '    5:1     “Nobody should be fooling ourselves by the Kremlin’s now recent claim that it will suddenly just red…”');
  assert.ok(lines.includes('  Russia’s deputy defense minister — 2 quotations'));
  assert.ok(lines.includes('    12:673  “fundamentally ... cut back military activity in the direction of Kyiv and Chernihiv” (partial)'));
  assert.ok(lines.includes('  No speaker named — 1 quotation'));
});

test('copydesk sources --format json gives LSP ranges that point at each quotation', () => {
  const text = '“We will stay,” said Mayor Ana Ruiz 🎉.\r\n\r\n“It is ours,” Ruiz said.\r\n';
  const dir = scratch({ 'story.txt': text });
  const [listing] = JSON.parse(copydesk(['sources', '--format', 'json', 'story.txt'], { cwd: dir }).stdout);
  assert.equal(listing.file, 'story.txt');
  const [speaker] = listing.speakers;
  assert.equal(speaker.name, 'Ana Ruiz');
  const lines = text.split('\r\n');
  for (const quotation of speaker.quotations) {
    const { start, end } = quotation.range;
    assert.equal(start.line, end.line);
    assert.ok(lines[start.line].slice(start.character, end.character).includes(quotation.text), quotation.text);
  }
  assert.deepEqual(speaker.quotations.map((q: { text: string }) => q.text), ['We will stay,', 'It is ours,']);
});

test('copydesk claims prints the engine’s Markdown checklist, file by file', () => {
  const run = copydesk(['claims', SEED]);
  assert.equal(run.code, 0);
  const article = buildArticle(SEED_TEXT, 'plaintext');
  assert.equal(run.stdout, renderChecklistMarkdown(claimsChecklistOf(article), article, SEED));
  assert.match(run.stdout, /^- \[ \] L12: \*\*thousands of deaths\*\*, \*\*4 million\*\* — no source named/m);
});

test('copydesk claims --format json: items with kinds, details and LSP ranges', () => {
  const dir = scratch({ 'a.md': 'The city spent $4 million on the bridge in 2021.\n', 'b.md': 'Nothing to check here.\n' });
  const run = copydesk(['claims', '--format', 'json', '.'], { cwd: dir });
  assert.equal(run.code, 0);
  const [a, b] = JSON.parse(run.stdout);
  assert.equal(a.file, 'a.md');
  assert.ok(a.items.some((item: { kind: string }) => item.kind === 'figure'));
  for (const item of a.items) {
    assert.deepEqual(Object.keys(item).sort(), ['details', 'kind', 'range', 'text', ...('sourced' in item ? ['sourced'] : []), ...('speaker' in item ? ['speaker'] : [])].sort());
    assert.deepEqual(item.range.start, { line: 0, character: 0 });
  }
  assert.deepEqual(b, { file: 'b.md', items: [] });
});

test('sources and claims read standard input, take --help, and reject bad formats', () => {
  const stdin = copydesk(['claims', '-', '--stdin-filename', 'draft.md'], { input: 'Officials said 40 people died on Monday.\n' });
  assert.match(stdin.stdout, /^# Fact-check: draft\.md\n/);
  for (const command of ['sources', 'claims']) {
    assert.match(copydesk([command, '--help']).stdout, new RegExp(`^Usage: copydesk ${command} \\[options\\]`));
    const bad = copydesk([command, '--format', 'sarif', SEED]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--format must be one of/);
  }
  assert.equal(copydesk(['sources', 'no-such-file.md']).code, 2);
});
