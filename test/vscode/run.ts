// The extension-host suite under a downloaded VS Code (@vscode/test-electron), for machines with
// internet access; `npm run test:e2e` runs the same suite in code-server where downloads are blocked.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { articleWorkspace, multiRootWorkspace, ROOT, scratch } from '../e2e/paths';

const SUITES = join(ROOT, 'out-editor', 'vscode');

async function main(): Promise<void> {
  const dir = scratch('vscode');
  const run = (suite: string, open: string) =>
    runTests({
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: join(SUITES, suite, 'index.js'),
      launchArgs: [open, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', join(dir, 'user-data')],
    });
  try {
    await run('suite', articleWorkspace(dir));
    await run('multi-root', multiRootWorkspace(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
