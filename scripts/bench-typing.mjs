// One document typed by a fresh client process: `node scripts/bench-typing.mjs CORPUS FORMAT SIZE`
// prints `{ latencies, rssMb }` as JSON. bench.mjs runs one per document, so the garbage a client
// makes parsing one document's diagnostics is not collected during the next document's keystrokes.
import { measureServer } from './bench-server.mjs';
import { loadTexts } from './bench-texts.mjs';

const [corpus, format, size] = process.argv.slice(2);
const doc = loadTexts(corpus).find((candidate) => candidate.format === format && candidate.size === Number(size));
if (!doc) throw new Error(`no ${format} ${size}× text`);
process.stdout.write(JSON.stringify(await measureServer(doc)));
