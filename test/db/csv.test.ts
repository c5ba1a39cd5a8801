/** The /insights CSV: RFC 4180 quoting and the guard against spreadsheet formulas. */
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/db/csv.js';

/** A small RFC 4180 reader, to check that what is written reads back as the cells given. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return rows;
}

describe('CSV export', () => {
  it('quotes fields holding commas, quotes and line breaks, and ends lines in CRLF', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(3)).toBe('3');
    expect(csvCell(-3)).toBe('-3'); // our own numbers are not guarded
    expect(csvCell(new Date('2025-01-02T03:04:05Z'))).toBe('2025-01-02T03:04:05.000Z');
    const cells = ['a, b', 'say "hi"', 'two\r\nlines', '', 'x'];
    const text = toCsv(['h1', 'h2', 'h3', 'h4', 'h5'], [cells]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([['h1', 'h2', 'h3', 'h4', 'h5'], cells]);
  });

  it('prefixes a text starting with = + - @ tab or CR with a quote, so a spreadsheet shows it as text', () => {
    for (const danger of ['=1+1', '+cmd', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      expect(parseCsv(toCsv(['q'], [[danger]]))[1]).toEqual([`'${danger}`]);
    }
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('a=b')).toBe('a=b');
  });
});
