/** Turns one step's raw record (and the two processes' counters) into the figures reported. */
import { summarise, type LatencySummary } from '../benchmark/stats.js';
import type { ChildStats } from './protocol.js';
import { kindOf, type ReplyKind, type StepRecord } from './driver.js';

export interface ProcessLoad {
  /** CPU time (user + system) over wall time, in percent of one core. */
  cpuPercent: number;
  /** CPU time (user + system) per interaction sent, in ms. */
  cpuMsPerInteraction?: number;
  eventLoopUtilization?: number;
  eventLoopDelayMs?: { p50: number; p99: number; max: number };
  rssMb?: number;
}

export interface BotLog {
  /** `question` log lines by outcome. */
  outcomes: Record<string, number>;
  /** The bot's own handler time (runQuestion start to the reply sent), from its log. */
  handlerMs: LatencySummary | null;
  /** Log lines at error level or above (handler failures, unhandled rejections, REST errors). */
  errorLines: number;
  errorSamples: string[];
}

export interface StepResult {
  /** Which pass over the rates (1-based, with --repeats). */
  run: number;
  offeredPerSecond: number;
  sent: number;
  sendSeconds: number;
  replied: number;
  achievedRepliesPerSecond: number;
  /** No successful callback within the window (Discord would have expired the interaction). */
  lost: number;
  /** REST calls for these interactions that the loopback refused (>= 400). */
  httpErrors: number;
  /** Interactions with a refused REST call or the polite error notice as their reply. */
  errors: number;
  busy: number;
  deferred: number;
  /** Deferred replies whose edit (the answer) had not arrived when the step stopped waiting. */
  deferredPending: number;
  answeredTwice: number;
  replyKinds: Record<ReplyKind, number>;
  /** INTERACTION_CREATE sent -> interaction callback arrived. */
  latencyMs: LatencySummary;
  /** INTERACTION_CREATE sent -> the answer arrived (the callback, or the edit of a deferred reply). */
  answerLatencyMs: LatencySummary;
  /** How late the loopback sent dispatches against the schedule (its own event loop lag). */
  driverLagMs: { p50: number; p99: number; max: number };
  bot: ProcessLoad;
  loopback: ProcessLoad;
  /** The whole machine's busy CPU (all processes, the kernel), % of one core; and the others' share. */
  machineCpuPercent?: number;
  stealCpuPercent?: number;
  othersCpuPercent?: number;
  botLog: BotLog;
  /** Every REST call the bot made during the step, per interaction sent, by route. */
  restCallsPerInteraction: Record<string, number>;
  loadAverage1m: number;
  sustained: boolean;
}

function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function rounded(s: LatencySummary): LatencySummary {
  return {
    p50: round(s.p50),
    p95: round(s.p95),
    p99: round(s.p99),
    mean: round(s.mean),
    max: round(s.max),
    count: s.count,
  };
}

export function botLoad(before: ChildStats, after: ChildStats, interactions: number): ProcessLoad {
  const cpuMs = (after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system) / 1000;
  return {
    cpuPercent: round((100 * cpuMs) / Math.max(after.at - before.at, 1), 1),
    cpuMsPerInteraction: round(cpuMs / Math.max(interactions, 1), 2),
    eventLoopUtilization: round(after.eventLoopUtilization, 3),
    eventLoopDelayMs: {
      p50: round(after.eventLoopDelayMs.p50),
      p99: round(after.eventLoopDelayMs.p99),
      max: round(after.eventLoopDelayMs.max),
    },
    rssMb: Math.round(after.rssBytes / 1024 / 1024),
  };
}

export interface StepLoads {
  run: number;
  bot: ProcessLoad;
  loopback: ProcessLoad;
  machine?: { busyPercent: number; stealPercent: number } | undefined;
  loadAverage1m: number;
  botLog: BotLog;
}

export function summariseStep(
  offered: number,
  record: StepRecord,
  windowMs: number,
  p99TargetMs: number,
  loads: StepLoads,
): StepResult {
  const kinds: Record<ReplyKind, number> = {
    answer: 0,
    notice: 0,
    busy: 0,
    error: 0,
    cooldown: 0,
    deferred: 0,
    other: 0,
  };
  const latency: number[] = [];
  const answerLatency: number[] = [];
  const lag: number[] = [];
  let lost = 0;
  let httpErrors = 0;
  let erroredInteractions = 0;
  let deferredPending = 0;
  let twice = 0;
  let lastReply = record.firstSentAt;
  for (const s of record.sent) {
    lag.push(s.sentAt - s.scheduledAt);
    if (s.callbacks > 1) twice++;
    const refused = [s.callback, s.edit].filter((call) => call && call.status >= 400).length;
    httpErrors += refused;
    if (refused > 0 || [s.callback, s.edit].some((call) => call && kindOf(call.body as never) === 'error'))
      erroredInteractions++;
    const ok =
      s.callback && s.callback.status >= 200 && s.callback.status < 300 && s.callbackAt !== undefined;
    const waited = ok ? s.callbackAt! - s.sentAt : Number.POSITIVE_INFINITY;
    if (!ok || waited > windowMs) {
      lost++;
      continue;
    }
    latency.push(waited);
    lastReply = Math.max(lastReply, s.callbackAt!);
    const kind = kindOf(s.callback!.body as never);
    kinds[kind]++;
    if (kind === 'deferred') {
      if (s.editAt !== undefined) {
        answerLatency.push(s.editAt - s.sentAt);
        kinds[kindOf(s.edit!.body as never)]++;
        lastReply = Math.max(lastReply, s.editAt);
      } else deferredPending++;
    } else answerLatency.push(waited);
  }
  const replied = latency.length;
  const routes: Record<string, number> = {};
  for (const [route, n] of [...record.routes].sort((a, b) => b[1] - a[1]))
    routes[route] = round(n / record.sent.length, 3);
  const lagSummary = summarise(lag);
  const latencySummary = rounded(summarise(latency));
  const machine = loads.machine;
  return {
    run: loads.run,
    offeredPerSecond: offered,
    sent: record.sent.length,
    sendSeconds: round((record.lastSentAt - record.firstSentAt) / 1000),
    replied,
    achievedRepliesPerSecond: round((1000 * replied) / Math.max(lastReply - record.firstSentAt, 1), 1),
    lost,
    httpErrors,
    errors: erroredInteractions,
    busy: kinds.busy,
    deferred: kinds.deferred,
    deferredPending,
    answeredTwice: twice,
    replyKinds: kinds,
    latencyMs: latencySummary,
    answerLatencyMs: rounded(summarise(answerLatency)),
    driverLagMs: { p50: round(lagSummary.p50), p99: round(lagSummary.p99), max: round(lagSummary.max) },
    bot: loads.bot,
    loopback: loads.loopback,
    ...(machine
      ? {
          machineCpuPercent: round(machine.busyPercent, 0),
          stealCpuPercent: round(machine.stealPercent, 0),
          othersCpuPercent: round(
            Math.max(0, machine.busyPercent - loads.bot.cpuPercent - loads.loopback.cpuPercent),
            0,
          ),
        }
      : {}),
    botLog: loads.botLog,
    restCallsPerInteraction: routes,
    loadAverage1m: loads.loadAverage1m,
    sustained:
      lost === 0 &&
      httpErrors === 0 &&
      erroredInteractions === 0 &&
      loads.botLog.errorLines === 0 &&
      kinds.busy === 0 &&
      replied === record.sent.length &&
      latencySummary.p99 <= p99TargetMs,
  };
}

/** Reads the bot's JSON log lines written since `offset`; returns the figures and the new offset. */
export function parseBotLog(text: string): BotLog {
  const outcomes: Record<string, number> = {};
  const handler: number[] = [];
  let errorLines = 0;
  const errorSamples: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    let entry: { msg?: string; level?: number; outcome?: string; ms?: number };
    try {
      entry = JSON.parse(line);
    } catch {
      continue;
    }
    if (entry.msg === 'question' && entry.outcome) {
      outcomes[entry.outcome] = (outcomes[entry.outcome] ?? 0) + 1;
      if (typeof entry.ms === 'number') handler.push(entry.ms);
    }
    if ((entry.level ?? 0) >= 50) {
      errorLines++;
      if (errorSamples.length < 3) errorSamples.push(line.slice(0, 300));
    }
  }
  return {
    outcomes,
    handlerMs: handler.length ? rounded(summarise(handler)) : null,
    errorLines,
    errorSamples,
  };
}
