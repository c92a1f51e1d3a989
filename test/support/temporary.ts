import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];
// Removed as the test process exits, passed or failed, so runs leave nothing in the system's temporary folder.
process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder in the system's temporary folder, removed when the test process exits. */
export function temporaryFolder(purpose: string): string {
  const dir = mkdtempSync(join(tmpdir(), `copydesk-${purpose}-`));
  made.push(dir);
  return dir;
}
