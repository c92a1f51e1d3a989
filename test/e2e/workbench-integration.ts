import { join } from 'node:path';
import type { BrowserContext } from './playwright-types';
import type { CodeServer } from './code-server';
import { ROOT } from './paths';
import type { SuiteResult } from './report';

const TESTS_MODULE = join(ROOT, 'out-editor', 'vscode', 'suite', 'index.js');

/**
 * Runs test/vscode/suite in code-server's Node extension host. With the smoke-test driver on, the
 * web workbench honours the extensionDevelopmentPath/extensionTestsPath payload and hands the
 * tests' exit code to `window.codeAutomationExit`.
 */
export async function runExtensionHostSuite(server: CodeServer, browser: BrowserContext, workspace: string): Promise<SuiteResult> {
  const page = await browser.newPage();
  const lines: string[] = [];
  page.on('console', (message) => lines.push(message.text()));
  let exit: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (exit = resolve));
  await page.exposeFunction('codeAutomationExit', (code: number) => exit(code));
  const payload = [
    ['extensionDevelopmentPath', server.remote(ROOT)],
    ['extensionTestsPath', server.remote(TESTS_MODULE)],
  ];
  await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
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
  return { name: 'VS Code extension host (code-server)', passed, failed, details };
}
