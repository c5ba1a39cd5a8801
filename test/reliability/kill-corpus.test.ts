/**
 * SIGKILL in the middle of `corpus add` / `corpus remove` (the real CLI, a real process group killed at various
 * moments, some of them exactly when the atomic write's temp file appears). Then the engine opens the folder:
 * the big file is either absent or byte-identical, no temp file is an article, and the index (snapshot
 * included) agrees with the files: every article's passages are found, no passage of a missing file is.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { SEED_CORPUS } from './harness.js';
import { launched } from '../cli/run.js';

const REPO = join(import.meta.dirname, '..', '..');
const BIG = 'big.md';
const TITLE = 'Big upload';
const PARAGRAPHS = 1200;
const WORDS =
  'river mountain archive ledger harbor signal council treaty lantern orchard quarry meadow beacon'.split(
    ' ',
  );

/** ~800 KB of Markdown, one passage per paragraph, each holding its own marker word `kxN`. */
function bigFile(): Buffer {
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed;
  };
  const paragraphs = Array.from({ length: PARAGRAPHS }, (_, i) => {
    const words = Array.from({ length: 100 }, () => WORDS[next() % WORDS.length]).join(' ');
    return `Paragraph kx${i} says the ${words}. It ends with marker kx${i}.`;
  });
  return Buffer.from(`# Big file\n\n${paragraphs.join('\n\n')}\n`);
}

let work: string;
let bigPath: string;
let bigBytes: Buffer;
let seedFiles: string[];
const summary: string[] = [];
/** Temp files a killed write left behind (harmless: never listed, but never cleaned up either). */
let leftoverTemps = 0;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'citebot-kill-'));
  bigBytes = bigFile();
  bigPath = join(work, BIG);
  await writeFile(bigPath, bigBytes);
  // The seed articles (aliases.txt, the seed corpus's aliases, is not one).
  seedFiles = (await readdir(SEED_CORPUS))
    .filter((name) => !name.startsWith('.') && name !== 'aliases.txt')
    .sort();
});
afterAll(async () => {
  console.log(`SIGKILL runs: ${summary.join('; ')}; temp files left behind: ${leftoverTemps}`);
  await rm(work, { recursive: true, force: true });
});

interface Run {
  root: string;
  corpusDir: string;
  indexPath: string;
}

let runs = 0;
async function freshRun(withBig: boolean): Promise<Run> {
  const root = join(work, `run-${runs++}`);
  const corpusDir = join(root, 'corpus');
  await mkdir(root, { recursive: true });
  await cp(SEED_CORPUS, corpusDir, { recursive: true });
  if (withBig) {
    await writeFile(join(corpusDir, BIG), bigBytes);
    await writeFile(join(corpusDir, '.citebot-overrides.json'), JSON.stringify({ [BIG]: { title: TITLE } }));
  }
  await mkdir(join(root, 'index'));
  return { root, corpusDir, indexPath: join(root, 'index', 'index.json') };
}

/** `npm run corpus -- ...` as the launcher runs it, in its own process group, so SIGKILL reaches all of it. */
function cli(run: Run, args: string[]): ChildProcess {
  return spawn(...launched('src/cli/corpus.ts', ...args), {
    cwd: REPO,
    env: { ...process.env, CORPUS_DIR: run.corpusDir, INDEX_PATH: run.indexPath, LOG_LEVEL: 'silent' },
    detached: true,
    stdio: 'ignore',
  });
}

/** When to kill: after a fixed time, or `delayMs` after the first change to a path (relative to the run's root). */
interface KillAt {
  afterMs?: number;
  when?: (path: string) => boolean;
  delayMs?: number;
  label: string;
}

/** Runs the CLI and kills its whole process group at `at`. Resolves how it ended. */
async function runAndKill(run: Run, args: string[], at: KillAt): Promise<string> {
  const child = cli(run, args);
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const kill = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone: it finished before the kill.
    }
  };
  const timers: NodeJS.Timeout[] = [];
  if (at.afterMs !== undefined) timers.push(setTimeout(kill, at.afterMs));
  let armed = false;
  const watcher = at.when
    ? watch(run.root, { recursive: true }, (_event, name) => {
        if (armed || !name || !at.when?.(name)) return;
        armed = true;
        if (at.delayMs) timers.push(setTimeout(kill, at.delayMs));
        else kill();
      })
    : undefined;
  const { code, signal } = await exited;
  for (const timer of timers) clearTimeout(timer);
  watcher?.close();
  kill(); // anything of the group still alive
  return `${at.label}:${signal ? 'killed' : `exit ${code}`}`;
}

/** The invariants after a crash; returns whether the big file is in the corpus. */
async function verify(run: Run): Promise<boolean> {
  const names = await readdir(run.corpusDir);
  const present = names.includes(BIG);
  const snapshotFiles = await readdir(run.indexPath).catch(() => []);
  leftoverTemps += [...names, ...snapshotFiles].filter((n) => n.endsWith('.tmp')).length;
  if (present) expect(Buffer.compare(await readFile(join(run.corpusDir, BIG)), bigBytes)).toBe(0);

  const logs: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  // Twice: first over whatever snapshot the killed process left, then over the one this open wrote.
  for (let open = 0; open < 2; open++) {
    const engine = await Engine.open({ corpusDir: run.corpusDir, indexPath: run.indexPath, logger });
    try {
      const files = engine.allArticles().map((article) => article.file);
      expect(files).toEqual([...seedFiles, ...(present ? [BIG] : [])].sort());
      expect(engine.stats().skipped).toEqual([]);
      for (const article of engine.allArticles()) {
        expect(article.passages.every((p) => engine.getPassage(p.id) !== undefined)).toBe(true);
        if (article.file === BIG) {
          expect(article.title).toBe(TITLE); // the override is written before the file
          expect(article.passages).toHaveLength(PARAGRAPHS);
        } else {
          const first = article.passages[0]!;
          const hits = engine.search(first.text.split(/\s+/).slice(0, 12).join(' '), { limit: 20 });
          expect(hits.map((hit) => hit.passageId)).toContain(first.id);
        }
      }
      for (const n of [0, 1, 417, 800, PARAGRAPHS - 1]) {
        const hits = engine.search(`kx${n}`, { limit: 5 });
        const exact = hits.filter((hit) => hit.text.includes(`marker kx${n}.`));
        expect(
          exact.map((hit) => hit.file),
          `kx${n}`,
        ).toEqual(present ? [BIG] : []);
      }
      expect(
        engine.search('river mountain archive', { limit: 50 }).every((hit) => present || hit.file !== BIG),
      ).toBe(true);
    } finally {
      await engine.close();
    }
  }
  return present;
}

const firstWrite = (path: string) => path.startsWith('index/.index.json.');

describe('SIGKILL during corpus changes', () => {
  it('add: killed at fixed times and just after writing starts: absent or whole, never torn', async () => {
    const moments: KillAt[] = [
      { afterMs: 50, label: '50ms' },
      { afterMs: 300, label: '300ms' },
      ...[0, 35, 60, 150].map((delayMs) => ({ when: firstWrite, delayMs, label: `write+${delayMs}ms` })),
    ];
    const outcomes: string[] = [];
    for (const at of moments) {
      const run = await freshRun(false);
      const how = await runAndKill(run, ['add', bigPath, '--title', TITLE], at);
      outcomes.push(`${how}:${(await verify(run)) ? 'whole' : 'absent'}`);
    }
    summary.push(`add ${outcomes.join(' ')}`);
    expect(outcomes.some((outcome) => outcome.includes(':killed:'))).toBe(true);
  }, 60_000);

  it('add: killed the moment each atomic write starts or lands (overrides, file, rename)', async () => {
    const moments: KillAt[] = [
      { when: (p) => p.startsWith('corpus/..citebot-overrides.json.'), label: 'overrides-temp' },
      { when: (p) => p.startsWith(`corpus/.${BIG}.`), label: 'file-temp' },
      { when: (p) => p === `corpus/${BIG}`, label: 'file-renamed' },
    ];
    const outcomes: string[] = [];
    for (const at of moments) {
      const run = await freshRun(false);
      const how = await runAndKill(run, ['add', bigPath, '--title', TITLE], { ...at, afterMs: 10_000 });
      outcomes.push(`${how}:${(await verify(run)) ? 'whole' : 'absent'}`);
    }
    summary.push(`add-at-write ${outcomes.join(' ')}`);
    expect(outcomes.filter((outcome) => outcome.includes(':killed:')).length).toBeGreaterThanOrEqual(2);
  }, 60_000);

  it('remove: killed at fixed times, just after writing starts and at the unlink', async () => {
    const moments: KillAt[] = [
      { afterMs: 300, label: '300ms' },
      { when: firstWrite, delayMs: 0, label: 'write+0ms' },
      { when: firstWrite, delayMs: 40, label: 'write+40ms' },
      { when: (p) => p === `corpus/${BIG}`, label: 'unlink', afterMs: 10_000 },
    ];
    const outcomes: string[] = [];
    for (const at of moments) {
      const run = await freshRun(true);
      const how = await runAndKill(run, ['remove', BIG], at);
      outcomes.push(`${how}:${(await verify(run)) ? 'whole' : 'absent'}`);
    }
    summary.push(`remove ${outcomes.join(' ')}`);
    expect(outcomes.some((outcome) => outcome.includes(':killed:'))).toBe(true);
  }, 60_000);
});
