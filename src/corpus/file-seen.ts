/**
 * A corpus file's metadata as it was when its bytes were read, so a start can tell an unchanged file by one
 * `fstat` instead of reading and hashing it (at 1M passages, reading 60k files was most of a start). As git
 * does, a file is trusted by its metadata only when it had not changed for a while before it was read: a write
 * in the same clock tick as the read could leave size and times as they were.
 */
import type { Stats } from 'node:fs';

/** Size, modification and change times (ms), inode. */
export type FileSeen = [size: number, mtimeMs: number, ctimeMs: number, ino: number];

/** A file changed this recently before it was read is not recorded (its next read hashes it again). */
export const SETTLED_MS = 2_000;

/** The file's metadata, or undefined when it changed too shortly before `readAtMs` to be trusted. */
export function seenOf(info: Stats, readAtMs: number): FileSeen | undefined {
  if (readAtMs - Math.max(info.mtimeMs, info.ctimeMs) < SETTLED_MS) return undefined;
  return [info.size, info.mtimeMs, info.ctimeMs, info.ino];
}

/** Whether the file's metadata is what was recorded when it was read. */
export function isSameFile(info: Stats, seen: FileSeen | undefined): boolean {
  return (
    seen !== undefined &&
    info.size === seen[0] &&
    info.mtimeMs === seen[1] &&
    info.ctimeMs === seen[2] &&
    info.ino === seen[3]
  );
}
