// `npm run test:e2e`: Copydesk in editors nobody here wrote. VS Code's workbench (code-server) runs
// the extension-host suite and is driven through headless Chromium; Neovim and Emacs speak to
// `copydesk lsp --stdio`. Each part prints "N passed, N failed"; any failure exits non-zero.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser';
import { startCodeServer } from './code-server';
import { lspEditorSuites } from './lsp-editors';
import { ARTIFACTS, articleWorkspace, multiRootWorkspace, ROOT, scratch, VSIX } from './paths';
import { printResult, type SuiteResult } from './report';
import { runExtensionHostSuite, SUITES_DIR } from './workbench-integration';
import { runWorkbenchUiSuite, SCREENSHOT } from './workbench-ui';

/** Times one suite, prints its tally, and turns a crash of the suite itself into one failure. */
async function suite(name: string, run: () => Promise<SuiteResult>): Promise<SuiteResult> {
  const began = Date.now();
  let result: SuiteResult;
  try {
    result = await run();
  } catch (error) {
    result = { name, passed: 0, failed: 1, details: [`✖ ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`] };
  }
  printResult(result, (Date.now() - began) / 1000);
  return result;
}

/** Both VS Code suites share one code-server and one browser, stopped (whole process group) at the end. */
async function workbenchSuites(dir: string): Promise<SuiteResult[]> {
  const server = await startCodeServer(join(dir, 'code-server'), VSIX);
  try {
    const browser = await launchBrowser(join(dir, 'chromium'));
    try {
      const results = [
        await suite('VS Code multi-root workspace (code-server)', () =>
          runExtensionHostSuite(server, browser, { name: 'VS Code multi-root workspace (code-server)', module: join(SUITES_DIR, 'multi-root', 'index.js'), open: { workspace: multiRootWorkspace(dir) } }),
        ),
        await suite('VS Code extension host (code-server)', () =>
          runExtensionHostSuite(server, browser, { name: 'VS Code extension host (code-server)', module: join(SUITES_DIR, 'suite', 'index.js'), open: { folder: articleWorkspace(dir, 'integration') } }),
        ),
        await suite('VS Code workbench UI (code-server + Chromium)', () => runWorkbenchUiSuite(server, browser, articleWorkspace(dir, 'ui'))),
      ];
      console.log(`screenshot: ${SCREENSHOT}`);
      return results;
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
}

async function main(): Promise<number> {
  const began = Date.now();
  mkdirSync(ARTIFACTS, { recursive: true });
  const packaged = spawnSync('npm', ['run', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (packaged.status !== 0) throw new Error('npm run package failed');

  const dir = scratch('e2e');
  const results: SuiteResult[] = [];
  try {
    try {
      results.push(...(await workbenchSuites(dir)));
    } catch (error) {
      results.push(await suite('VS Code (code-server)', () => Promise.reject(error)));
    }
    for (const editor of lspEditorSuites) results.push(await suite(editor.name, () => editor.run(dir)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  console.log(`\ne2e: ${passed} passed, ${failed} failed in ${((Date.now() - began) / 1000).toFixed(0)} s`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
