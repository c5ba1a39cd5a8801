import { MEASURES } from './catalog.js';
import { type MeasureRow, meets, type Timing } from './types.js';

function formatValue(value: number | null, plain = false): string {
  if (value === null || Number.isNaN(value)) return '-';
  return plain ? value.toFixed(0) : value.toFixed(3);
}

function renderTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Rows for every measure either column produced, in catalog order. */
export function measureRows(
  baseline: Record<string, number>,
  citebot: Record<string, number>,
  counts: Record<string, number>,
): MeasureRow[] {
  return MEASURES.filter((m) => m.id in baseline || m.id in citebot).map((m) => ({
    id: m.id,
    label: m.label,
    baseline: baseline[m.id] ?? null,
    citebot: citebot[m.id] ?? null,
    target: m.target,
    n: counts[m.id] ?? 0,
  }));
}

export function renderMeasures(rows: MeasureRow[], labels: { baseline: string; citebot: string }): string {
  const plainIds = new Set(MEASURES.filter((m) => m.plain).map((m) => m.id));
  return renderTable(
    ['measure', 'n', labels.baseline, labels.citebot, 'target', 'met'],
    rows.map((r) => {
      const verdict = meets(r.citebot, r.target);
      return [
        r.label,
        String(r.n),
        formatValue(r.baseline, plainIds.has(r.id)),
        formatValue(r.citebot, plainIds.has(r.id)),
        r.target ? `${r.target.op} ${r.target.value}` : '',
        verdict === undefined ? '' : verdict ? 'yes' : 'NO',
      ];
    }),
  );
}

export function renderTimings(timings: Timing[]): string {
  return renderTable(
    ['data set', 'system', 'what', 'total', 'per item'],
    timings.map((t) => [
      t.dataset,
      t.system,
      t.what,
      `${(t.ms / 1000).toFixed(2)} s`,
      t.count ? `${(t.ms / t.count).toFixed(3)} ms` : '',
    ]),
  );
}
