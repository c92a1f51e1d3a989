// The extension-host suite under a downloaded VS Code (@vscode/test-electron), for machines with
// internet access; `npm run test:e2e` runs the same suite in code-server where downloads are blocked.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { articleWorkspace, ROOT, scratch } from '../e2e/paths';

async function main(): Promise<void> {
  const dir = scratch('vscode');
  try {
    await runTests({
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: join(ROOT, 'out-editor', 'vscode', 'suite', 'index.js'),
      launchArgs: [articleWorkspace(dir), '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', join(dir, 'user-data')],
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
