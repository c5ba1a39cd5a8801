/**
 * Checks of the article fields a snapshot keeps as JSON (alias lines, pages: article-table.ts), plain checks
 * rather than a zod schema (0.1 s and a copy of every entry at a 1M-passage start, when all entries were JSON).
 */
import type { AliasLine } from '../../corpus/types.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

/** Alias lines, each `{ line, text, problem? }` (copied: only these fields). */
export function aliasLinesOf(value: unknown): AliasLine[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const lines: AliasLine[] = [];
  for (const item of value as unknown[]) {
    if (!isRecord(item) || !Number.isInteger(item.line) || typeof item.text !== 'string') return undefined;
    if (!optionalString(item.problem)) return undefined;
    lines.push({
      line: item.line as number,
      text: item.text,
      ...(item.problem !== undefined ? { problem: item.problem as string } : {}),
    });
  }
  return lines;
}

/** A PDF page number. */
export function isPage(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 0;
}
