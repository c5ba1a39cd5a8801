/** Machine-wide CPU time from /proc/stat (Linux), to tell how much of the machine other jobs used. */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

export interface MachineCpu {
  /** Busy CPU time over all cores, ms (user, nice, system, irq, softirq, steal). */
  busyMs: number;
  stealMs: number;
}

const TICK_MS = 10; // USER_HZ is 100 on Linux

export function machineCpu(): MachineCpu | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
    const busy = [user, nice, system, irq, softirq, steal].reduce<number>((a, b) => a + (b ?? 0), 0);
    return { busyMs: busy * TICK_MS, stealMs: (steal ?? 0) * TICK_MS };
  } catch {
    return undefined;
  }
}

/** Percent of one core used by the whole machine between two samples (up to 100 x cores). */
export function machinePercent(
  before: MachineCpu | undefined,
  after: MachineCpu | undefined,
  wallMs: number,
) {
  if (!before || !after || wallMs <= 0) return undefined;
  return {
    busyPercent: (100 * (after.busyMs - before.busyMs)) / wallMs,
    stealPercent: (100 * (after.stealMs - before.stealMs)) / wallMs,
    cores: cpus().length,
  };
}
