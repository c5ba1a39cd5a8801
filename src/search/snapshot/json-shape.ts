/**
 * Checks of the JSON in a snapshot's header, written out rather than declared with zod: every start reads
 * the snapshot, and zod alone is about 100 modules to load (~30 ms). Each check accepts what the zod schema
 * it replaced accepted (test/search/snapshot-shapes.test.ts compares them on random JSON): numbers are finite,
 * integers safe integers, an optional field is absent or undefined (not null), an object is no array.
 */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isString = (value: unknown): value is string => typeof value === 'string';

export const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

export const isInteger = (value: unknown): value is number => Number.isSafeInteger(value);

export const isNonNegativeInteger = (value: unknown): value is number => isInteger(value) && value >= 0;

export function isArrayOf<T>(value: unknown, item: (entry: unknown) => entry is T): value is T[] {
  return Array.isArray(value) && value.every(item);
}

/** Absent (undefined) or passing `check`. */
export function isOptional<T>(value: unknown, check: (entry: unknown) => entry is T): value is T | undefined {
  return value === undefined || check(value);
}
