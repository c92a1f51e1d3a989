/** Starts showing only when a run has taken this long, so quick runs never flicker. */
const DELAY_MS = 500;
const INTERVAL_MS = 100;

export interface Progress {
  tick(): void;
  done(): void;
}

/**
 * "copydesk: 120/1000 files" on one rewritten stderr line, for long runs on a terminal only:
 * pipes and CI logs stay clean.
 */
export function startProgress(total: number, stream: Pick<NodeJS.WriteStream, 'isTTY' | 'write'> = process.stderr, clock = Date.now): Progress {
  if (!stream.isTTY || total < 2) return { tick() {}, done() {} };
  const began = clock();
  let shownAt = 0;
  let finished = 0;
  let shown = false;
  return {
    tick() {
      finished++;
      const now = clock();
      if (now - began < DELAY_MS || now - shownAt < INTERVAL_MS) return;
      shownAt = now;
      shown = true;
      stream.write(`\r\x1b[Kcopydesk: ${finished}/${total} files`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
