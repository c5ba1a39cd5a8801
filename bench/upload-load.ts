/**
 * Uploads under load, through the loopback Discord (a measure, not a test: nothing fails). The real bot in a
 * child process (bench/discord/bot-child.ts: Engine.open + startBot, parsing uploads on its worker thread, the
 * index snapshot folder on as `npm start` has it); one server sends back-to-back `/corpus add` uploads of the largest
 * file allowed (MAX_FILE_BYTES, 2 MiB: about 9,500 short passages), with its quota raised for the run, while
 * another server asks `/ask` at a fixed rate. Reports that server's `/ask` latency (dispatch to the interaction
 * callback), how many missed Discord's 3 s window, the uploads' times, and the bot's peak RSS (VmHWM).
 * Usage: npm run bench:uploads -- [--uploads 30] [--rate 10] [--bytes 2097152] [--no-snapshot] [--json FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cp, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { LoopbackDiscord, option } from '../test/loopback/discord.js';
import { BotChild } from './discord/child.js';
import { onRestArrival, sleep } from './discord/driver.js';
import { machineInfo } from './machine.js';

const WINDOW_MS = 3_000;
const SEED_CORPUS = new URL('../corpus', import.meta.url).pathname;
const QUESTIONS = [
  'How many attacks did ISKP claim?',
  'Who is Sabahat Khan?',
  'what is the capital of France?',
  'when was the shrine attacked?',
];

const { values } = parseArgs({
  options: {
    uploads: { type: 'string', default: '30' },
    rate: { type: 'string', default: '10' },
    bytes: { type: 'string', default: String(2 * 1024 * 1024) },
    'no-snapshot': { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
const uploads = Number(values.uploads);
const rate = Number(values.rate);
const fileBytes = Number(values.bytes);

/** A `bytes`-long article of short paragraphs (the most passages, so the most indexing, for its size). */
function article(n: number, bytes: number): Buffer {
  const parts: string[] = [`Upload ${n}\n\n`];
  let length = parts[0]!.length;
  for (let i = 0; ; i++) {
    const part = `Report ${n}-${i}: the harbour master logged ${i % 97} grain ships at the Saltmarsh quay, and rangers counted quokka number ${i} near the ridge on a cold morning in spring.\n\n`;
    if (length + part.length > bytes) break;
    parts.push(part);
    length += part.length;
  }
  parts.push('x'.repeat(Math.max(0, bytes - length - 1)), '\n');
  return Buffer.from(parts.join(''));
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Peak resident set size of a process (Linux VmHWM), or undefined elsewhere. */
function peakRss(pid: number): number | undefined {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Bytes of a file, or of the files in a folder (the snapshot folder: one file per scope); undefined if none. */
async function bytesUnder(path: string): Promise<number | undefined> {
  try {
    const info = await stat(path);
    if (!info.isDirectory()) return info.size;
    let total = 0;
    for (const name of await readdir(path)) total += (await stat(join(path, name))).size;
    return total;
  } catch {
    return undefined;
  }
}

/** The bot's process, stopped however the run ends (an orphan would hold this process's stdout open). */
let running: BotChild | undefined;

const mb = (bytes: number | undefined) =>
  bytes === undefined ? '-' : `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main(): Promise<void> {
  const host = machineInfo();
  console.log(
    `Machine: ${host.cpu}, ${host.cores} cores, ${host.memoryGb} GB, node ${host.node}, load average ` +
      `${host.loadAverage.join(' ')} at start`,
  );
  const work = await mkdtemp(join(tmpdir(), 'citebot-upload-bench-'));
  const corpusDir = join(work, 'corpus');
  const indexPath = values['no-snapshot'] ? '' : join(work, 'state', 'index');
  await cp(SEED_CORPUS, corpusDir, { recursive: true });
  const discord = await LoopbackDiscord.start({ interactionResponseWindowMs: WINDOW_MS });
  const uploader = discord.addGuild({ name: 'Uploading server' });
  const asker = discord.addGuild({ name: 'Asking server' });
  const child = await BotChild.start({
    logFile: join(work, 'bot.log'),
    env: {
      DISCORD_TOKEN: discord.botToken,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_API_BASE_URL: discord.apiBase,
      CORPUS_DIR: corpusDir,
      INDEX_PATH: indexPath,
      WATCH_CORPUS: 'true',
      COOLDOWN_SECONDS: '0',
      LOG_LEVEL: 'warn',
      MAX_FILE_BYTES: String(Math.max(fileBytes, 1024)),
      // The quota raised for the run: 30 uploads of 2 MiB are over the default 20 MiB.
      MAX_FILES_PER_SERVER: '100000',
      MAX_BYTES_PER_SERVER: String(10 * 1024 * 1024 * 1024),
    },
  });
  running = child;
  console.log(
    `Bot: pid ${child.ready.pid}, ${child.ready.articles} articles, ${child.ready.passages} passages; ` +
      `snapshot ${indexPath ? 'on' : 'off'}; peak RSS before the uploads ${mb(peakRss(child.ready.pid))}`,
  );

  // Arrival times of the callbacks (sub-millisecond clock), by interaction id.
  const arrived = new Map<string, { at: number; type: number | undefined; status: number }>();
  const stopListening = onRestArrival((call, at) => {
    const id = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(call.path)?.[1];
    if (id && call.method === 'POST' && !arrived.has(id))
      arrived.set(id, { at, type: (call.body as { type?: number }).type, status: call.status });
  });

  let uploading = true;
  const asks: { id: string; sentAt: number }[] = [];
  const asking = (async () => {
    const interval = 1000 / rate;
    const start = performance.now();
    for (let i = 0; uploading; i++) {
      const due = start + i * interval;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      const handle = discord.slash({
        guildId: asker.id,
        user: `asker-${i % 50}`,
        name: 'ask',
        options: [option.string('question', QUESTIONS[i % QUESTIONS.length]!)],
      });
      asks.push({ id: handle.id, sentAt: performance.now() });
    }
  })();

  const uploadTimes: number[] = [];
  const refused: string[] = [];
  const began = performance.now();
  let busy = 0;
  let expiredUploads = 0;
  for (let n = 1; n <= uploads; n++) {
    const file = discord.serveFile(`upload-${n}.txt`, article(n, fileBytes), 'text/plain');
    const t0 = performance.now();
    const handle = discord.slash({
      guildId: uploader.id,
      user: 'uploader',
      permissions: '32',
      name: 'corpus',
      options: [option.subcommand('add', [option.attachment('file', file)])],
    });
    const callback = await discord.waitForInteractionReply(handle, 60_000);
    if (callback.status >= 400) {
      // Answered after Discord's window: the bot was too busy to take the upload in time. Send it again.
      expiredUploads++;
      n--;
      continue;
    }
    if ((callback.body as { type?: number }).type !== 5) {
      // "Another file is being added to this server": the previous one is still finishing. Send it again.
      busy++;
      n--;
      await sleep(50);
      continue;
    }
    const edit = await discord.waitForWebhookEdit(handle, '@original', 300_000);
    uploadTimes.push(performance.now() - t0);
    const content = (edit.body as { content?: string }).content ?? '';
    if (!content.startsWith('Added')) refused.push(content.slice(0, 120));
  }
  const uploadSeconds = (performance.now() - began) / 1000;
  uploading = false;
  await asking;
  // Every ask gets its callback or Discord's window passes.
  const lastSent = asks.at(-1)?.sentAt ?? 0;
  while (performance.now() < lastSent + WINDOW_MS + 1000 && asks.some((a) => !arrived.has(a.id)))
    await sleep(20);
  stopListening();
  const peak = peakRss(child.ready.pid);
  const stats = await child.stats();
  await child.stop();
  await discord.stop();
  const snapshotBytes = indexPath ? await bytesUnder(indexPath) : undefined;
  await rm(work, { recursive: true, force: true });

  const latencies = asks.flatMap((a) => {
    const reply = arrived.get(a.id);
    return reply ? [reply.at - a.sentAt] : [];
  });
  const missed = asks.filter((a) => {
    const reply = arrived.get(a.id);
    return !reply || reply.at - a.sentAt > WINDOW_MS || reply.status >= 400;
  }).length;
  const deferred = asks.filter((a) => arrived.get(a.id)?.type === 5).length;
  const sorted = [...latencies].sort((a, b) => a - b);
  const up = [...uploadTimes].sort((a, b) => a - b);
  const result = {
    uploads,
    fileBytes,
    snapshot: Boolean(indexPath),
    uploadSeconds: Number(uploadSeconds.toFixed(1)),
    uploadMs: { p50: Math.round(percentile(up, 50)), max: Math.round(up.at(-1) ?? 0) },
    refused,
    sentAgain: busy,
    uploadsExpired: expiredUploads,
    asks: asks.length,
    askRate: rate,
    askMs: {
      p50: Number(percentile(sorted, 50).toFixed(1)),
      p99: Number(percentile(sorted, 99).toFixed(1)),
      max: Number((sorted.at(-1) ?? Number.NaN).toFixed(1)),
    },
    deferred,
    missedWindow: missed,
    peakRssBytes: peak ?? stats.rssBytes,
    rssAtEndBytes: stats.rssBytes,
    snapshotBytes,
    machine: host,
  };
  console.log(
    `${uploads} uploads of ${(fileBytes / 1024 / 1024).toFixed(1)} MiB in ${result.uploadSeconds} s ` +
      `(each: median ${result.uploadMs.p50} ms, max ${result.uploadMs.max} ms; ${refused.length} refused, ` +
      `${busy} sent again after "another upload in progress", ${expiredUploads} after missing the 3 s window)\n` +
      `Other server's /ask meanwhile (${rate}/s, ${asks.length} asks): p50 ${result.askMs.p50} ms, ` +
      `p99 ${result.askMs.p99} ms, max ${result.askMs.max} ms; ${deferred} deferred; ` +
      `${missed} missed the 3 s window\n` +
      `Bot peak RSS ${mb(result.peakRssBytes)} (at the end ${mb(result.rssAtEndBytes)}); snapshot ${mb(snapshotBytes)}`,
  );
  if (refused.length > 0) console.log(`Refused: ${refused[0]}`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
}

await main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message.split('\n')[0] : error);
  await running?.stop();
  process.exit(1);
});
