/**
 * The snapshot folder: one file per scope, `global.bin` and `<serverId>.bin`, so a change to one server's
 * articles rewrites that server's file alone. At start every file is read and the trusted ones are joined into
 * the one index the engine searches; a file that cannot be trusted is named with why and removed, and its scope
 * is rebuilt from its own corpus files. A one-file snapshot of an older version, where the folder goes or as
 * `index.bin` beside it (the old default), is removed.
 */
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isAtomicTemp, removeLeftoverTemps, writeFileAtomic } from '../../corpus/folder.js';
import type { Article } from '../../corpus/types.js';
import type { Alias } from '../aliases.js';
import { checkEncodedIndex, checkEncodedSentences } from '../index/encoded-index.js';
import { PassageRuns } from '../index/passage-runs.js';
import { PassageIndex } from '../passage-index.js';
import { FORMAT, formatOf, SnapshotProblem } from './container.js';
import { joinIndexes, PartProblem } from './index-sections.js';
import { readScopeFile, type ScopeSnapshot } from './scope-file.js';

const SCOPE_FILE = /^(global|\d{1,25})\.bin$/;
/** A temp file `writeFileAtomic` left when killed mid-write is removed once this old (as in the corpus folder). */
const LEFTOVER_TEMP_AGE_MS = 10 * 60_000;
/** The one-file snapshot's old default name, beside the folder. */
const OLD_FILE_NAME = 'index.bin';

export function scopeFilePath(dir: string, scope: string): string {
  return join(dir, `${scope}.bin`);
}

/** The trusted scopes' snapshots, joined. */
export interface Snapshot {
  articles: Article[];
  /** Aliases learned from each article, by file. */
  aliases: Map<string, Alias[]>;
  index: PassageIndex;
  /** The scopes it holds. */
  scopes: string[];
}

export interface FolderRead {
  /** Undefined when no scope's file could be trusted. */
  snapshot?: Snapshot;
  /** Why a scope's file (or, without `scope`, the whole folder) is not used. */
  problems: Array<{ scope?: string; reason: string }>;
}

/** A scope's file this large or larger leaves its passage texts on disk, read when asked for (text-source.ts). */
export const TEXTS_ON_DISK_FROM = 16 << 20;

/**
 * Reads every scope's file in the folder; never throws. Files of `textsOnDiskFrom` bytes or more leave their
 * passage texts on disk (a small server's file decodes them: a descriptor kept open for each would add up).
 */
export async function readSnapshotFolder(
  dir: string,
  { textsOnDiskFrom = TEXTS_ON_DISK_FROM }: { textsOnDiskFrom?: number } = {},
): Promise<FolderRead> {
  const problems: FolderRead['problems'] = [];
  if (await removeOldFile(dir)) return { problems: [{ reason: 'an older one-file snapshot was removed' }] };
  await removeOldFile(join(dirname(dir), OLD_FILE_NAME));
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) return { problems: [{ reason: 'the snapshot path is not a folder' }] };
    names = readdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      problems: [{ reason: code === 'ENOENT' ? 'no snapshot yet' : `cannot read snapshot (${code})` }],
    };
  }
  const temps = names.filter(isAtomicTemp).map((name) => join(dir, name));
  await removeLeftoverTemps(temps, LEFTOVER_TEMP_AGE_MS);
  const scopes = names.flatMap((name) => SCOPE_FILE.exec(name)?.[1] ?? []).sort(globalFirst);
  if (scopes.length === 0) return { problems: [{ reason: 'no snapshot yet' }] };
  const read: ScopeSnapshot[] = [];
  for (const scope of scopes) {
    try {
      // One file at a time (its sections are read in the thread pool together: see container-file.ts).
      read.push(await readScopeFile(scopeFilePath(dir, scope), scope, textsOnDiskFrom));
    } catch (error) {
      problems.push({ scope, reason: problemOf(error) });
    }
  }
  const opened = openSnapshots(read);
  problems.push(...opened.problems);
  for (const { scope } of problems) if (scope) await removeScopeFile(dir, scope).catch(() => {});
  return { ...(opened.snapshot ? { snapshot: opened.snapshot } : {}), problems };
}

/**
 * The scopes' snapshots as one index. When it cannot be made, the scope at fault is left out (the one the join
 * names, or those whose own index does not check) and the others are tried again.
 */
function openSnapshots(read: readonly ScopeSnapshot[]): FolderRead {
  const problems: FolderRead['problems'] = [];
  let sound = [...read];
  while (sound.length > 0) {
    try {
      const parts = sound.map(({ encoded, passages }) => ({ encoded, passages: passages.length }));
      const passages =
        sound.length === 1 ? sound[0]!.passages : PassageRuns.join(sound.map((s) => s.passages));
      const index = PassageIndex.decode(joinIndexes(parts), passages);
      return {
        snapshot: {
          articles: sound.flatMap((s) => s.articles),
          aliases: new Map(sound.flatMap((s) => [...s.aliases])),
          index,
          scopes: sound.map((s) => s.scope),
        },
        problems,
      };
    } catch (error) {
      const named = error instanceof PartProblem ? [sound[error.part]!] : [];
      const faulty = named.length > 0 ? named : sound.filter((s) => problemOfIndex(s) !== undefined);
      // Nothing to blame: none of them is trusted.
      for (const s of faulty.length > 0 ? faulty : sound) {
        problems.push({ scope: s.scope, reason: problemOfIndex(s) ?? problemOf(error) });
      }
      sound = faulty.length > 0 ? sound.filter((s) => !faulty.includes(s)) : [];
    }
  }
  return { problems };
}

/** Why a scope's own index cannot be used, or undefined when it checks. */
function problemOfIndex({ encoded, passages, textLengths }: ScopeSnapshot): string | undefined {
  try {
    checkEncodedIndex(encoded, passages.length);
    checkEncodedSentences(encoded, passages, textLengths);
    return undefined;
  } catch (error) {
    return `snapshot is corrupt (${(error as Error).message})`;
  }
}

/** Writes a scope's file atomically (owner-only, as every file the bot writes). */
export async function writeScopeFile(dir: string, scope: string, chunks: readonly Buffer[]): Promise<void> {
  await writeFileAtomic(scopeFilePath(dir, scope), chunks);
}

export async function removeScopeFile(dir: string, scope: string): Promise<void> {
  await rm(scopeFilePath(dir, scope), { force: true });
}

/** The global scope first, then servers by id. */
function globalFirst(a: string, b: string): number {
  return a === 'global' ? -1 : b === 'global' ? 1 : a.length - b.length || (a < b ? -1 : 1);
}

function problemOf(error: unknown): string {
  const message = (error as Error).message.slice(0, 160);
  return error instanceof SnapshotProblem ? message : `snapshot is corrupt (${message})`;
}

/** Removes a file if it is a one-file snapshot of an older format; whether it did. */
async function removeOldFile(path: string): Promise<boolean> {
  try {
    const start = Buffer.alloc(32);
    const fd = openSync(path, 'r');
    try {
      readSync(fd, start, 0, start.length, 0);
    } finally {
      closeSync(fd);
    }
    const format = formatOf(start);
    if (format === undefined || format >= FORMAT) return false;
    await rm(path);
    return true;
  } catch {
    return false; // not there, a folder, or not ours to remove
  }
}
