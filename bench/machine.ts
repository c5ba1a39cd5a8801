import { cpus, loadavg, totalmem } from 'node:os';

/** The machine a figure was measured on, written beside it: timings mean little without it. */
export function machineInfo() {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    // Timings mean little on a busy machine: the load (1, 5 and 15 minutes) is recorded beside them.
    loadAverage: loadavg().map((load) => Number(load.toFixed(2))),
  };
}
