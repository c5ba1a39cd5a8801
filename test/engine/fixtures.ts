/**
 * Shared helpers for the engine, search, answer and CLI tests: real temporary folders (removed after each
 * test), the seed corpus copied into one, a pino logger whose lines the test can read, and polling.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, afterEach, expect } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import type { Engine } from '../../src/engine.js';
import type { WatchEvent } from '../../src/engine-api.js';

export const REPO = path.resolve(import.meta.dirname, '../..');
export const SEED_DIR = path.join(REPO, 'corpus');
export const SEED_A = '000_7fad598d500c70a1.txt';
export const SEED_B = '003_fade041aaa763602.txt';

/**
 * Returns a maker of fresh temp folders; every folder made during a test is removed after it (or, with
 * `per: 'file'`, after the test file: for folders made in `beforeAll`).
 */
export function useTempDirs(
  prefix = 'citebot-engine-',
  per: 'test' | 'file' = 'test',
): () => Promise<string> {
  const dirs: string[] = [];
  (per === 'test' ? afterEach : afterAll)(async () => {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async () => {
    const dir = await mkdtemp(path.join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}

/**
 * Copies the seed articles into `dir` (as ordinary writable files: the originals are read-only); with
 * `aliases`, the seed corpus's aliases.txt too (ISIS, Daesh... for Islamic State).
 */
export async function copySeeds(dir: string, options: { aliases?: boolean } = {}): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(SEED_DIR)) {
    if (name.endsWith('.txt') && (name !== 'aliases.txt' || options.aliases))
      await writeFile(path.join(dir, name), await readFile(path.join(SEED_DIR, name)));
  }
}

/** Writes files (corpus-relative path → text or bytes), creating folders as needed. */
export async function writeFiles(dir: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [rel, text] of Object.entries(files)) {
    const full = path.join(dir, rel);
    await mkdir(path.dirname(full), { recursive: true });
    await writeFile(full, text);
  }
}

/** Every file under `dir` (relative POSIX paths, sorted) with its bytes: to show a folder did not change. */
export async function folderContents(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, full).split(path.sep).join('/')] = (await readFile(full)).toString('base64');
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** A real pino logger writing JSON lines into memory. */
export function captureLogger(): { logger: pino.Logger; lines: LogLine[]; messages: () => string[] } {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines, messages: () => lines.map((line) => line.msg) };
}

/** Polls `check` until it returns a truthy value (or throws no more); fails after `timeoutMs`. */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  timeoutMs = 5_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
      last = new Error(`${what} not met yet`);
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}: ${String(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Start `engine.watch`, collecting the events it reports, and resolve once its first scan is done: a file
 * written before then would go unreported. `stop` it in a `finally`.
 */
export async function startWatching(
  engine: Engine,
): Promise<{ events: WatchEvent[]; stop: () => Promise<void> }> {
  const events: WatchEvent[] = [];
  let ready!: () => void;
  const scanned = new Promise<void>((resolve) => (ready = resolve));
  const stop = engine.watch((event) => events.push(event), ready);
  await scanned;
  return { events, stop };
}

/**
 * The answer's promises hold: the excerpt is a verbatim substring of citations[0].text, and every citation
 * is a real passage of the engine's corpus (same id, file and text).
 */
export function expectWellFormedAnswer(engine: Engine, answer: Answer, guildId?: string): void {
  const scope = guildId ? { guildId } : {};
  if (answer.status === 'answered') {
    expect(answer.excerpt).toBeTruthy();
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.citations[0]!.text).toContain(answer.excerpt!);
    expect(answer.reason).toBeUndefined();
  } else {
    expect(answer.excerpt).toBeNull();
    expect(answer.reason?.message).toBeTruthy();
  }
  answer.citations.forEach((citation, i) => {
    expect(citation.n).toBe(i + 1);
    const passage = engine.getPassage(citation.passageId, scope);
    expect(passage, `citation ${citation.passageId} is a passage of the corpus`).toBeDefined();
    expect(citation.text).toBe(passage!.text);
    expect(citation.file).toBe(passage!.file);
    expect(citation.passageId).toBe(`${citation.file}#${citation.passage}`);
  });
}
