/**
 * The corpus folder on disk: walking it, reading its files (the one reader), and changing it safely. Every
 * corpus-relative path is resolved and checked to stay inside the folder (symlinks included) before anything
 * is read or written.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  type Dirent,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  realpathSync,
  type Stats,
} from 'node:fs';
import { lstat, mkdir, open, readdir, realpath, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CorpusError } from './errors.js';
import { type FileSeen, isSameFile, seenOf } from './file-seen.js';
import { tooLargeReason } from './decode.js';
import { fileKindOf, unsupportedReason } from './file-types.js';
import { isAliasFile } from './names.js';
import type { SkippedFile } from './types.js';

/** Left by editors, downloads and our own atomic writes (which are dotfiles too): never articles. */
function isScratchName(name: string): boolean {
  return (
    name.startsWith('.') ||
    name.startsWith('#') ||
    name.startsWith('~$') ||
    name.endsWith('~') ||
    /\.(tmp|temp|swp|swo|part|crdownload|partial)$/i.test(name)
  );
}

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

/** Normalises a corpus-relative path to POSIX form; throws CorpusError when it leaves the corpus. */
export function normaliseRelPath(relPath: string): string {
  if (typeof relPath !== 'string' || !relPath.trim()) throw new CorpusError('no file name given');
  if (/[\x00-\x1f\x7f\\]/.test(relPath))
    throw new CorpusError(`${JSON.stringify(relPath)} is not a valid path`);
  if (relPath.startsWith('/')) throw new CorpusError(`${relPath} is outside the corpus folder`);
  const normalised = path.posix.normalize(relPath);
  if (normalised === '..' || normalised.startsWith('../') || normalised === '.' || normalised.endsWith('/')) {
    throw new CorpusError(`${relPath} is outside the corpus folder`);
  }
  return normalised;
}

/** The last folder `resolveCorpusPath` resolved, with the working folder then, and what it gave. */
let resolvedDir = { dir: '', cwd: '', root: '' };

/**
 * `path.resolve(dir)`, remembered for the last folder (and working folder) asked: a load resolves one folder
 * for each of its files (6,090 at 100k passages: ~20 ms of a start, `path.resolve` reading the working folder
 * and normalising every time).
 */
function resolvedRoot(dir: string): string {
  const cwd = process.cwd();
  if (resolvedDir.dir !== dir || resolvedDir.cwd !== cwd) {
    resolvedDir = { dir, cwd, root: path.resolve(dir) };
  }
  return resolvedDir.root;
}

/** Absolute path of a corpus-relative path, guaranteed (lexically) inside `dir`. */
export function resolveCorpusPath(dir: string, relPath: string): string {
  const root = resolvedRoot(dir);
  const normalised = normaliseRelPath(relPath);
  // A normalised path has no '.', '..' or empty part and does not start with '/': on POSIX it lies inside as
  // written (resolving it and checking it again took 0.1 s of a 61k-file start).
  if (path.sep === '/') return root === '/' ? `/${normalised}` : `${root}/${normalised}`;
  const full = path.resolve(root, normalised);
  if (full === root || !isInside(root, full))
    throw new CorpusError(`${relPath} is outside the corpus folder`);
  return full;
}

async function corpusRoot(dir: string): Promise<string> {
  try {
    const real = await realpath(dir);
    if (!(await stat(real)).isDirectory()) throw new CorpusError(`the corpus folder ${dir} is not a folder`);
    return real;
  } catch (error) {
    if (error instanceof CorpusError) throw error;
    throw new CorpusError(`the corpus folder ${dir} does not exist or cannot be read`);
  }
}

/** Follows symlinks in the existing part of `full` and checks the real location is still inside. */
async function assertReallyInside(dir: string, full: string, relPath: string): Promise<void> {
  const root = await corpusRoot(dir);
  let existing = full;
  for (;;) {
    try {
      const real = await realpath(existing);
      if (!isInside(root, real)) throw new CorpusError(`${relPath} points outside the corpus folder`);
      return;
    } catch (error) {
      if (error instanceof CorpusError) throw error;
      const parent = path.dirname(existing);
      if (parent === existing) return;
      existing = parent;
    }
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

function missing(relPath: string): CorpusError {
  return new CorpusError(`there is no file ${relPath} in the corpus`);
}

interface WalkResult {
  /** Files that have a supported extension. */
  files: string[];
  /** Files that can never load (wrong type, link outside), with the reason. */
  skipped: SkippedFile[];
  /** Absolute paths of temp files our own atomic writes left behind (a process killed mid-write). */
  leftoverTemps: string[];
  /** Files of taught aliases (`aliases.txt`): read by the engine, never articles, never reported as skipped. */
  aliasFiles: string[];
}

/** The name `writeFileAtomic` gives its temp files. */
const ATOMIC_TEMP_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;

/** Is this file name one `writeFileAtomic` gives its temp files? */
export function isAtomicTemp(name: string): boolean {
  return ATOMIC_TEMP_NAME.test(name);
}

async function walk(root: string): Promise<WalkResult> {
  const result: WalkResult = { files: [], skipped: [], leftoverTemps: [], aliasFiles: [] };
  const seenDirs = new Set<string>([root]);
  const seenFiles = new Set<string>();
  // Links are followed only after every real entry is known, so a link never hides the real path
  // and two names for one file or folder (or a link loop) give one article, under its real name.
  const links: Array<{ full: string; rel: string }> = [];

  function addFile(real: string, rel: string): void {
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    const name = rel.slice(rel.lastIndexOf('/') + 1);
    if (isAliasFile(rel)) result.aliasFiles.push(rel);
    else if (fileKindOf(name)) result.files.push(rel);
    else result.skipped.push({ file: rel, reason: unsupportedReason(name) });
  }

  async function visit(realDir: string, relDir: string): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(realDir, { withFileTypes: true });
    } catch (error) {
      if (relDir)
        result.skipped.push({ file: relDir, reason: `the folder cannot be read (${errorCode(error)})` });
      return;
    }
    for (const entry of entries) {
      if (entry.isFile() && isAtomicTemp(entry.name)) result.leftoverTemps.push(path.join(realDir, entry.name));
      if (isScratchName(entry.name)) continue;
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      const full = path.join(realDir, entry.name);
      if (entry.isSymbolicLink()) links.push({ full, rel });
      else if (entry.isDirectory() && !seenDirs.has(full)) {
        seenDirs.add(full);
        await visit(full, rel);
      } else if (entry.isFile()) addFile(full, rel);
    }
  }

  await visit(root, '');
  for (let link = links.shift(); link; link = links.shift()) {
    let real: string;
    let info: Stats;
    try {
      real = await realpath(link.full);
      info = await stat(real);
    } catch {
      result.skipped.push({ file: link.rel, reason: 'the link points to nothing' });
      continue;
    }
    if (!isInside(root, real)) {
      result.skipped.push({ file: link.rel, reason: LINK_OUTSIDE });
    } else if (info.isDirectory() && !seenDirs.has(real)) {
      seenDirs.add(real);
      await visit(real, link.rel);
    } else if (info.isFile()) addFile(real, link.rel);
  }
  result.files.sort();
  result.aliasFiles.sort();
  result.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return result;
}

/** Corpus-relative POSIX paths of every supported file under `dir`, sorted. */
export async function listCorpusFiles(dir: string): Promise<string[]> {
  return (await walk(await corpusRoot(dir))).files;
}

/**
 * The corpus files, the entries the walk passed over with why (unsupported type, broken link...), and temp
 * files of atomic writes that never finished (see `removeLeftoverTemps`).
 */
export async function scanCorpusFolder(dir: string): Promise<WalkResult> {
  return walk(await corpusRoot(dir));
}

/**
 * Deletes temp files of atomic writes older than `minAgeMs` (a younger one may be a write still under way in
 * another process, such as `npm run corpus -- add`). Returns how many were removed; never throws.
 */
export async function removeLeftoverTemps(paths: readonly string[], minAgeMs: number, now = Date.now()): Promise<number> {
  let removed = 0;
  for (const temp of paths) {
    try {
      if (now - (await stat(temp)).mtimeMs < minAgeMs) continue;
      await rm(temp, { force: true });
      removed++;
    } catch {
      // Gone already, or not ours to remove: nothing to do.
    }
  }
  return removed;
}

/** Opened read-only, non-blocking (a FIFO swapped in cannot hang the open), never through a final link. */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/**
 * The one reader of corpus files (start-up load, reload, the folder watcher, the alias files): links are
 * followed to their real path, which must be inside the real corpus folder; then that real path is opened
 * (not following a link swapped in meanwhile) and checked on the open descriptor: a regular file of at most
 * `maxBytes`. CorpusError (safe to show) for a link outside, a non-file or an oversized file; a file that is
 * not there throws the plain fs error (ENOENT), so a watcher can tell "removed" from "refused".
 *
 * Synchronous on purpose: a load reads thousands of small files, and for those (mostly in the page cache) a
 * synchronous read is 3-5x faster than an async one; a file is at most `maxBytes`, so one read is short.
 */
export function readCorpusFile(dir: string, relPath: string, maxBytes: number): Uint8Array {
  return readCorpusFileSeen(dir, relPath, maxBytes).bytes;
}

/**
 * `readCorpusFile`, with the file's metadata when it can be trusted later (see corpus/file-seen.ts). `realDir`:
 * the folder's real path, if a caller reading many files found it once.
 */
export function readCorpusFileSeen(
  dir: string,
  relPath: string,
  maxBytes: number,
  realDir?: string,
): { bytes: Uint8Array; seen: FileSeen | undefined } {
  const fd = openSync(realPathInside(dir, relPath, realDir), READ_FLAGS);
  try {
    const info = fstatSync(fd);
    checkOpened(info, maxBytes);
    const bytes = readFileSync(fd);
    return { bytes, seen: seenOf(info, Date.now()) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether a file is, by its metadata, the one recorded as `seen` when it was read (through its real path,
 * inside the folder), without opening it: one `lstat`. The same inode with the same size and times is the
 * content indexed then, however it is reached now, so its links need no following; anything else (a link, a
 * new inode, another size or time) is "changed", and the caller reads the file with every check.
 */
export function isUnchangedCorpusFile(
  dir: string,
  relPath: string,
  maxBytes: number,
  seen: FileSeen | undefined,
): boolean {
  if (!seen) return false;
  const info = lstatSync(resolveCorpusPath(dir, relPath));
  return info.isFile() && info.size <= maxBytes && isSameFile(info, seen);
}

/** A corpus file's real path (links followed), which must lie inside the folder's real path. */
function realPathInside(dir: string, relPath: string, realDir: string | undefined): string {
  const real = realpathSync.native(resolveCorpusPath(dir, relPath));
  if (!isInside(realDir ?? realpathSync.native(dir), real)) throw new CorpusError(LINK_OUTSIDE);
  return real;
}

const LINK_OUTSIDE = 'the link points outside the corpus folder';

function checkOpened(info: Stats, maxBytes: number): void {
  if (!info.isFile()) throw new CorpusError('it is not a regular file (a folder, pipe or device)');
  // Checked before reading so a huge file is never pulled into memory.
  if (info.size > maxBytes) throw new CorpusError(tooLargeReason(info.size, maxBytes));
}

/** Modes of what writeFileAtomic creates: files and folders readable by the bot's own user only. */
export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

/**
 * Replaces `filePath` with `bytes` (or chunks of them, written in order) so readers see the old file or the new
 * one, never half of either: temp file `.<name>.<random>.tmp` in the same folder (mode 0600), fsync, rename. The
 * temp file is removed on failure.
 */
export async function writeFileAtomic(
  filePath: string,
  bytes: Uint8Array | readonly Uint8Array[],
): Promise<void> {
  const dir = path.dirname(filePath);
  const name = path.basename(filePath).slice(0, 100);
  await mkdir(dir, { recursive: true, mode: DIR_MODE });
  const temp = path.join(dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  // Owner only: uploads, overrides, snapshots are nobody else's business on a shared machine.
  const handle = await open(temp, 'wx', FILE_MODE);
  try {
    try {
      // Chunks as they are: a large snapshot is not copied into one buffer first.
      await writeFile(handle, bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, filePath);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    throw error;
  }
  // Make the rename itself durable; some platforms cannot fsync a folder, which is fine.
  try {
    const folder = await open(dir, 'r');
    await folder.sync().finally(() => folder.close());
  } catch {
    // Not supported here: the rename is still atomic, only its durability across a power cut is weaker.
  }
}

/** Writes a corpus file atomically (creating `guilds/<id>/` as needed); returns its absolute path. */
export async function writeCorpusFile(dir: string, relPath: string, bytes: Uint8Array): Promise<string> {
  const rel = normaliseRelPath(relPath);
  const full = resolveCorpusPath(dir, rel);
  await assertReallyInside(dir, full, rel);
  await writeFileAtomic(full, bytes);
  return full;
}

/** Deletes a corpus file; CorpusError when it is not there or is not a file. */
export async function removeCorpusFile(dir: string, relPath: string): Promise<void> {
  const rel = normaliseRelPath(relPath);
  const full = resolveCorpusPath(dir, rel);
  // The file itself may be a link (unlinking removes only the link); its folder must really be inside.
  await assertReallyInside(dir, path.dirname(full), rel);
  try {
    const info = await lstat(full);
    if (!info.isFile() && !info.isSymbolicLink()) throw missing(rel);
    await unlink(full);
  } catch (error) {
    if (error instanceof CorpusError) throw error;
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') throw missing(rel);
    throw new CorpusError(`${rel} cannot be removed (${errorCode(error) ?? 'unknown error'})`);
  }
}
