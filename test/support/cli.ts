import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './lsp';
import { temporaryFolder } from './temporary';

export const CLI = join(ROOT, 'bin', 'copydesk.js');
export const SEED = join('seeds', '000_d99372c84347be6b.txt');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI as a user would; colour variables are cleared unless given. */
export function copydesk(args: string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): Run {
  const env = { ...process.env, NO_COLOR: '', FORCE_COLOR: undefined, ...options.env };
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, input: options.input, encoding: 'utf8', env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A fresh temporary folder holding these files (paths may name subfolders). */
export function scratch(files: Record<string, string | Buffer>): string {
  const dir = temporaryFolder('cli');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}
