import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { copydesk, scratch, SEED } from './support/cli';
import { ROOT } from './support/lsp';

const ORIGINAL = readFileSync(join(ROOT, SEED), 'utf8');
/**
 * The reference article as a copy editor would leave it: the pasted "Advertisement" line and the
 * two repeated photo credits gone, the one straight apostrophe in curly copy curled. The unsourced
 * figures stay as they are: their fix is a blank to fill in, never written by --fix.
 */
const FIXED = ORIGINAL.replace('(Alex Wong/Getty Images) (Getty Images)', '(Alex Wong/Getty Images)')
  .replace('(Sefa Karacan/Anadolu Agency via Getty Images) (Anadolu Agency via Getty Images)', '(Sefa Karacan/Anadolu Agency via Getty Images)')
  .replace("Ukraine's armed forces", 'Ukraine’s armed forces')
  .replace(/\n\nAdvertisement$/, '');

test('--fix on the reference article removes the web leftovers and duplicate credits, and changes nothing else', () => {
  assert.equal(ORIGINAL.length - FIXED.length, '\n\nAdvertisement'.length + ' (Getty Images)'.length + ' (Anadolu Agency via Getty Images)'.length);
  const dir = scratch({ 'story.txt': ORIGINAL });
  const run = copydesk(['lint', '--fix', '--format', 'json', 'story.txt'], { cwd: dir });
  assert.equal(run.code, 0);
  assert.deepEqual(
    JSON.parse(run.stdout)[0].diagnostics.map((d: { rule: string; fixes: Array<{ edits: Array<{ newText: string }> }> }) => [d.rule, d.fixes[0]?.edits[0].newText]),
    [['claim-unsourced', ', according to [SOURCE]']],
    'only the fill-in is left, for a person',
  );
  assert.equal(readFileSync(join(dir, 'story.txt'), 'utf8'), FIXED);
  assert.deepEqual(readdirSync(dir), ['story.txt'], 'no temporary file is left behind');
  const again = copydesk(['lint', '--fix-dry-run', 'story.txt'], { cwd: dir });
  assert.equal(again.stdout, '', 'a second pass finds nothing to fix');
});

test('--fix keeps CRLF line endings, a UTF-8 byte-order mark and the file mode', () => {
  const crlf = ORIGINAL.replace(/\n/g, '\r\n');
  const dir = scratch({ 'crlf.txt': crlf, 'bom.txt': `\ufeff${ORIGINAL}` });
  chmodSync(join(dir, 'crlf.txt'), 0o640);
  assert.equal(copydesk(['lint', '--fix', '.'], { cwd: dir }).code, 0);
  assert.equal(readFileSync(join(dir, 'crlf.txt'), 'utf8'), FIXED.replace(/\n/g, '\r\n'));
  assert.equal(statSync(join(dir, 'crlf.txt')).mode & 0o777, 0o640);
  assert.equal(readFileSync(join(dir, 'bom.txt'), 'utf8'), `\ufeff${FIXED}`);
});

test('--fix keeps UTF-16 files in UTF-16, and positions do not count the byte-order mark', () => {
  const text = 'Kirby’s briefing.\n\nAdvertisement\n\nRussia\'s army, Ukraine’s people.\n';
  const dir = scratch({ 'utf16.txt': Buffer.from(`\ufeff${text}`, 'utf16le') });
  const [report] = JSON.parse(copydesk(['lint', '--format', 'json', 'utf16.txt'], { cwd: dir }).stdout);
  assert.deepEqual(report.diagnostics.map((d: { range: { start: unknown } }) => d.range.start), [
    { line: 2, character: 0 },
    { line: 4, character: 6 },
  ]);
  copydesk(['lint', '--fix', 'utf16.txt'], { cwd: dir });
  const bytes = readFileSync(join(dir, 'utf16.txt'));
  assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xfe]);
  assert.equal(bytes.subarray(2).toString('utf16le'), 'Kirby’s briefing.\n\nRussia’s army, Ukraine’s people.\n');
});

test('--fix reports what is left and exits by it; --fix-dry-run prints a diff and writes nothing', () => {
  const dir = scratch({ 'story.md': 'Intro.\n\nAdvertisement\n\nThe end.\n' });
  const dry = copydesk(['lint', '--fix-dry-run', 'story.md'], { cwd: dir });
  assert.equal(dry.code, 0);
  assert.equal(dry.stdout, '--- a/story.md\n+++ b/story.md\n@@ -1,5 +1,3 @@\n Intro.\n \n-Advertisement\n-\n The end.\n');
  assert.equal(readFileSync(join(dir, 'story.md'), 'utf8'), 'Intro.\n\nAdvertisement\n\nThe end.\n');
  const fixed = copydesk(['lint', '--fix', '--format', 'json', 'story.md'], { cwd: dir });
  assert.deepEqual(JSON.parse(fixed.stdout), [{ file: 'story.md', diagnostics: [] }]);
  assert.equal(readFileSync(join(dir, 'story.md'), 'utf8'), 'Intro.\n\nThe end.\n');
});

test('after --fix the exit code is that of what is left: fixed errors no longer fail the run', () => {
  const dir = scratch({ 'story.txt': 'Advertisement\n\nIt\'s here, Kirby’s aide said.\n' });
  const flags = ['--rule', 'quote-style:error', '--format', 'json', 'story.txt'];
  assert.equal(copydesk(['lint', ...flags], { cwd: dir }).code, 1);
  assert.equal(copydesk(['lint', '--fix-dry-run', ...flags], { cwd: dir }).code, 0);
  const run = copydesk(['lint', '--fix', ...flags], { cwd: dir });
  assert.equal(readFileSync(join(dir, 'story.txt'), 'utf8'), 'It’s here, Kirby’s aide said.\n');
  assert.deepEqual(JSON.parse(run.stdout)[0].diagnostics, []);
  assert.equal(run.code, 0);
});
