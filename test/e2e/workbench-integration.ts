import { join } from 'node:path';
import type { BrowserContext } from './playwright-types';
import type { CodeServer } from './code-server';
import { ROOT } from './paths';
import type { SuiteResult } from './report';

/** A suite of test/vscode: its bundled module, and what the workbench opens for it. */
export interface ExtensionHostSuite {
  name: string;
  module: string;
  /** A folder, or a `.code-workspace` file for a multi-root workspace. */
  open: { folder: string } | { workspace: string };
}

export const SUITES_DIR = join(ROOT, 'out-editor', 'vscode');

/**
 * Runs a test/vscode suite in code-server's Node extension host. With the smoke-test driver on, the
 * web workbench honours the extensionDevelopmentPath/extensionTestsPath payload and hands the
 * tests' exit code to `window.codeAutomationExit`.
 */
export async function runExtensionHostSuite(server: CodeServer, browser: BrowserContext, suite: ExtensionHostSuite): Promise<SuiteResult> {
  const page = await browser.newPage();
  const lines: string[] = [];
  page.on('console', (message) => lines.push(message.text()));
  let exit: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (exit = resolve));
  await page.exposeFunction('codeAutomationExit', (code: number) => exit(code));
  const payload = [
    ['extensionDevelopmentPath', server.remote(ROOT)],
    ['extensionTestsPath', server.remote(suite.module)],
  ];
  const target = 'folder' in suite.open ? `folder=${encodeURIComponent(suite.open.folder)}` : `workspace=${encodeURIComponent(suite.open.workspace)}`;
  await page.goto(`${server.url}/?${target}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  const timeout = new Promise<number>((_, reject) => setTimeout(() => reject(new Error('the extension tests did not finish within 180 s')), 180_000).unref());
  const code = await Promise.race([exited, timeout]);
  // Extension-host output reaches the page console prefixed with a log-level style ("%c INFO color: …").
  const output = [...lines, ...server.log().split('\n')].flatMap((line) => line.split('\n'));
  const details: string[] = [];
  output.forEach((line, index) => {
    const result = /(✔|✖) .*/.exec(line)?.[0];
    if (!result) return;
    details.push(result.startsWith('✖') ? `${result}: ${output[index + 1]?.trim() ?? ''}` : result);
  });
  const summary = output.map((line) => /extension host: (\d+) passed, (\d+) failed/.exec(line)).find(Boolean);
  const passed = Number(summary?.[1] ?? 0);
  // A run that crashed before its summary still counts as a failure.
  const failed = Math.max(Number(summary?.[2] ?? 0), code === 0 ? 0 : 1);
  await page.close();
  return { name: suite.name, passed, failed, details };
}
