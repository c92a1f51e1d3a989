// Side-by-side benchmark: Copydesk's engine and language server against other prose linters on
// the same texts. Usage: npm run bench [-- --corpus DIR] [--json] [--quick] [--sizes 1,100] [--no-peers]
// Not a test: figures depend on the machine. See README "Performance".
import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadPeers } from './bench-peers.mjs';
import { loadTexts } from './bench-texts.mjs';

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const corpus = option('--corpus') ?? '../shared/corpus/dev';
const asJson = args.includes('--json');
const quick = args.includes('--quick');
const sizes = option('--sizes')?.split(',').map(Number);
const withPeers = !args.includes('--no-peers');
/** Runs per measurement by size: enough for a stable median without an hour-long run. */
const RUNS = quick ? { 1: 3, 10: 2, 100: 1 } : { 1: 15, 10: 5, 100: 3 };

let texts;
try {
  texts = loadTexts(corpus).filter((doc) => !sizes || sizes.includes(doc.size));
} catch (error) {
  console.error(`bench: ${error.message}`);
  process.exit(2);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];

async function timeRuns(runs, fn) {
  await fn(); // warm-up: JIT and lazy module state
  const times = [];
  for (let i = 0; i < runs; i++) {
    const began = performance.now();
    await fn();
    times.push(performance.now() - began);
  }
  return median(times);
}

// Typing first, each document by a fresh client process (as an editor would be, the servers' client
// parses every diagnostic), so no peer, cold lint or other document leaves garbage whose collection
// lands in the latencies.
const typeInto = promisify(execFile);
const typingScript = fileURLToPath(new URL('./bench-typing.mjs', import.meta.url));
const typing = [];
for (const doc of texts) {
  const { stdout } = await typeInto(process.execPath, [typingScript, corpus, doc.format, String(doc.size)]);
  typing.push(JSON.parse(stdout));
  if (!asJson) console.error(`typed in ${doc.format} ${doc.size}×`);
}

// The engine alone, bundled as the server bundles it (unified and retext are ESM-only).
await build({ entryPoints: ['server/src/engine/linter.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: 'out/bench/engine.cjs', logLevel: 'error' });
const { lint } = createRequire(import.meta.url)('../out/bench/engine.cjs');
const peers = withPeers ? await loadPeers() : [];
const rows = [];
for (const [i, doc] of texts.entries()) {
  const runs = RUNS[doc.size];
  const coldMs = await timeRuns(runs, () => lint(doc.text, doc.format));
  const { latencies, steadyLatencies, rssMb } = typing[i];
  const peerMs = {};
  for (const peer of peers) {
    if (peer.formats && !peer.formats.includes(doc.format)) continue;
    peerMs[peer.name] = await timeRuns(runs, () => peer.run(doc.text, doc.format));
  }
  const row = {
    format: doc.format,
    size: doc.size,
    words: doc.words,
    coldMs,
    wordsPerSecond: Math.round((doc.words / coldMs) * 1000),
    keystrokeMedianMs: median(latencies),
    keystrokeP95Ms: percentile(latencies, 95),
    steadyKeystrokeMedianMs: median(steadyLatencies),
    steadyKeystrokeP95Ms: percentile(steadyLatencies, 95),
    serverPeakRssMb: rssMb,
    peerMs,
    ratios: Object.fromEntries(Object.entries(peerMs).map(([name, ms]) => [name, coldMs / ms])),
  };
  rows.push(row);
  if (!asJson) console.error(`measured ${doc.format} ${doc.size}×`);
}

const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version };
if (asJson) {
  console.log(JSON.stringify({ machine, runs: RUNS, rows }, null, 2));
} else {
  printTable(rows);
}

function printTable(rows) {
  const f = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
  console.log(`Node ${machine.node}, ${machine.cpus} cores (${machine.cpu}); medians of ${Object.values(RUNS).join('/')} runs at 1×/10×/100×\n`);
  console.log('| text | words | Copydesk cold ms | words/s | keystroke median / p95 ms: first 50 | after 100 | server peak RSS MB |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(`| ${r.format} ${r.size}× | ${r.words} | ${f(r.coldMs)} | ${r.wordsPerSecond.toLocaleString('en-US')} | ${f(r.keystrokeMedianMs)} / ${f(r.keystrokeP95Ms)} | ${f(r.steadyKeystrokeMedianMs)} / ${f(r.steadyKeystrokeP95Ms)} | ${r.serverPeakRssMb.toFixed(0)} |`);
  }
  const names = [...new Set(rows.flatMap((r) => Object.keys(r.peerMs)))];
  if (names.length === 0) return;
  console.log(`\n| text | ${names.map((n) => `${n} ms (Copydesk/peer)`).join(' | ')} |`);
  console.log(`|---|${names.map(() => '---:').join('|')}|`);
  for (const r of rows) {
    const cells = names.map((n) => (n in r.peerMs ? `${f(r.peerMs[n])} (${r.ratios[n].toFixed(2)})` : '–'));
    console.log(`| ${r.format} ${r.size}× | ${cells.join(' | ')} |`);
  }
}
