import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copydesk, scratch } from './support/cli';

const LEFTOVER = 'A story.\n\nAdvertisement\n';

function files(dir: string, ...inputs: string[]): string[] {
  const run = copydesk(['lint', '--format', 'json', ...inputs], { cwd: dir });
  return JSON.parse(run.stdout || '[]').map((report: { file: string }) => report.file);
}

const tree = () =>
  scratch({
    'a.md': LEFTOVER,
    'notes.txt': LEFTOVER,
    'news/wire.md': LEFTOVER,
    'news/2024/may.md': LEFTOVER,
    'news/2024/photo.jpg': 'not an article',
    'archive/old.md': LEFTOVER,
    '.drafts/secret.md': LEFTOVER,
    'node_modules/pkg/readme.md': LEFTOVER,
  });

test('folders are walked in name order, skipping dot folders, node_modules and non-articles', () => {
  const dir = tree();
  assert.deepEqual(files(dir, '.'), ['a.md', 'archive/old.md', 'news/2024/may.md', 'news/wire.md', 'notes.txt']);
  assert.deepEqual(files(dir), files(dir, '.'), 'no path means the current folder');
});

test('globs match over the walked tree; each file is linted once', () => {
  const dir = tree();
  assert.deepEqual(files(dir, '**/*.md'), ['a.md', 'archive/old.md', 'news/2024/may.md', 'news/wire.md']);
  assert.deepEqual(files(dir, 'news/*.md'), ['news/wire.md']);
  assert.deepEqual(files(dir, '*.{md,txt}', 'a.md'), ['a.md', 'notes.txt']);
  assert.deepEqual(files(dir, 'news/**'), ['news/2024/may.md', 'news/wire.md']);
  const none = copydesk(['lint', 'nothing/*.md'], { cwd: dir });
  assert.equal(none.code, 2);
  assert.match(none.stderr, /no files match the pattern nothing\/\*\.md/);
});

test('.gitignore and .copydeskignore: negation, folder-only, anchored and ** patterns', () => {
  const dir = tree();
  const withIgnores = scratch({
    'a.md': LEFTOVER,
    'archive.md': LEFTOVER,
    'archive/old.md': LEFTOVER,
    'news/wire.md': LEFTOVER,
    'news/draft-1.md': LEFTOVER,
    'news/2024/draft-2.md': LEFTOVER,
    'news/2024/keep-draft.md': LEFTOVER,
    'sub/a.md': LEFTOVER,
    '.gitignore': 'archive/\n**/draft-*.md\n',
    '.copydeskignore': '/a.md\n!news/2024/draft-2.md\n',
    'news/.copydeskignore': 'wire.md\n',
  });
  assert.deepEqual(files(withIgnores, '.'), ['archive.md', 'news/2024/draft-2.md', 'news/2024/keep-draft.md', 'sub/a.md']);
  assert.deepEqual(files(withIgnores, '**/*.md'), ['archive.md', 'news/2024/draft-2.md', 'news/2024/keep-draft.md', 'sub/a.md']);
  assert.equal(files(withIgnores, '--no-ignore', '.').length, 8);
  assert.equal(files(dir, '.').length, 5, 'no ignore files, nothing ignored');
});

test('a named file that is ignored is skipped with a note, as ESLint does', () => {
  const dir = scratch({ 'a.md': LEFTOVER, 'b.md': LEFTOVER, '.copydeskignore': 'a.md\n' });
  const run = copydesk(['lint', '--format', 'json', 'a.md', 'b.md'], { cwd: dir });
  assert.equal(run.code, 0);
  assert.deepEqual(JSON.parse(run.stdout).map((r: { file: string }) => r.file), ['b.md']);
  assert.match(run.stderr, /a\.md is ignored by \.gitignore or \.copydeskignore: skipped \(use --no-ignore to lint it\)/);
});

test('standard input: - or --stdin, named by --stdin-filename, which picks the language', () => {
  const markdown = '# Title\n\nA story with `code`.\n\nAdvertisement\n';
  const dash = copydesk(['lint', '--format', 'json', '-'], { input: markdown });
  assert.equal(dash.code, 0);
  const [report] = JSON.parse(dash.stdout);
  assert.equal(report.file, '<stdin>');
  assert.deepEqual(report.diagnostics[0].range.start, { line: 4, character: 0 });
  const named = copydesk(['lint', '--stdin', '--stdin-filename', 'drafts/story.md'], { input: markdown });
  assert.match(named.stdout, /^drafts\/story\.md\n {2}5:1 /);
  const diff = copydesk(['lint', '--fix-dry-run', '-'], { input: 'One.\n\nAdvertisement\n' });
  assert.equal(diff.stdout, '--- a/<stdin>\n+++ b/<stdin>\n@@ -1,3 +1 @@\n One.\n-\n-Advertisement\n');
});

test('standard input with paths, or --fix on it, are usage errors', () => {
  assert.equal(copydesk(['lint', '-', 'a.md'], { input: '' }).code, 2);
  const fix = copydesk(['lint', '--fix', '-'], { input: 'Advertisement\n' });
  assert.equal(fix.code, 2);
  assert.match(fix.stderr, /^copydesk: --fix cannot write back to standard input: use --fix-dry-run to see the changes \(see/);
  assert.equal(copydesk(['lint', '--stdin-filename', 'x.md', 'a.md']).code, 2);
});

test('a large run, linted on worker threads, reports exactly what file-by-file runs report, in order', () => {
  const articles: Record<string, string> = {};
  for (let i = 0; i < 60; i++) {
    const name = `story-${String(i).padStart(2, '0')}.${i % 3 ? 'txt' : 'md'}`;
    articles[name] = i % 2 ? `Story ${i}, the army's plan.\n\nAdvertisement\n` : `“Story ${i},” she said.\n`;
  }
  const dir = scratch(articles);
  const whole = copydesk(['lint', '--format', 'json', '.'], { cwd: dir });
  const names = Object.keys(articles).sort();
  const halves = [names.slice(0, 30), names.slice(30)].map((half) => JSON.parse(copydesk(['lint', '--format', 'json', ...half], { cwd: dir }).stdout));
  assert.equal(whole.code, 0);
  assert.deepEqual(JSON.parse(whole.stdout), halves.flat());
  assert.equal(JSON.parse(whole.stdout).length, 60);
});
