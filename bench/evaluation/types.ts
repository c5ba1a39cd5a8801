/** One row of the printed table and of the JSON: a measure for both columns, and its target. */
export interface Target {
  op: '>=' | '<=';
  value: number;
}

export interface MeasureRow {
  id: string;
  label: string;
  baseline: number | null;
  citebot: number | null;
  target?: Target;
  /** How many questions/queries the figure is over. */
  n: number;
}

export interface Timing {
  dataset: string;
  system: string;
  what: string;
  ms: number;
  count?: number;
}

export interface SystemRun {
  measures: Record<string, number>;
  timings: Timing[];
  /** Extra detail kept in the JSON (breakdowns, failure examples). */
  details?: Record<string, unknown>;
}

export function meets(value: number | null, target: Target | undefined): boolean | undefined {
  if (value === null || target === undefined || Number.isNaN(value)) return undefined;
  return target.op === '>=' ? value >= target.value : value <= target.value;
}
