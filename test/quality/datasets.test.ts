import { describe, expect, it } from 'vitest';
import { parseBeirQrels } from '../../bench/datasets/beir.js';
import { fieldText, parseSmartRecords } from '../../bench/datasets/smart-format.js';
import { sampleInOrder } from '../../bench/prng.js';
import { containsAnyAnswer } from '../../bench/text.js';

describe('parseSmartRecords (Cranfield / CISI layout)', () => {
  it('reads fields, text on the marker line, and joins a repeated field', () => {
    const records = parseSmartRecords(
      [
        '.I 1',
        '.T',
        'a title',
        'on two lines',
        '.W',
        'first',
        '.W',
        'second',
        '.I 2',
        '.T Inline title',
        '.X',
        '1 2 3',
      ].join('\n'),
    );
    expect(records.map((r) => r.id)).toEqual(['1', '2']);
    expect(fieldText(records[0]!, 'T')).toBe('a title on two lines');
    expect(fieldText(records[0]!, 'W')).toBe('first second');
    expect(fieldText(records[1]!, 'T')).toBe('Inline title');
    expect(fieldText(records[1]!, 'W')).toBe('');
  });
});

describe('parseBeirQrels', () => {
  it('skips the header and keeps grades', () => {
    const qrels = parseBeirQrels('query-id\tcorpus-id\tscore\nq1\td1\t2\nq1\td2\t1\nq2\td3\t0\n');
    expect(qrels.get('q1')).toEqual(
      new Map([
        ['d1', 2],
        ['d2', 1],
      ]),
    );
    expect(qrels.get('q2')?.get('d3')).toBe(0);
  });
});

describe('containsAnyAnswer', () => {
  it('ignores case and runs of whitespace', () => {
    expect(containsAnyAnswer('The  Denver\nBroncos won.', ['denver broncos'])).toBe(true);
    expect(containsAnyAnswer('Carolina Panthers', ['Denver'])).toBe(false);
    expect(containsAnyAnswer(null, ['x'])).toBe(false);
  });
});

describe('sampleInOrder', () => {
  it('is deterministic, keeps order and respects the cap', () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    const a = sampleInOrder(items, 10, 42);
    expect(a).toEqual(sampleInOrder(items, 10, 42));
    expect(a).toHaveLength(10);
    expect([...a].sort((x, y) => x - y)).toEqual(a);
    expect(sampleInOrder(items, undefined, 42)).toEqual(items);
  });
});
