import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/engine/linter';
import { ROOT } from '../support/lsp';
import { temporaryFolder } from '../support/temporary';
import { fiveMegabytes, HOSTILE_INPUTS } from './hostile-inputs';

const ARTICLE = readFileSync(join(ROOT, 'seeds', '000_d99372c84347be6b.txt'), 'utf8');

test('the engine lints hostile input in both languages without throwing or failing a rule', () => {
  for (const [name, text] of Object.entries({ ...HOSTILE_INPUTS, '5 MB': fiveMegabytes(ARTICLE) })) {
    for (const language of ['markdown', 'plaintext'] as const) {
      const result = lint(text, language);
      assert.deepEqual(result.failures, [], `${name} (${language})`);
      for (const finding of result.findings) assert.ok(finding.start >= 0 && finding.end <= text.length, `${name} (${language}): ${finding.rule} out of range`);
    }
  }
});

test('the CLI reports on hostile files and exits normally', () => {
  const dir = temporaryFolder('hostile');
  const files = Object.entries(HOSTILE_INPUTS).filter(([name]) => name !== 'binary' && name !== 'NUL bytes');
  files.forEach(([, text], i) => writeFileSync(join(dir, `${i}.md`), text));
  writeFileSync(join(dir, 'big.txt'), fiveMegabytes(ARTICLE));
  writeFileSync(join(dir, 'nul.txt'), HOSTILE_INPUTS['NUL bytes']);
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'copydesk.js'), 'lint', '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(run.signal, null);
  assert.equal(run.status, 2, 'the NUL file is refused as binary');
  assert.match(run.stderr, /nul\.txt is a binary file, not an article: skipped/);
  assert.doesNotMatch(run.stderr, /failed|Error|at /);
  assert.equal(JSON.parse(run.stdout).length, files.length + 1);
});
