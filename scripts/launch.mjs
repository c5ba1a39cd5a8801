/* global process */
/**
 * Runs an entry point compiled to dist/ (`npm start`, `ask`, `corpus`, `register-commands`), in this process.
 *
 *   node scripts/launch.mjs cli/ask [args...]   run dist/cli/ask.js (src/cli/ask.ts)
 *   node scripts/launch.mjs --build             compile src/ to dist/ (`npm run build`, `npm ci` via prepare)
 *
 * Compiled JavaScript starts in a fraction of the time tsx needs to transpile at every start. When dist/ is
 * missing or older than src/ (a developer edited a file), it is rebuilt first (one `tsc` run, ~2-4 s); if that
 * cannot be done (TypeScript not installed, another process is rebuilding right now), the source runs through
 * tsx instead, as before. Plain JavaScript on purpose: it must run before anything is compiled.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Written after every build; its mtime is when the build started, so edits made during it count as newer. */
export const STAMP = '.build-stamp';
const BUILD_CONFIG = 'tsconfig.build.json';
/** A lock older than this was left by a killed build. */
const STALE_LOCK_MS = 120_000;

/** The newest modification time (ms) of any file under `dir`, or 0. */
export function newestMtime(dir) {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (entry.isFile()) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether dist/ must be rebuilt: no stamp, or a source file or build setting newer than the last build. */
export function isStale(root = ROOT) {
  let built;
  try {
    built = statSync(join(root, 'dist', STAMP)).mtimeMs;
  } catch {
    return true;
  }
  const settings = ['tsconfig.json', BUILD_CONFIG].map((file) => {
    try {
      return statSync(join(root, file)).mtimeMs;
    } catch {
      return 0;
    }
  });
  return Math.max(newestMtime(join(root, 'src')), ...settings) > built;
}

/** Compiles src/ to dist/ with tsc; returns whether JavaScript was emitted (type errors still emit). */
export function build(root = ROOT, { quiet = false } = {}) {
  let tsc;
  try {
    tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
  } catch {
    if (!quiet) process.stderr.write('citebot: TypeScript is not installed, cannot build dist/.\n');
    return false;
  }
  const started = Date.now();
  const result = spawnSync(process.execPath, [tsc, '-p', join(root, BUILD_CONFIG)], {
    cwd: root,
    stdio: quiet ? 'ignore' : ['ignore', 2, 2],
  });
  // tsc: 0 built, 2 built with type errors, anything else nothing (or not all) emitted.
  if (result.status !== 0 && result.status !== 2) return false;
  const stamp = join(root, 'dist', STAMP);
  writeFileSync(stamp, `built from src/ by ${relative(root, fileURLToPath(import.meta.url))}\n`);
  utimesSync(stamp, new Date(started), new Date(started));
  return true;
}

/** Rebuild under a lock, so parallel starts (tests, several terminals) never write dist/ at once. */
function rebuildOnce(root) {
  const lock = join(root, 'dist', '.build-lock');
  mkdirSync(join(root, 'dist'), { recursive: true });
  try {
    mkdirSync(lock);
  } catch {
    try {
      if (Date.now() - statSync(lock).mtimeMs < STALE_LOCK_MS) return false;
      rmSync(lock, { recursive: true, force: true });
      mkdirSync(lock);
    } catch {
      return false;
    }
  }
  try {
    process.stderr.write('citebot: src/ changed since the last build: compiling to dist/ ...\n');
    return build(root, { quiet: true }) && !isStale(root);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Runs `entry` (e.g. 'cli/ask'): compiled if dist/ is fresh (or can be made so), else its source via tsx. */
export async function launch(entry, args, root = ROOT) {
  const compiled = join(root, 'dist', `${entry}.js`);
  const fresh = (!isStale(root) || rebuildOnce(root)) && existsSync(compiled);
  let file = compiled;
  if (!fresh) {
    const { register } = await import('tsx/esm/api');
    register();
    file = join(root, 'src', `${entry}.ts`);
  }
  // The entry reads its own flags from process.argv.slice(2) and checks argv[1] to know it is the main module.
  process.argv = [process.argv[0] ?? process.execPath, file, ...args];
  await import(pathToFileURL(file).href);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [entry, ...args] = process.argv.slice(2);
  if (entry === '--build') {
    process.exitCode = build() ? 0 : 1;
  } else if (!entry || entry.startsWith('-')) {
    process.stderr.write('usage: node scripts/launch.mjs <entry under src/, e.g. cli/ask> [args...]\n');
    process.exitCode = 2;
  } else {
    await launch(entry, args);
  }
}
