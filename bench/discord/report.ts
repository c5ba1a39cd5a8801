/** The printed tables: one row per step (offered rate, one run), and per rate over repeated runs (medians). */
import { median } from '../benchmark/stats.js';
import type { StepResult } from './summary.js';

export interface RateSummary {
  offeredPerSecond: number;
  runs: number;
  /** Runs with 0 lost, 0 errors, 0 busy and p99 within the target. */
  runsMeetingTarget: number;
  /** Medians over the runs. */
  achievedRepliesPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; worstP99: number };
  botCpuPercent: number;
  botCpuMsPerInteraction: number;
  botEventLoopUtilization: number;
  /** CPU used by everything else on the machine (other jobs, the kernel), % of one core. */
  othersCpuPercent: number;
  loadAverage1m: number;
  /** Totals over the runs. */
  sent: number;
  lost: number;
  errors: number;
  busy: number;
  deferred: number;
  /** Every run met the target (0 lost, no errors) and the median p99 is within it. */
  sustained: boolean;
}

const fmt = (n: number | undefined, digits = 1) =>
  n !== undefined && Number.isFinite(n) ? n.toFixed(digits) : '-';

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

export function stepTable(steps: StepResult[]): string {
  return table(
    [
      'run',
      'offered/s',
      'sent',
      'replies/s',
      'lost',
      'errors',
      'err logs',
      'busy',
      'deferred',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'max ms',
      'bot CPU %',
      'CPU ms/ask',
      'bot ELU',
      'loopback CPU %',
      'others CPU %',
      'send lag p99',
      'load 1m',
      '',
    ],
    steps.map((s) => [
      String(s.run),
      String(s.offeredPerSecond),
      String(s.sent),
      fmt(s.achievedRepliesPerSecond),
      String(s.lost),
      String(s.errors),
      String(s.botLog.errorLines),
      String(s.busy),
      String(s.deferred),
      fmt(s.latencyMs.p50),
      fmt(s.latencyMs.p95),
      fmt(s.latencyMs.p99),
      fmt(s.latencyMs.max),
      fmt(s.bot.cpuPercent, 0),
      fmt(s.bot.cpuMsPerInteraction, 2),
      fmt(s.bot.eventLoopUtilization, 2),
      fmt(s.loopback.cpuPercent, 0),
      fmt(s.othersCpuPercent, 0),
      fmt(s.driverLagMs.p99),
      fmt(s.loadAverage1m, 2),
      s.sustained ? 'ok' : '',
    ]),
  );
}

export function summariseRates(steps: StepResult[], targetP99Ms: number): RateSummary[] {
  const rates = [...new Set(steps.map((s) => s.offeredPerSecond))];
  return rates.map((rate) => {
    const runs = steps.filter((s) => s.offeredPerSecond === rate);
    const med = (pick: (s: StepResult) => number | undefined) =>
      median(runs.map(pick).filter((v): v is number => v !== undefined && Number.isFinite(v)));
    const sum = (pick: (s: StepResult) => number) => runs.reduce((total, s) => total + pick(s), 0);
    const p99 = med((s) => s.latencyMs.p99);
    const clean = runs.every(
      (s) =>
        s.lost === 0 &&
        s.errors === 0 &&
        s.botLog.errorLines === 0 &&
        s.busy === 0 &&
        s.httpErrors === 0 &&
        s.replied === s.sent,
    );
    return {
      offeredPerSecond: rate,
      runs: runs.length,
      runsMeetingTarget: runs.filter((s) => s.sustained).length,
      achievedRepliesPerSecond: med((s) => s.achievedRepliesPerSecond),
      latencyMs: {
        p50: med((s) => s.latencyMs.p50),
        p95: med((s) => s.latencyMs.p95),
        p99,
        worstP99: Math.max(...runs.map((s) => s.latencyMs.p99).filter(Number.isFinite)),
      },
      botCpuPercent: med((s) => s.bot.cpuPercent),
      botCpuMsPerInteraction: med((s) => s.bot.cpuMsPerInteraction),
      botEventLoopUtilization: med((s) => s.bot.eventLoopUtilization),
      othersCpuPercent: med((s) => s.othersCpuPercent),
      loadAverage1m: med((s) => s.loadAverage1m),
      sent: sum((s) => s.sent),
      lost: sum((s) => s.lost),
      errors: sum((s) => s.errors),
      busy: sum((s) => s.busy),
      deferred: sum((s) => s.deferred),
      sustained: clean && p99 <= targetP99Ms,
    };
  });
}

export function rateTable(rates: RateSummary[]): string {
  return table(
    [
      'offered/s',
      'runs',
      'met',
      'replies/s',
      'lost',
      'errors',
      'busy',
      'deferred',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'worst p99',
      'bot CPU %',
      'CPU ms/ask',
      'bot ELU',
      'others CPU %',
      'load 1m',
      '',
    ],
    rates.map((r) => [
      String(r.offeredPerSecond),
      String(r.runs),
      String(r.runsMeetingTarget),
      fmt(r.achievedRepliesPerSecond),
      String(r.lost),
      String(r.errors),
      String(r.busy),
      String(r.deferred),
      fmt(r.latencyMs.p50),
      fmt(r.latencyMs.p95),
      fmt(r.latencyMs.p99),
      fmt(r.latencyMs.worstP99),
      fmt(r.botCpuPercent, 0),
      fmt(r.botCpuMsPerInteraction, 2),
      fmt(r.botEventLoopUtilization, 2),
      fmt(r.othersCpuPercent, 0),
      fmt(r.loadAverage1m, 2),
      r.sustained ? 'sustained' : '',
    ]),
  );
}

/** The highest offered rate sustained, with every lower rate sustained too (a lucky run does not count). */
export function sustainedRate(rates: RateSummary[]): RateSummary | undefined {
  let best: RateSummary | undefined;
  for (const r of [...rates].sort((a, b) => a.offeredPerSecond - b.offeredPerSecond)) {
    if (!r.sustained) break;
    best = r;
  }
  return best;
}
