import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeServer } from './code-server';
import type { BrowserContext, Locator, Page } from './playwright-types';
import { ARTIFACTS } from './paths';
import { runChecks, type SuiteResult } from './report';

export const SCREENSHOT = join(ARTIFACTS, 'workbench.png');
export const SOURCES_SCREENSHOT = join(ARTIFACTS, 'sources.png');

/** Retries `attempt` (every 100 ms at most) until it stops throwing, for UI steps that race the workbench's own start-up. */
async function retry(what: string, attempt: () => Promise<void>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`${what}: ${error instanceof Error ? error.message : String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function visibleText(locator: Locator, timeout = 15_000): Promise<string> {
  await locator.first().waitFor({ state: 'visible', timeout });
  return (await locator.allInnerTexts()).join('\n');
}

/** Moves the cursor to a 1-based line through "Go to Line" (Ctrl+G). */
async function goToLine(page: Page, line: number): Promise<void> {
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 5_000 });
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
}

/**
 * The installed .vsix in VS Code's own workbench, driven as a writer would: open the article from
 * the Explorer, read the squiggles and the Problems panel, hover, fix with Ctrl+. and save.
 */
export async function runWorkbenchUiSuite(server: CodeServer, browser: BrowserContext, workspace: string): Promise<SuiteResult> {
  const page = await browser.newPage();
  const article = join(workspace, 'article.txt');
  const lastLine = readFileSync(article, 'utf8').split('\n').length;
  await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);

  return runChecks('VS Code workbench UI (code-server + Chromium)', [
    [
      'the article opens from the Explorer and shows Copydesk squiggles',
      async () => {
        const row = page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: 'article.txt' });
        // Double-clicking the Explorer row opens the file where Ctrl+P did not (the file index starts late).
        await retry('open article.txt', async () => {
          await row.first().dblclick({ timeout: 5_000 });
          await page.locator('.tab.active').filter({ hasText: 'article.txt' }).waitFor({ state: 'visible', timeout: 5_000 });
        }, 60_000);
        await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'attached', timeout: 30_000 });
      },
    ],
    [
      'the Problems panel lists both findings with their rule ids',
      async () => {
        await page.keyboard.press('Control+Shift+M');
        const problems = await visibleText(page.locator('.markers-panel .monaco-list-row'));
        assert.match(problems, /apostrophe/);
        assert.match(problems, /“Advertisement”/);
        assert.match(problems, /quote-style/);
        assert.match(problems, /leftover-boilerplate/);
      },
    ],
    [
      'the language status item shows the findings and the article’s figures',
      async () => {
        await retry('open the language status', async () => {
          await page.locator('[id="status.languageStatus"]').first().click({ timeout: 3_000 });
          const status = await visibleText(page.locator('.monaco-hover').filter({ hasText: 'Copydesk' }), 3_000);
          assert.match(status, /Copydesk: [1-9]\d* findings?/);
          assert.match(status, /7\d\d words · 3 min read · [1-9]\d* quotations · [1-9]\d* sources?/);
        });
        await page.keyboard.press('Escape');
      },
    ],
    [
      'hovering a squiggle explains the rule; screenshot saved',
      async () => {
        await page.locator('.monaco-editor .view-lines').first().click();
        await goToLine(page, lastLine);
        await retry('show the hover', async () => {
          await page.keyboard.press('Control+K');
          await page.keyboard.press('Control+I');
          const hover = await visibleText(page.locator('.monaco-hover'), 3_000);
          assert.match(hover, /end up in print or in the CMS/);
        });
        await page.screenshot({ path: SCREENSHOT });
      },
    ],
    [
      'the Sources view in the Explorer lists the article’s speakers; screenshot saved',
      async () => {
        const pane = page.locator('.pane').filter({ hasText: 'Sources' });
        const header = pane.locator('.pane-header').first();
        await header.waitFor({ state: 'visible', timeout: 10_000 });
        await retry('expand the Sources view', async () => {
          if ((await pane.locator('.monaco-list-row').count()) === 0) await header.click({ timeout: 3_000 });
          const rows = await visibleText(pane.locator('.monaco-list-row'), 3_000);
          assert.match(rows, /Kirby/);
          assert.match(rows, /\d+ quotations?/);
        });
        // Fold the file tree so the screenshot shows the Sources view at its full height.
        await page.locator('.pane:has(.explorer-folders-view) > .pane-header').first().click();
        await page.screenshot({ path: SOURCES_SCREENSHOT, clip: { x: 0, y: 0, width: 640, height: 800 } });
      },
    ],
    [
      'Ctrl+. offers the fix; choosing it and saving fixes the file on disk',
      async () => {
        await page.keyboard.press('Escape');
        await goToLine(page, lastLine);
        const row = page.locator('.action-widget .monaco-list-row').filter({ hasText: 'Delete this line' });
        await retry('open the quick-fix menu', async () => {
          await page.keyboard.press('Control+.');
          await row.first().waitFor({ state: 'visible', timeout: 3_000 });
        });
        const menu = await page.locator('.action-widget .monaco-list-row').allInnerTexts();
        for (const title of ['Disable leftover-boilerplate for this line', 'Show documentation for leftover-boilerplate']) {
          assert.ok(menu.some((text) => text.includes(title)), `menu lacks "${title}": ${JSON.stringify(menu)}`);
        }
        await row.first().click();
        await page.keyboard.press('Control+S');
        await retry('the saved file', async () => {
          const saved = readFileSync(article, 'utf8');
          assert.ok(!saved.includes('Advertisement'), 'the boilerplate line is still on disk');
          assert.ok(saved.trimEnd().endsWith('he said.'));
        }, 10_000);
      },
    ],
  ]);
}
