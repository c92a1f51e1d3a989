import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces a file's content so that readers see the old file or the new one, never half of each:
 * write a temporary file in the same folder (same file system, so rename is atomic), then rename.
 * The file's permissions are kept.
 */
export function writeFileAtomic(path: string, content: Uint8Array): void {
  const { mode } = statSync(path);
  const temporary = join(dirname(path), `.${basename(path)}.copydesk-${process.pid}.tmp`);
  try {
    const fd = openSync(temporary, 'w', mode);
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // The temporary file was never created or is already gone.
    }
    throw error;
  }
}
