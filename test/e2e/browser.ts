import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BrowserContext, Playwright } from './playwright-types';
import { TOOLS } from './paths';

/** Debian's chromium, headless, with everything that would reach for the network turned off. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** playwright-core lives in the e2e tools folder, not in the root install. */
function playwright(): Playwright {
  return createRequire(join(TOOLS, 'package.json'))('playwright-core');
}

export function launchBrowser(profile: string): Promise<BrowserContext> {
  return playwright().chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
}
