/**
 * CSV for the `/insights` export: RFC 4180 (comma separated, CRLF line ends, a field holding a comma, quote or
 * line break is quoted and its quotes doubled). Questions are typed by anyone, and a spreadsheet runs a cell
 * that starts with `=`, `+`, `-` or `@` (or a tab or carriage return) as a formula: such a text cell gets a
 * leading `'`, the usual guard against CSV formula injection. Numbers and dates are ours and are left as is.
 */
export type CsvValue = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (value instanceof Date) text = value.toISOString();
  else if (typeof value === 'string') text = FORMULA_START.test(value) ? `'${value}` : value;
  else text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and data rows as one CSV text (each line ends in CRLF). */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
