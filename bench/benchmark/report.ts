import type { BuildRates } from './build-rates.js';
import type { SystemFigures } from './run.js';
import { median } from './stats.js';

export interface SizeResult {
  size: number;
  questions: number;
  realPassages: number;
  /** Not measured past `--baseline-max` passages. */
  baseline?: SystemFigures;
  citebot: SystemFigures;
  /** Build rates in fresh processes, beside SQLite FTS5 (build-rates.ts). */
  builds?: BuildRates;
}

interface Row {
  label: string;
  baseline: string;
  citebot: string;
  /** The postings floor's figure, where it has one. */
  floor?: string;
  target?: string;
  met?: boolean;
}

const ms = (v: number) => `${v.toFixed(v < 10 ? 3 : 1)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
const rate = (v: number) => `${Math.round(v).toLocaleString('en-US')}/s`;

/** Citebot's build rate in a fresh process as a multiple of SQLite FTS5's (the table below the size's). */
function fts5Row(r: SizeResult): Row[] {
  const citebot = r.builds?.systems.find((s) => s.label === 'Citebot');
  const fts5 = r.builds?.systems.find((s) => s.label === 'SQLite FTS5');
  if (!citebot || !fts5) return [];
  const label = 'build rate in a fresh process, x SQLite FTS5';
  if (fts5.unavailable) return [{ label, baseline: '', citebot: `FTS5 unavailable: ${fts5.unavailable}` }];
  const ratio = citebot.rate / fts5.rate;
  return [
    {
      label,
      baseline: '',
      citebot: `${rate(citebot.rate)} / ${rate(fts5.rate)} = ${ratio.toFixed(2)}x`,
      ...(r.size >= 100_000 ? { target: '>= 1x', met: ratio >= 1 } : {}),
    },
  ];
}

/** The product's targets; they depend on corpus size. */
function rows(r: SizeResult): Row[] {
  const { citebot: c, baseline } = r;
  /** A MiniSearch figure, or 'not run' past `--baseline-max`. */
  const B = (figure: (b: SystemFigures) => string): string => (baseline ? figure(baseline) : 'not run');
  const small = r.size <= 2_000;
  const large = r.size >= 100_000;
  const huge = r.size >= 1_000_000;
  const a = c.afterStart;
  const p99Ratio = baseline ? c.latency.p99 / baseline.latency.p99 : Number.NaN;
  const p50Ratio = baseline ? c.latency.p50 / baseline.latency.p50 : Number.NaN;
  const f = c.floor;
  return [
    {
      label: 'passages (in memory / after re-parse of files)',
      baseline: B((b) => String(b.passages)),
      citebot: `${c.passages} / ${c.snapshot.passages ?? '-'}`,
    },
    { label: 'build (median)', baseline: B((b) => ms(b.buildMedianMs)), citebot: ms(c.buildMedianMs) },
    {
      label: 'build CPU time (median)',
      baseline: B((b) => ms(median(b.buildCpuMs))),
      citebot: ms(median(c.buildCpuMs)),
    },
    {
      label: 'build rate',
      baseline: B((b) => rate(b.passagesPerSecond)),
      citebot: rate(c.passagesPerSecond),
      ...(f ? { floor: rate(f.passagesPerSecond) } : {}),
      target: '>= 15,000/s',
      met: c.passagesPerSecond >= 15_000,
    },
    ...fts5Row(r),
    {
      label: 'heap after build (JS heap + typed arrays)',
      baseline: B((b) => mb(b.heapBytes)),
      citebot: mb(c.heapBytes),
    },
    {
      label: 'heap per passage (JS heap + typed arrays)',
      baseline: B((b) => kb(b.heapBytesPerPassage)),
      citebot: kb(c.heapBytesPerPassage),
      ...(large ? { target: '<= 3 KB', met: c.heapBytesPerPassage <= 3 * 1024 } : {}),
    },
    { label: 'snapshot size', baseline: B((b) => mb(b.snapshot.bytes)), citebot: mb(c.snapshot.bytes) },
    {
      label: 'snapshot write (see JSON for what it covers)',
      baseline: B((b) => ms(b.snapshot.ms)),
      citebot: ms(c.snapshot.ms),
    },
    {
      label: 'start from snapshot to first answer (median)',
      baseline: B((b) => ms(b.snapshotOpenMedianMs)),
      citebot: ms(c.snapshotOpenMedianMs),
      ...(large && !huge ? { target: '<= 500 ms', met: c.snapshotOpenMedianMs <= 500 } : {}),
      ...(huge ? { target: '<= 4,000 ms', met: c.snapshotOpenMedianMs <= 4_000 } : {}),
    },
    ...(a
      ? [
          {
            label: 'heap right after that start / after its answers',
            baseline: '',
            citebot: `${mb(a.heapBytesAfterStart)} / ${mb(a.heapBytesAfterAnswers)}`,
            ...(large && !huge
              ? { target: '<= 200 MB after', met: a.heapBytesAfterAnswers <= 200 * 1024 * 1024 }
              : {}),
          },
          {
            label: 'answer p50 / p99 right after that start (no warm-up)',
            baseline: '',
            citebot: `${ms(a.latency.p50)} / ${ms(a.latency.p99)}`,
            ...(huge ? { target: 'p99 <= 25 ms', met: a.latency.p99 <= 25 } : {}),
          },
        ]
      : []),
    {
      label: 'answer p50',
      baseline: B((b) => ms(b.latency.p50)),
      citebot: ms(c.latency.p50),
      ...(f ? { floor: ms(f.latency.p50) } : {}),
      ...(small ? { target: '<= 0.5 ms', met: c.latency.p50 <= 0.5 } : {}),
      ...(large ? { target: '<= 5 ms', met: c.latency.p50 <= 5 } : {}),
    },
    {
      label: 'answer p95',
      baseline: B((b) => ms(b.latency.p95)),
      citebot: ms(c.latency.p95),
      ...(f ? { floor: ms(f.latency.p95) } : {}),
    },
    {
      label: 'answer p99',
      baseline: B((b) => ms(b.latency.p99)),
      citebot: ms(c.latency.p99),
      ...(f ? { floor: ms(f.latency.p99) } : {}),
      ...(small ? { target: '<= 3 ms', met: c.latency.p99 <= 3 } : {}),
      ...(large ? { target: '<= 30 ms', met: c.latency.p99 <= 30 } : {}),
    },
    {
      // CPU time leaves out waiting for a core: the figure to trust when the machine is busy.
      label: 'answer p50 / p99, CPU time',
      baseline: B((b) => `${ms(b.cpuLatency.p50)} / ${ms(b.cpuLatency.p99)}`),
      citebot: `${ms(c.cpuLatency.p50)} / ${ms(c.cpuLatency.p99)}`,
      ...(f ? { floor: `${ms(f.cpuLatency.p50)} / ${ms(f.cpuLatency.p99)}` } : {}),
    },
    {
      label: 'answer mean / max',
      baseline: B((b) => `${ms(b.latency.mean)} / ${ms(b.latency.max)}`),
      citebot: `${ms(c.latency.mean)} / ${ms(c.latency.max)}`,
    },
    {
      label: 'answer p50 Citebot / MiniSearch',
      baseline: '',
      citebot: baseline ? `${p50Ratio.toFixed(2)}x` : '',
    },
    {
      label: 'answer p99 Citebot / MiniSearch',
      baseline: '',
      citebot: baseline ? `${p99Ratio.toFixed(2)}x` : '',
      ...(large && baseline ? { target: '<= 0.4x', met: p99Ratio <= 0.4 } : {}),
    },
    ...(f
      ? [
          {
            // Measured in turn, question by question: the ratio holds on a busy machine.
            label: 'answer p50 / p99, Citebot / postings floor',
            baseline: '',
            citebot:
              `${(c.latency.p50 / f.latency.p50).toFixed(1)}x / ${(c.latency.p99 / f.latency.p99).toFixed(1)}x ` +
              `(CPU ${(c.cpuLatency.p50 / f.cpuLatency.p50).toFixed(1)}x / ` +
              `${(c.cpuLatency.p99 / f.cpuLatency.p99).toFixed(1)}x)`,
            ...(large
              ? {
                  target: '<= 4x / <= 3x',
                  met: c.latency.p50 / f.latency.p50 <= 4 && c.latency.p99 / f.latency.p99 <= 3,
                }
              : {}),
          },
        ]
      : []),
  ];
}

export function renderSize(r: SizeResult): string {
  const table = rows(r).map((row) => [
    row.label,
    row.baseline,
    row.citebot,
    row.floor ?? '',
    row.target ?? '',
    row.met === undefined ? '' : row.met ? 'yes' : 'NO',
  ]);
  const header = [
    'measure',
    r.baseline?.system ?? 'MiniSearch defaults',
    r.citebot.system,
    'postings floor',
    'target',
    'met',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => (t[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const title = `${r.size.toLocaleString('en-US')} passages (${r.realPassages.toLocaleString('en-US')} real, the rest varied copies), ${r.questions} chat-style questions`;
  return [title, line(header), line(widths.map((w) => '-'.repeat(w))), ...table.map(line)].join('\n');
}
