// Bundles the client, the server and the CLI to CommonJS (unified and retext are ESM-only), and
// each test file to out/ so node's test runner can run them.
import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const production = process.argv.includes('--production');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const withTests = !process.argv.includes('--no-tests');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: !production,
  minify: production,
  // `copydesk lsp` loads the server bundle that sits beside the CLI bundle in dist/.
  external: ['vscode', './server.js'],
  // A broken ESM→CJS import would otherwise fail only at run time.
  logOverride: { 'import-is-undefined': 'error' },
  logLevel: 'warning',
  define: { COPYDESK_VERSION: JSON.stringify(version) },
};

function testFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // Editor suites run inside editors (npm run test:e2e / test:vscode), not under node --test.
    if (name === 'node_modules' || name === 'e2e' || name === 'vscode') return [];
    if (statSync(path).isDirectory()) return testFiles(path);
    return /\.test\.ts$/.test(name) ? [path] : [];
  });
}

rmSync('dist', { recursive: true, force: true });
await build({
  ...common,
  entryPoints: {
    client: 'client/src/extension.ts',
    server: 'server/src/server.ts',
    cli: 'server/src/cli/main.ts',
  },
  outdir: 'dist',
});

if (withTests) {
  rmSync('out', { recursive: true, force: true });
  const entries = [...testFiles('server/src'), ...testFiles('test'), 'scripts/corpus.ts', 'scripts/sync-manifest.ts'];
  await build({
    ...common,
    sourcemap: true,
    entryPoints: Object.fromEntries(entries.map((file) => [relative('.', file).replace(/\.ts$/, ''), file])),
    outdir: 'out',
  });
}

// The editor suites go to their own folder: `node --test out/` would run them as plain tests.
if (withTests) {
  rmSync('out-editor', { recursive: true, force: true });
  await build({
    ...common,
    sourcemap: true,
    entryPoints: {
      'e2e/run': 'test/e2e/run.ts',
      'vscode/run': 'test/vscode/run.ts',
      'vscode/suite/index': 'test/vscode/suite/index.ts',
      'vscode/multi-root/index': 'test/vscode/multi-root/index.ts',
    },
    outdir: 'out-editor',
  });
}
