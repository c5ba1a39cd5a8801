/**
 * Round-trip benchmark through the loopback Discord (not a test: nothing fails). The real bot (Engine.open +
 * startBot, as `npm start` runs it) in a child process; LoopbackDiscord in this one sends `/ask` interactions
 * at fixed offered rates, open loop, and times each from INTERACTION_CREATE to the interaction callback.
 * Usage:
 *   npm run bench:discord -- [--rates 50,100,150,200,300,400,800] [--seconds 5] [--repeats 3]
 *     [--corpus squad|bundled] [--users 1000] [--guilds 4] [--heartbeat-ms 41250] [--max-in-flight 10000]
 *     [--log-level info] [--target-p99-ms 50] [--warmup-seconds 3] [--drain-ms 10000] [--pause-ms 1500]
 *     [--cpu-prof DIR] [--keep-log FILE] [--json FILE] [--data DIR] [--seed N]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LoopbackDiscord } from '../test/loopback/discord.js';
import { resolveEvalDir } from './datasets/index.js';
import { BotChild } from './discord/child.js';
import { type CorpusChoice, prepareCorpus, squadAvailable } from './discord/corpus.js';
import { onRestArrival, runStep, sleep } from './discord/driver.js';
import { machineCpu, machinePercent } from './discord/machine-cpu.js';
import { rateTable, stepTable, summariseRates, sustainedRate } from './discord/report.js';
import { botLoad, parseBotLog, type ProcessLoad, type StepResult, summariseStep } from './discord/summary.js';
import { machineInfo } from './machine.js';

const DEFAULT_JSON = fileURLToPath(new URL('./results/discord.json', import.meta.url));
/** Discord's own HELLO heartbeat interval. */
const DISCORD_HEARTBEAT_MS = 41_250;
const WINDOW_MS = 3_000;

function parseOptions() {
  const { values } = parseArgs({
    options: {
      rates: { type: 'string', default: '50,100,150,200,300,400,800' },
      seconds: { type: 'string', default: '5' },
      'warmup-seconds': { type: 'string', default: '3' },
      repeats: { type: 'string', default: '3' },
      corpus: { type: 'string' },
      users: { type: 'string', default: '1000' },
      guilds: { type: 'string', default: '4' },
      questions: { type: 'string', default: '4000' },
      'heartbeat-ms': { type: 'string', default: String(DISCORD_HEARTBEAT_MS) },
      'max-in-flight': { type: 'string', default: '10000' },
      'log-level': { type: 'string', default: 'info' },
      'target-p99-ms': { type: 'string', default: '50' },
      'pause-ms': { type: 'string', default: '1500' },
      'drain-ms': { type: 'string', default: '10000' },
      'cpu-prof': { type: 'string' },
      'keep-log': { type: 'string' },
      json: { type: 'string', default: DEFAULT_JSON },
      data: { type: 'string' },
      seed: { type: 'string', default: '20261122' },
    },
  });
  const whole = (name: string, value: string | undefined, min = 1) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} takes a whole number >= ${min}`);
    return n;
  };
  const rates = (values.rates ?? '').split(',').map((r) => Number(r.trim()));
  if (rates.some((r) => !(r > 0))) throw new Error('--rates takes positive numbers separated by commas');
  const evalDir = resolveEvalDir(values.data);
  const corpus = (values.corpus ?? (squadAvailable(evalDir) ? 'squad' : 'bundled')) as CorpusChoice;
  if (corpus !== 'squad' && corpus !== 'bundled') throw new Error('--corpus is squad or bundled');
  if (corpus === 'squad' && !squadAvailable(evalDir))
    throw new Error(`--corpus squad: SQuAD not found under ${evalDir} (use --data DIR)`);
  return {
    rates,
    seconds: Number(values.seconds),
    warmupSeconds: Number(values['warmup-seconds']),
    repeats: whole('repeats', values.repeats),
    corpus,
    evalDir,
    users: whole('users', values.users),
    guilds: whole('guilds', values.guilds),
    questions: whole('questions', values.questions, 10),
    heartbeatMs: whole('heartbeat-ms', values['heartbeat-ms'], 100),
    maxInFlight: whole('max-in-flight', values['max-in-flight']),
    logLevel: values['log-level'] ?? 'info',
    targetP99Ms: Number(values['target-p99-ms']),
    pauseMs: whole('pause-ms', values['pause-ms'], 0),
    drainMs: whole('drain-ms', values['drain-ms'], 0),
    cpuProfDir: values['cpu-prof'] ? resolve(values['cpu-prof']) : undefined,
    keepLog: values['keep-log'] ? resolve(values['keep-log']) : undefined,
    json: resolve(values.json ?? DEFAULT_JSON),
    seed: Number(values.seed),
  };
}

function revision(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', 'src'], { encoding: 'utf8' }).trim();
    return dirty ? `${head} + uncommitted changes in src/` : head;
  } catch {
    return 'unknown';
  }
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');

async function main(): Promise<void> {
  const options = parseOptions();
  const host = machineInfo();
  console.log(
    `Machine: ${host.cpu}, ${host.cores} cores, ${host.memoryGb} GB, node ${host.node} (${host.platform}), ` +
      `load average ${host.loadAverage.join(' ')} at start`,
  );
  if ((host.loadAverage[0] ?? 0) > host.cores * 0.5)
    console.log('Warning: the machine is busy (other jobs run here); latencies are inflated.');

  const work = await mkdtemp(join(tmpdir(), 'citebot-discord-bench-'));
  const corpusDir = join(work, 'corpus');
  const logFile = join(work, 'bot.log');
  let discord: LoopbackDiscord | undefined;
  let child: BotChild | undefined;
  try {
    const corpus = await prepareCorpus(
      options.corpus,
      corpusDir,
      options.evalDir,
      options.seed,
      options.questions,
    );
    console.log(`Corpus: ${corpus.description}; ${corpus.questions.length} distinct questions`);

    discord = await LoopbackDiscord.start({
      heartbeatIntervalMs: options.heartbeatMs,
      interactionResponseWindowMs: WINDOW_MS,
    });
    const guilds = Array.from({ length: options.guilds }, (_, i) =>
      discord!.addGuild({ name: `Bench server ${i + 1}` }),
    );
    const users = Array.from({ length: options.users }, (_, i) => `bench-user-${i}`);
    child = await BotChild.start({
      logFile,
      cpuProfDir: options.cpuProfDir,
      env: {
        DISCORD_TOKEN: discord.botToken,
        DISCORD_APPLICATION_ID: discord.applicationId,
        DISCORD_API_BASE_URL: discord.apiBase,
        CORPUS_DIR: corpusDir,
        INDEX_PATH: '',
        WATCH_CORPUS: 'false',
        COOLDOWN_SECONDS: '0',
        MAX_IN_FLIGHT: String(options.maxInFlight),
        LOG_LEVEL: options.logLevel,
      },
    });
    console.log(
      `Bot: child process ${child.ready.pid} (node --import tsx bench/discord/bot-child.ts), ` +
        `${child.ready.passages} passages in ${child.ready.articles} articles, connected in ` +
        `${fmt(child.ready.startMs / 1000, 1)} s; COOLDOWN_SECONDS=0, MAX_IN_FLIGHT=${options.maxInFlight}, ` +
        `LOG_LEVEL=${options.logLevel}, ${options.users} users, ${options.guilds} servers, heartbeat ` +
        `${options.heartbeatMs} ms\n`,
    );

    let offset = 0;
    let logOffset = 0;
    const readNewLog = () => {
      const all = readFileSync(logFile);
      const text = all.subarray(logOffset).toString('utf8');
      logOffset = all.length;
      return text;
    };
    const loopDelay = monitorEventLoopDelay({ resolution: 20 });
    loopDelay.enable();

    const step = async (rate: number, seconds: number, run: number): Promise<StepResult> => {
      readNewLog();
      loopDelay.reset();
      const botBefore = await child!.stats();
      const cpuBefore = process.cpuUsage();
      const machineBefore = machineCpu();
      const wallBefore = performance.now();
      const record = await runStep(discord!, {
        rate,
        durationMs: seconds * 1000,
        offset,
        questions: corpus.questions,
        users,
        guilds,
        windowMs: WINDOW_MS,
        drainMs: options.drainMs,
      });
      const botAfter = await child!.stats();
      const cpu = process.cpuUsage(cpuBefore);
      const wallMs = performance.now() - wallBefore;
      const machine = machinePercent(machineBefore, machineCpu(), wallMs);
      const loopback: ProcessLoad = {
        cpuPercent: Number(((100 * (cpu.user + cpu.system)) / 1000 / wallMs).toFixed(1)),
        eventLoopDelayMs: {
          p50: loopDelay.percentile(50) / 1e6,
          p99: loopDelay.percentile(99) / 1e6,
          max: loopDelay.max / 1e6,
        },
      };
      offset += record.sent.length;
      await sleep(200); // the last log lines
      return summariseStep(rate, record, WINDOW_MS, options.targetP99Ms, {
        run,
        machine,
        bot: botLoad(botBefore, botAfter, record.sent.length),
        loopback,
        loadAverage1m: Number(loadavg()[0]?.toFixed(2)),
        botLog: parseBotLog(readNewLog()),
      });
    };

    // Between steps: the pause, then until the bot is idle and has stopped calling REST (an overloaded step
    // leaves a backlog behind: deferred replies' edits go out at discord.js's 50 requests/s, in 1 s bursts).
    let lastRestCall = performance.now();
    onRestArrival(() => {
      lastRestCall = performance.now();
    });
    const settle = async () => {
      await sleep(options.pauseMs);
      const until = performance.now() + 60_000;
      await child!.stats();
      for (;;) {
        await sleep(500);
        const idle = (await child!.stats()).eventLoopUtilization < 0.1;
        if ((idle && performance.now() - lastRestCall > 2_500) || performance.now() > until) break;
      }
    };

    if (options.warmupSeconds > 0) {
      const warm = await step(Math.min(50, options.rates[0] ?? 50), options.warmupSeconds, 0);
      console.log(
        `Warm-up (not counted): ${warm.sent} at ${warm.offeredPerSecond}/s, p50 ${fmt(warm.latencyMs.p50)} ms, ` +
          `lost ${warm.lost}\n`,
      );
      await settle();
    }

    // Whole passes over the rates, so each rate's runs are spread over time (other jobs come and go).
    const steps: StepResult[] = [];
    for (let run = 1; run <= options.repeats; run++) {
      for (const rate of options.rates) {
        console.error(`run ${run}/${options.repeats}: offering ${rate}/s for ${options.seconds} s...`);
        steps.push(await step(rate, options.seconds, run));
        await settle();
      }
    }
    const rates = summariseRates(steps, options.targetP99Ms);
    const best = sustainedRate(rates);
    const loadAtEnd = loadavg().map((l) => Number(l.toFixed(2)));

    console.log(stepTable(steps));
    if (options.repeats > 1) {
      console.log(
        `\nPer offered rate, medians over ${options.repeats} runs (lost, errors, busy, deferred: totals):`,
      );
      console.log(rateTable(rates));
    }
    console.log(
      `\nlatency: INTERACTION_CREATE sent by the loopback -> the interaction callback request read by it. ` +
        `lost: no successful callback within ${WINDOW_MS} ms (Discord would have expired it). errors: ` +
        `interactions with a refused REST call or a "Something went wrong" reply; err logs: the bot's ` +
        `error-level log lines. deferred: acknowledged with a defer (type 5), answered by a later edit. ` +
        `CPU: user + system time of the bot's process over each step's send-to-last-reply time, % of one ` +
        `core, and per /ask sent; others: the rest of the machine (other jobs, kernel) from /proc/stat. ` +
        `ELU: the bot's event loop utilisation. send lag: how late the loopback sent against the schedule.`,
    );
    const calls = steps.at(-1)?.restCallsPerInteraction ?? {};
    console.log(
      `REST calls per /ask (last step): ${Object.entries(calls)
        .map(([route, n]) => `${route} x${n}`)
        .join(', ')}`,
    );
    const handler = steps.map(
      (s) => `${s.offeredPerSecond}/s ${fmt(s.botLog.handlerMs?.p99 ?? Number.NaN, 0)}`,
    );
    console.log(`Bot's own handler time p99 (ms, from its log): ${handler.join(', ')}`);
    console.log(
      best
        ? `\nSustained: ${best.offeredPerSecond}/s (this and every lower rate: 0 lost, no errors, median p99 ` +
            `${fmt(best.latencyMs.p99)} ms <= ${options.targetP99Ms} ms, ${fmt(best.achievedRepliesPerSecond)} replies/s).`
        : `\nSustained: no offered rate met 0 lost and p99 <= ${options.targetP99Ms} ms.`,
    );
    console.log(`Load average at end: ${loadAtEnd.join(' ')} (other jobs share this machine).`);

    const ready = child.ready;
    await child.stop();
    child = undefined;
    mkdirSync(dirname(options.json), { recursive: true });
    writeFileSync(
      options.json,
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          revision: revision(),
          machine: { ...host, loadAverageAtEnd: loadAtEnd },
          options: { ...options, windowMs: WINDOW_MS },
          corpus: corpus.description,
          bot: { process: 'child (node --import tsx bench/discord/bot-child.ts)', ...ready },
          sustained: best ? { offeredPerSecond: best.offeredPerSecond, p99Ms: best.latencyMs.p99 } : null,
          rates,
          steps,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`JSON written to ${options.json}`);
    if (options.cpuProfDir) console.log(`CPU profile of the bot written to ${options.cpuProfDir}`);
  } finally {
    await child?.stop();
    await discord?.stop();
    if (options.keepLog) await copyFile(logFile, options.keepLog).catch(() => {});
    await rm(work, { recursive: true, force: true });
  }
}

await main();
