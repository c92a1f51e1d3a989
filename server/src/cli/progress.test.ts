import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startProgress } from './progress';

function terminal(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) > 0 };
}

test('a long run on a terminal shows files done / total on one line, then clears it', () => {
  const stream = terminal(true);
  let now = 0;
  const progress = startProgress(4, stream, () => now);
  progress.tick();
  now = 600;
  progress.tick();
  now = 650;
  progress.tick(); // too soon after the last update: not shown
  now = 800;
  progress.tick();
  progress.done();
  assert.deepEqual(stream.written, ['\r\x1b[Kcopydesk: 2/4 files', '\r\x1b[Kcopydesk: 4/4 files', '\r\x1b[K']);
});

test('quick runs and pipes show nothing', () => {
  const quick = terminal(true);
  const progress = startProgress(100, quick, () => 0);
  for (let i = 0; i < 100; i++) progress.tick();
  progress.done();
  assert.deepEqual(quick.written, []);
  const pipe = terminal(false);
  let now = 0;
  const piped = startProgress(100, pipe, () => (now += 1000));
  for (let i = 0; i < 100; i++) piped.tick();
  piped.done();
  assert.deepEqual(pipe.written, []);
});
