import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { NODE24_BIN, TOOLS } from './paths';

const ENTRY = join(TOOLS, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** A quiet workbench: no trust prompt, welcome page, secondary side bar (it stole Ctrl+. focus) or AI. */
const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
};

export interface CodeServer {
  url: string;
  /** The `vscode-remote://` URI of a path on this server, as the workbench's payload wants it. */
  remote(path: string): string;
  log: () => string;
  stop(): Promise<void>;
}

/**
 * Installs the .vsix into a private extensions folder and starts code-server with every folder it
 * writes (config, user data, XDG, home) under `dir`, in its own process group, so that stopping
 * it also ends the extension hosts, which outlive the browser.
 */
export async function startCodeServer(dir: string, vsix: string): Promise<CodeServer> {
  const folders = Object.fromEntries(['user-data', 'extensions', 'home', 'xdg-config', 'xdg-data', 'xdg-cache'].map((name) => [name, join(dir, name)]));
  for (const folder of Object.values(folders)) mkdirSync(folder, { recursive: true });
  mkdirSync(join(folders['user-data'], 'User'), { recursive: true });
  writeFileSync(join(folders['user-data'], 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const config = join(dir, 'config.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');
  const env = {
    ...process.env,
    PATH: `${NODE24_BIN}:${process.env.PATH}`,
    HOME: folders.home,
    XDG_CONFIG_HOME: folders['xdg-config'],
    XDG_DATA_HOME: folders['xdg-data'],
    XDG_CACHE_HOME: folders['xdg-cache'],
  };
  const common = ['--config', config, '--user-data-dir', folders['user-data'], '--extensions-dir', folders.extensions];
  const install = spawnSync(join(NODE24_BIN, 'node'), [ENTRY, ...common, '--install-extension', vsix], { env, encoding: 'utf8', timeout: 120_000 });
  if (install.status !== 0) throw new Error(`code-server could not install ${vsix}:\n${install.stdout}\n${install.stderr}`);

  const port = await freePort();
  const args = [
    ENTRY,
    ...common,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  const child = spawn(join(NODE24_BIN, 'node'), args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout!.on('data', (chunk) => (log += chunk));
  child.stderr!.on('data', (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, () => log);
  } catch (error) {
    await stopGroup(child);
    throw error;
  }
  return {
    url,
    remote: (path) => `vscode-remote://127.0.0.1:${port}${path}`,
    log: () => log,
    stop: () => stopGroup(child),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}:\n${log()}`);
    const healthy = await new Promise<boolean>((resolve) => {
      get(`${url}/healthz`, (response) => {
        response.resume();
        resolve(response.statusCode === 200);
      }).on('error', () => resolve(false));
    });
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs} ms:\n${log()}`);
}

/** Ends code-server and everything it started (extension hosts, the language server). */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // The group is already gone.
    }
  };
  signal('SIGTERM');
  const killer = setTimeout(() => signal('SIGKILL'), 5_000);
  await exited;
  clearTimeout(killer);
  signal('SIGKILL');
}
