/**
 * Start-up time of the terminal commands, whole process, fresh each run (`npm run bench:startup`):
 * one CLI answer (`npm run ask -- "question"`) and `npm start` to the chat prompt, on the seed corpus.
 * Median of 5 runs each (`--runs N` for more), beside the same commands run through tsx (how the scripts ran
 * before they were compiled) and the compiled entry without npm in front.
 * dist/ is built first if it is stale, so no row pays for a rebuild.
 *
 * `--compare DIR`: also time another checkout (built, with its own node_modules and .citebot/), e.g. the commit
 * before a change, beside this one: each run of a row alternates between the two, so load changes hit both
 * alike. Its tsx rows are left out.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { machineInfo } from './machine.js';

const ROOT = join(import.meta.dirname, '..');
const QUESTION = 'how many attacks did ISKP claim?';
const PROMPT = 'you> ';

interface Case {
  name: string;
  command: string;
  args: string[];
  /** Time to this text on stdout (then /quit is typed); otherwise time to exit. */
  until?: string;
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  DISCORD_TOKEN: '',
  LOG_LEVEL: 'warn',
  FORCE_COLOR: '0',
};

/** One fresh process: wall time in ms from spawn to exit, or to `until` appearing on stdout. */
function once(c: Case, cwd = ROOT): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(c.command, c.args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let at: number | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (c.until && at === undefined && stdout.includes(c.until)) {
        at = performance.now() - started;
        child.stdin.end('/quit\n');
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    if (!c.until) child.stdin.end();
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${c.name} exited ${code}: ${stderr}`));
      else resolve(at ?? performance.now() - started);
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, compare: { type: 'string' } },
});
const runs = Math.max(1, Number(values.runs) || 5);
const other = values.compare ? resolve(values.compare) : undefined;

spawnSync(process.execPath, ['scripts/launch.mjs', '--build'], { cwd: ROOT, stdio: 'inherit' });
const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
const cases: Case[] = [
  { name: 'npm run ask -- "question"', command: 'npm', args: ['run', '--silent', 'ask', '--', QUESTION] },
  { name: 'npm start, to the chat prompt', command: 'npm', args: ['start', '--silent'], until: PROMPT },
  { name: 'node dist/cli/ask.js "question"', command: process.execPath, args: ['dist/cli/ask.js', QUESTION] },
  {
    name: 'node dist/main.js, to the prompt',
    command: process.execPath,
    args: ['dist/main.js'],
    until: PROMPT,
  },
  { name: 'tsx src/cli/ask.ts "question" (before)', command: tsx, args: ['src/cli/ask.ts', QUESTION] },
  { name: 'tsx src/main.ts, to the prompt (before)', command: tsx, args: ['src/main.ts'], until: PROMPT },
];

await once(cases[0]!); // warm the disk cache and the index snapshot
if (other) await once(cases[0]!, other);
const machine = machineInfo();
console.log(
  `start-up, median of ${runs} fresh processes (ms); ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, load ${machine.loadAverage.join(' ')}`,
);
if (other) console.log(`${''.padEnd(44)} ${'this'.padStart(6)} ${'other'.padStart(6)}   (other: ${other})`);
const show = (times: number[]) => String(Math.round(median(times))).padStart(6);
for (const c of other ? cases.filter((c) => c.command !== tsx) : cases) {
  const times: number[] = [];
  const otherTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    times.push(await once(c));
    if (other) otherTimes.push(await once(c, other));
  }
  console.log(
    other
      ? `${c.name.padEnd(44)} ${show(times)} ${show(otherTimes)}   load ${loadavg()[0]!.toFixed(2)}`
      : `${c.name.padEnd(44)} ${show(times)}   (${times.map(Math.round).join(', ')})`,
  );
}
