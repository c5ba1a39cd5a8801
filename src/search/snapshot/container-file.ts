/**
 * A snapshot file read section by section (the layout is container.ts's): each section kept is read into a
 * buffer of its own, so typed arrays can view it where it lies (no copy, and no one buffer of the whole file:
 * 1.3 GB at 1M passages), and sections left on disk (passage texts and kept sentences, read on demand) are
 * only passed through the checksum, then read through the same descriptor (opened-file.ts). The whole file is
 * checked before anything in it is used, as `decodeContainer` checks it.
 */
import { closeSync, fstatSync, openSync, read, readSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import {
  type ContainerParts,
  decodeHeader,
  FORMAT,
  PREFIX_BYTES,
  prefixOf,
  sameTable,
  sectionTableOf,
  SnapshotProblem,
} from './container.js';
import { OpenedFile } from './opened-file.js';

/** Where a section left on disk lies in the file. */
export interface OnDisk {
  offset: number;
  length: number;
}

export interface ContainerRead extends ContainerParts {
  /** Sections left on disk, by name (not in `sections`). */
  onDisk: Map<string, OnDisk>;
  /** The file, still open, when sections were left on disk: what reads them. */
  file?: OpenedFile;
}

/**
 * Bytes read at a time through sections left on disk. Small on purpose: memory a process touches for the
 * first time is slow to get (on the VMs measured, ~3 ms a megabyte, more than reading and checksumming it),
 * and an 8 MiB buffer here was ~50 ms of a 100k start; 256 KiB stays warm and costs ~300 reads for 78 MB.
 */
const PASS_BYTES = 256 << 10;

/** Sees a section left on disk as it passes through the checksum, chunk by chunk in order. */
export type SectionWatch = (chunk: Buffer) => void;

/**
 * The file at `path`, of this format, taken apart; sections for which `leave` says so are left on disk, each
 * shown to what `watch` gives for it (given its name and the header's meta) as it passes through the checksum,
 * in chunks whose offsets in the section are multiples of 8. Throws a SnapshotProblem (with why) when it is not one of ours, not of this format, or not whole.
 *
 * The sections kept are read in the thread pool, all started at once: most of their reading is the kernel
 * filling memory this process has never touched (slow on the VMs measured: ~3 ms a megabyte, 160 ms of a 100k
 * start), which this thread need not wait for while it passes through the sections left on disk or runs what
 * else is waiting (the word vectors' load). The checksum is still taken in file order, each section as it is
 * reached, and nothing is returned before the whole file checks.
 */
export async function readContainerFile(
  path: string,
  leave: (name: string, bytes: number) => boolean,
  watch?: (name: string, meta: unknown) => SectionWatch | undefined,
): Promise<ContainerRead> {
  const fd = openSync(path, 'r');
  const reading: Array<Promise<Buffer> | undefined> = [];
  let file: OpenedFile | undefined;
  try {
    const size = fstatSync(fd).size;
    const prefix = readExactly(fd, Math.min(PREFIX_BYTES, size), 0);
    const { format, crc: expected, headerBytes } = prefixOf(prefix);
    if (format !== FORMAT) throw new SnapshotProblem(`snapshot format ${format} is not ${FORMAT}`);
    if (PREFIX_BYTES + headerBytes > size) throw new SnapshotProblem('snapshot is corrupt (bad header)');
    const headerBuffer = readExactly(fd, headerBytes, PREFIX_BYTES);
    let crc = crc32(headerBuffer, crc32(prefix.subarray(prefix.length - 4)));
    // The sections kept start reading before the rest of the header is parsed (~70 ms at 100k passages, time
    // the thread pool spends filling their memory): their table is read from the header's start, and must be
    // the table the whole header gives.
    const early = sectionTableOf(headerBuffer);
    let places: Place[] | undefined;
    try {
      places = early && placesOf(early, PREFIX_BYTES + headerBytes, size, leave);
    } catch {
      places = undefined; // found wrong below, by the whole header
    }
    if (places) startReads(fd, places, reading);
    const { meta, table } = decodeHeader(headerBuffer);
    if (early && !sameTable(early, table)) throw new SnapshotProblem('snapshot is corrupt (bad header)');
    const where = places ?? placesOf(table, PREFIX_BYTES + headerBytes, size, leave);
    if (!places) startReads(fd, where, reading);
    const sections = new Map<string, Buffer>();
    const onDisk = new Map<string, OnDisk>();
    for (const [i, { name, offset, length }] of where.entries()) {
      const read = reading[i];
      if (read) {
        const bytes = await read;
        crc = crc32(bytes, crc);
        sections.set(name, bytes);
        continue;
      }
      onDisk.set(name, { offset, length });
      const pass = Buffer.allocUnsafe(Math.min(PASS_BYTES, length));
      const seen = watch?.(name, meta);
      for (let done = 0; done < length;) {
        const step = Math.min(pass.length, length - done);
        const chunk = readInto(fd, pass.subarray(0, step), offset + done);
        crc = crc32(chunk, crc);
        seen?.(chunk);
        done += step;
      }
    }
    if (crc !== expected)
      throw new SnapshotProblem('snapshot is corrupt (checksum mismatch: truncated or damaged)');
    if (onDisk.size > 0) file = new OpenedFile(fd);
    return { format, meta, sections, onDisk, ...(file ? { file } : {}) };
  } finally {
    // The descriptor is closed only once no read in the pool can still use it (its number could be reused),
    // unless the sections left on disk are read through it.
    await Promise.allSettled(reading);
    if (!file) closeSync(fd);
  }
}

/** Where a section lies in the file, and whether it is kept (read) or left on disk. */
interface Place {
  name: string;
  offset: number;
  length: number;
  kept: boolean;
}

/**
 * Where each section of a file of `size` bytes lies, its sections starting at `from`; checked before anything
 * is read (throws a SnapshotProblem when they do not fill the file exactly, or a name repeats).
 */
function placesOf(
  table: ReadonlyArray<[string, number]>,
  from: number,
  size: number,
  leave: (name: string, bytes: number) => boolean,
): Place[] {
  const names = new Set<string>();
  let end = from;
  const places = table.map(([name, length]) => {
    if (end + length > size || names.has(name)) {
      throw new SnapshotProblem('snapshot is corrupt (bad section table)');
    }
    names.add(name);
    const place = { name, offset: end, length, kept: !leave(name, length) };
    end += length;
    return place;
  });
  if (end !== size) throw new SnapshotProblem('snapshot is corrupt (bad section table)');
  return places;
}

/** Starts reading every kept section in the thread pool, all at once: `reading` gets one entry per place. */
function startReads(fd: number, places: readonly Place[], reading: Array<Promise<Buffer> | undefined>): void {
  for (const { offset, length, kept } of places) {
    const read = kept ? readInPool(fd, length, offset) : undefined;
    read?.catch(() => {}); // awaited below, or dropped when an earlier section fails
    reading.push(read);
  }
}

/** `length` bytes from `position`, read in the thread pool into a buffer of their own (see `readExactly`). */
function readInPool(fd: number, length: number, position: number): Promise<Buffer> {
  const into = Buffer.allocUnsafeSlow(length);
  return new Promise((resolve, reject) => {
    const from = (done: number): void => {
      if (done === length) return resolve(into);
      read(fd, into, done, length - done, position + done, (error, bytes) => {
        if (error) reject(error);
        else if (bytes === 0) reject(new SnapshotProblem('snapshot is corrupt (truncated)'));
        else from(done + bytes);
      });
    };
    from(0);
  });
}

/** `length` bytes from `position`, in a buffer of their own (its own memory: typed arrays view it aligned). */
function readExactly(fd: number, length: number, position: number): Buffer {
  return readInto(fd, Buffer.allocUnsafeSlow(length), position);
}

function readInto(fd: number, into: Buffer, position: number): Buffer {
  for (let done = 0; done < into.length;) {
    const read = readSync(fd, into, done, into.length - done, position + done);
    if (read === 0) throw new SnapshotProblem('snapshot is corrupt (truncated)');
    done += read;
  }
  return into;
}
