import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleWorkspace, ROOT } from './paths';
import type { SuiteResult } from './report';

const CLI = join(ROOT, 'bin', 'copydesk.js');

interface Editor {
  /** Names its scratch folder. */
  id: string;
  name: string;
  command: string;
  args: (script: string) => string[];
  script: string;
}

const EDITORS: Editor[] = [
  {
    id: 'neovim',
    name: 'Neovim (vim.lsp)',
    command: 'nvim',
    args: (script) => ['--headless', '-i', 'NONE', '-u', script],
    script: join(ROOT, 'test', 'e2e', 'neovim', 'copydesk-test.lua'),
  },
  {
    id: 'emacs',
    name: 'Emacs (eglot)',
    command: 'emacs',
    // Not -Q: Debian's eglot is found through the site start files.
    args: (script) => ['--batch', '-l', script],
    script: join(ROOT, 'test', 'e2e', 'emacs', 'copydesk-test.el'),
  },
];

/**
 * Runs an editor's test script against `copydesk lsp --stdio` on a copy of the reference article,
 * with HOME and the XDG folders inside `dir`. The script writes one ✔/✖ line per check.
 */
async function runEditor(editor: Editor, dir: string): Promise<SuiteResult> {
  const home = join(dir, 'home');
  mkdirSync(home, { recursive: true });
  const workspace = articleWorkspace(dir);
  const results = join(dir, 'results.txt');
  const env = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_STATE_HOME: join(home, '.local', 'state'),
    XDG_CACHE_HOME: join(home, '.cache'),
    COPYDESK_CLI: CLI,
    ARTICLE: join(workspace, 'article.txt'),
    RESULTS: results,
  };
  const child = spawn(editor.command, editor.args(editor.script), { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 90_000);
    child.once('exit', (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  const lines = existsSync(results) ? readFileSync(results, 'utf8').split('\n').filter((line) => /^(✔|✖) /.test(line)) : [];
  const result: SuiteResult = {
    name: editor.name,
    passed: lines.filter((line) => line.startsWith('✔')).length,
    failed: lines.filter((line) => line.startsWith('✖')).length,
    details: lines,
  };
  if (code !== 0 || lines.length === 0) {
    result.failed++;
    result.details.push(`✖ ${editor.command} exited with ${code}${lines.length === 0 ? ' and reported nothing' : ''}:\n${output.slice(-2000)}`);
  }
  return result;
}

/** One suite per editor, each in its own folder under `dir`. */
export const lspEditorSuites = EDITORS.map((editor) => ({ name: editor.name, run: (dir: string) => runEditor(editor, join(dir, editor.id)) }));
