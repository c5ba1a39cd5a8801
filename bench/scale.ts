/**
 * Shards measured (issue 13, a measure, not a test: nothing fails). `npm start`'s compiled entry (dist/main.js)
 * against a loopback Discord of many synthetic servers, each with a few small articles of its own in
 * corpus/guilds/<id>/, and a private PostgreSQL server (DATABASE_URL): once as one process (no SHARD_COUNT), then
 * with SHARD_COUNT = 1, 2, 4 (ShardingManager, one process per shard, SHARD_SPAWN_DELAY_MS=0: the loopback has no
 * IDENTIFY limit; Discord's adds 5.5 s per shard after the first). For each: the time from spawn until every
 * shard holds its servers' files (cold: no index snapshot yet; warm: a second start reading the snapshot),
 * each process's RSS once ready and its peak (VmHWM), and mention round trips across the servers.
 * Usage: npm run bench:scale -- [--servers 1000] [--files 2] [--shards 1,2,4] [--questions 60] [--json FILE]
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startPostgres } from '../test/db/backends.js';
import { LoopbackDiscord } from '../test/loopback/discord.js';
import { machineInfo } from './machine.js';

const ROOT = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    servers: { type: 'string', default: '1000' },
    files: { type: 'string', default: '2' },
    shards: { type: 'string', default: '1,2,4' },
    questions: { type: 'string', default: '60' },
    json: { type: 'string' },
  },
});
const serverCount = Number(values.servers);
const filesPerServer = Number(values.files);
const shardCounts = values.shards.split(',').map(Number);
const questionCount = Number(values.questions);

const PLACES = [
  'Saltmarsh',
  'Bramblewood',
  'Eastgate',
  'Hollowmere',
  'Kestrel Point',
  'Ironbridge',
  'Larkfield',
];
const THINGS = ['lanterns', 'quince trees', 'grain ships', 'beehives', 'footbridges', 'windmills', 'choirs'];

/** A small article of one server: five short paragraphs naming a place, a thing and numbers unique to it. */
function article(server: number, file: number): string {
  const place = PLACES[(server + file) % PLACES.length]!;
  const paragraphs = [`Notes ${server}-${file}`];
  for (let i = 0; i < 5; i++) {
    const thing = THINGS[(server * 3 + file + i) % THINGS.length]!;
    paragraphs.push(
      `In ${2000 + ((server + i) % 24)} the ${place} guild ${server} counted ${(server * 7 + i * 13) % 900} ${thing} ` +
        `along the river. The survey of ${thing} number ${file}-${i} was kept by the ${place} archive for later readers.`,
    );
  }
  return `${paragraphs.join('\n\n')}\n`;
}

interface LogLine {
  msg?: string;
  shard?: number;
  processId?: number;
  ms?: number;
  guildCount?: number;
  passages?: number;
}

function rssOf(pid: number): { rssMb: number; peakMb: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
    return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
  } catch {
    return { rssMb: NaN, peakMb: NaN };
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

interface RunResult {
  mode: string;
  start: 'cold' | 'warm';
  readyMs: number;
  processes: Array<{
    role: string;
    rssMb: number;
    peakMb: number;
    guilds?: number;
    passages?: number;
    loadMs?: number;
  }>;
  roundTripP50Ms?: number;
  roundTripP95Ms?: number;
}

const discord = await LoopbackDiscord.start({ shards: Math.max(...shardCounts) });
const postgres = await startPostgres();
const dir = await mkdtemp(join(tmpdir(), 'citebot-scale-'));
const guilds: Array<{ id: string; channelId: string }> = [];
const results: RunResult[] = [];
try {
  console.error(`building dist/ and writing ${serverCount} servers x ${filesPerServer} articles...`);
  spawnSync(process.execPath, [join(ROOT, 'scripts/launch.mjs'), '--build'], { stdio: 'inherit' });
  await cp(join(ROOT, 'corpus'), join(dir, 'corpus'), { recursive: true });
  for (let server = 0; server < serverCount; server++) {
    const guild = discord.addGuild({ name: `Synthetic ${server}` });
    guilds.push(guild);
    const folder = join(dir, 'corpus', 'guilds', guild.id);
    await mkdir(folder, { recursive: true });
    for (let file = 0; file < filesPerServer; file++) {
      await writeFile(join(folder, `notes-${file}.txt`), article(server, file));
    }
  }
  const modes: Array<number | 'single'> = ['single', ...shardCounts];
  for (const mode of modes) {
    for (const start of ['cold', 'warm'] as const) {
      // The loopback recommends the largest count: a run of fewer shards says how many it wants.
      results.push(await run(mode, start));
      const last = results.at(-1)!;
      console.error(
        `${last.mode} ${start}: ready in ${last.readyMs} ms; ` +
          last.processes.map((p) => `${p.role} ${p.rssMb} MB (peak ${p.peakMb})`).join(', ') +
          (last.roundTripP50Ms !== undefined ? `; round trip p50 ${last.roundTripP50Ms} ms` : ''),
      );
    }
  }
} finally {
  await discord.stop();
  await postgres.stop();
  await rm(dir, { recursive: true, force: true });
}

async function run(mode: number | 'single', start: 'cold' | 'warm'): Promise<RunResult> {
  const indexPath = join(dir, `index-${mode}`);
  if (start === 'cold') await rm(indexPath, { recursive: true, force: true });
  let stderr = '';
  const began = performance.now();
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'dist', 'main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DISCORD_TOKEN: discord.botToken,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_API_BASE_URL: discord.apiBase,
      CORPUS_DIR: join(dir, 'corpus'),
      INDEX_PATH: indexPath,
      DATABASE_URL: postgres.url,
      WATCH_CORPUS: 'false',
      COOLDOWN_SECONDS: '0',
      LOG_LEVEL: 'info',
      ...(mode === 'single' ? {} : { SHARD_COUNT: String(mode), SHARD_SPAWN_DELAY_MS: '0' }),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const lines = (): LogLine[] =>
    stderr.split('\n').flatMap((line) => {
      try {
        return [JSON.parse(line) as LogLine];
      } catch {
        return [];
      }
    });
  const shardCount = mode === 'single' ? 0 : mode;
  const ready = () =>
    mode === 'single'
      ? lines().some((line) => line.msg === 'connected to Discord')
      : lines().filter((line) => line.msg === "shard holds its servers' files").length >= shardCount;
  await until(ready, 180_000, `${mode} to be ready`);
  const readyMs = Math.round(performance.now() - began);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const processes: RunResult['processes'] = [];
  if (mode === 'single') {
    processes.push({ role: 'bot', ...rssOf(child.pid!) });
  } else {
    processes.push({ role: 'manager', ...rssOf(child.pid!) });
    for (let shard = 0; shard < shardCount; shard++) {
      const pid = lines().find((line) => line.msg === 'starting shard' && line.shard === shard)?.processId;
      const held = lines().find(
        (line) => line.msg === "shard holds its servers' files" && line.shard === shard,
      );
      processes.push({
        role: `shard ${shard}`,
        ...(pid ? rssOf(pid) : { rssMb: NaN, peakMb: NaN }),
        ...(held ? { guilds: held.guildCount, passages: held.passages, loadMs: held.ms } : {}),
      });
    }
  }
  const latencies = start === 'warm' ? await roundTrips() : [];
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  latencies.sort((a, b) => a - b);
  return {
    mode: mode === 'single' ? 'one process' : `${mode} shard${mode === 1 ? '' : 's'}`,
    start,
    readyMs,
    processes,
    ...(latencies.length > 0
      ? {
          roundTripP50Ms: Math.round(percentile(latencies, 50)),
          roundTripP95Ms: Math.round(percentile(latencies, 95)),
        }
      : {}),
  };
}

/** Mentions asked one after another in servers spread over every shard: dispatch to the reply's arrival. */
async function roundTrips(): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < questionCount; i++) {
    const server = Math.floor((i * serverCount) / questionCount);
    const guild = guilds[server]!;
    const thing = THINGS[(server * 3) % THINGS.length]!;
    const began = performance.now();
    discord.sendMessage({
      guildId: guild.id,
      author: discord.user(`scale-${i % 5}`),
      content: `How many ${thing} did guild ${server} count?`,
      mentionBot: true,
    });
    await discord.waitForChannelMessage(guild.channelId, 10_000);
    latencies.push(performance.now() - began);
  }
  return latencies;
}

const report = { machine: machineInfo(), servers: serverCount, filesPerServer, results };
if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
console.log(
  '| run | start | ready (ms) | process: RSS once ready / peak (MB) | servers, passages held | round trip p50 / p95 (ms) |',
);
console.log('| --- | --- | --- | --- | --- | --- |');
for (const result of results) {
  const rss = result.processes.map((p) => `${p.role} ${p.rssMb} / ${p.peakMb}`).join('; ');
  const held = result.processes
    .filter((p) => p.guilds !== undefined)
    .map((p) => `${p.guilds}, ${p.passages} (${p.loadMs} ms)`)
    .join('; ');
  const trip =
    result.roundTripP50Ms !== undefined ? `${result.roundTripP50Ms} / ${result.roundTripP95Ms}` : '';
  console.log(`| ${result.mode} | ${result.start} | ${result.readyMs} | ${rss} | ${held} | ${trip} |`);
}
