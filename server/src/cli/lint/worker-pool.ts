import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { LintOptions } from '../commands/lint-options';
import { lintTarget, type Target, type TargetOutcome } from './lint-target';

/** Each thread loads the engine first (~0.3 s): below this many files each, a thread costs more than it saves. */
const FILES_PER_WORKER = 24;
const MAX_WORKERS = 8;
const ROLE = 'copydesk-lint-worker';

/** How many worker threads a run of `files` articles is worth: 0 to lint on the main thread. */
export function workerCount(files: number): number {
  const count = Math.min(MAX_WORKERS, availableParallelism(), Math.floor(files / FILES_PER_WORKER));
  return count >= 2 ? count : 0;
}

/**
 * Lints targets on worker threads, one file at a time to whichever thread is free, so a long
 * article does not hold up the rest. Outcomes come back in the targets' order.
 */
export function lintInWorkers(targets: Target[], count: number, options: LintOptions, onEach: () => void): Promise<TargetOutcome[]> {
  const outcomes: TargetOutcome[] = new Array(targets.length);
  let next = 0;
  let finished = 0;
  return new Promise((resolve, reject) => {
    for (let i = 0; i < count; i++) {
      // The CLI bundle is also the worker's code: see serveLintWorker.
      const worker = new Worker(__filename, { workerData: { role: ROLE, options } });
      let done = false;
      const give = () => {
        if (next < targets.length) worker.postMessage({ index: next, target: targets[next++] });
        else {
          done = true;
          void worker.terminate();
        }
      };
      worker.on('message', ({ index, outcome }: { index: number; outcome: TargetOutcome }) => {
        outcomes[index] = outcome;
        onEach();
        if (++finished === targets.length) resolve(outcomes);
        give();
      });
      worker.on('error', reject);
      // A thread that dies without an error event (killed, out of memory) must not leave the run waiting.
      worker.on('exit', (code) => {
        if (!done) reject(new Error(`a lint worker thread stopped (exit code ${code}) before the run finished`));
      });
      give();
    }
  });
}

/** In a worker thread started by lintInWorkers: lint each target sent, reply with its outcome. */
export function serveLintWorker(): void {
  if (isMainThread || workerData?.role !== ROLE || !parentPort) return;
  const port = parentPort;
  const options = workerData.options as LintOptions;
  port.on('message', ({ index, target }: { index: number; target: Target }) => port.postMessage({ index, outcome: lintTarget(target, options) }));
}
