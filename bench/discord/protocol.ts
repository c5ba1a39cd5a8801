/** Messages between the benchmark and the bot's child process (over Node's IPC channel). */

export interface ChildStats {
  /** process.cpuUsage() since the child started, in microseconds. */
  cpu: { user: number; system: number };
  /** Wall clock (ms since epoch, sub-millisecond) when sampled. */
  at: number;
  /** Share of the time since the previous sample the event loop was busy (0-1). */
  eventLoopUtilization: number;
  /** Event loop delay since the previous sample. */
  eventLoopDelayMs: { p50: number; p99: number; max: number };
  rssBytes: number;
  heapUsedBytes: number;
}

export type ToChild = { type: 'stats'; id: number } | { type: 'stop' };

export type FromChild =
  | { type: 'ready'; pid: number; passages: number; articles: number; startMs: number }
  | { type: 'stats'; id: number; stats: ChildStats }
  | { type: 'stopped' };
