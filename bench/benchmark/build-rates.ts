/**
 * Index build rates of Citebot (one or more versions of the product) and SQLite FTS5, each build in a fresh
 * process per system (build-child.ts) on the same passages, the order of systems rotated from round to round
 * so that each sees the machine's busy and quiet moments alike. A process's first build is cold (nothing
 * compiled yet): shown apart from the builds after it.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildBuilds } from './build-child.js';
import { median } from './stats.js';

const CHILD = fileURLToPath(new URL('./build-child.ts', import.meta.url));

export interface BuildSystem {
  label: string;
  system: 'citebot' | 'fts5';
  /** The product's tree (citebot only; this one by default). */
  tree?: string;
}

export interface SystemBuildRates {
  label: string;
  passages: number;
  unavailable?: string;
  /** Each process's first build, wall and CPU time. */
  coldMs: number[];
  coldCpuMs: number[];
  /** The builds after the first, in every process. */
  warmMs: number[];
  warmCpuMs: number[];
  /** Passages per second of the median warm build (the cold one when there is no other). */
  rate: number;
  coldRate: number;
}

export interface BuildRates {
  size: number;
  rounds: number;
  buildsPerProcess: number;
  systems: SystemBuildRates[];
}

function runChild(
  entry: BuildSystem,
  size: number,
  seed: number,
  builds: number,
  dataDir: string,
): ChildBuilds {
  const args = ['--import', 'tsx', CHILD, entry.system, String(size), String(seed), String(builds), dataDir];
  if (entry.tree) args.push(entry.tree);
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').at(-1)!) as ChildBuilds;
}

export function measureBuildRates(options: {
  size: number;
  seed: number;
  dataDir: string;
  systems: readonly BuildSystem[];
  rounds: number;
  buildsPerProcess: number;
}): BuildRates {
  const { size, seed, dataDir, systems, rounds, buildsPerProcess } = options;
  const figures: SystemBuildRates[] = systems.map((s) => ({
    label: s.label,
    passages: 0,
    coldMs: [],
    coldCpuMs: [],
    warmMs: [],
    warmCpuMs: [],
    rate: Number.NaN,
    coldRate: Number.NaN,
  }));
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < systems.length; k++) {
      const at = (k + round) % systems.length;
      const child = runChild(systems[at]!, size, seed, buildsPerProcess, dataDir);
      const into = figures[at]!;
      into.passages = child.passages;
      if (child.unavailable) into.unavailable = child.unavailable;
      if (child.wallMs.length === 0) continue;
      into.coldMs.push(child.wallMs[0]!);
      into.coldCpuMs.push(child.cpuMs[0]!);
      into.warmMs.push(...child.wallMs.slice(1));
      into.warmCpuMs.push(...child.cpuMs.slice(1));
    }
  }
  for (const f of figures) {
    if (f.coldMs.length === 0) continue;
    f.coldRate = f.passages / (median(f.coldMs) / 1000);
    f.rate = f.warmMs.length > 0 ? f.passages / (median(f.warmMs) / 1000) : f.coldRate;
  }
  return { size, rounds, buildsPerProcess, systems: figures };
}

const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v).toLocaleString('en-US')} ms` : '-');
const rate = (v: number) => (Number.isFinite(v) ? `${Math.round(v).toLocaleString('en-US')}/s` : '-');
const list = (values: readonly number[]) =>
  values.map((v) => Math.round(v).toLocaleString('en-US')).join(', ');

/** A table: one row per system, with its rate as a multiple of FTS5's (wall and CPU time). */
export function renderBuildRates(r: BuildRates): string {
  const fts5 = r.systems.find((s) => s.label === 'SQLite FTS5' && !s.unavailable && s.coldMs.length > 0);
  const times = (s: SystemBuildRates) => (s.warmMs.length > 0 ? s.warmMs : s.coldMs);
  const cpus = (s: SystemBuildRates) => (s.warmCpuMs.length > 0 ? s.warmCpuMs : s.coldCpuMs);
  const header = [
    'system',
    'build rate',
    'build (median)',
    'CPU (median)',
    'cold first build: wall, CPU (walls; rate)',
    'x FTS5 (wall / CPU / cold)',
  ];
  const rows = r.systems.map((s) => {
    if (s.unavailable || s.coldMs.length === 0)
      return [s.label, `unavailable: ${s.unavailable ?? 'no build'}`, '', '', '', ''];
    const ratio = fts5
      ? `${(median(times(fts5)) / median(times(s))).toFixed(2)}x / ` +
        `${(median(cpus(fts5)) / median(cpus(s))).toFixed(2)}x / ` +
        `${(median(fts5.coldMs) / median(s.coldMs)).toFixed(2)}x`
      : '';
    return [
      s.label,
      rate(s.rate),
      `${ms(median(times(s)))} (${list(times(s))})`,
      ms(median(cpus(s))),
      `${ms(median(s.coldMs))}, ${ms(median(s.coldCpuMs))} (${list(s.coldMs)}; ${rate(s.coldRate)})`,
      ratio,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const title =
    `Build, ${r.size.toLocaleString('en-US')} passages: a fresh process per system and round ` +
    `(${r.rounds} rounds, order rotated; ${r.buildsPerProcess} builds each, the first cold)`;
  return [title, line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
