/**
 * The snapshot header checks (written out, src/search/snapshot/json-shape.ts) accept and give exactly what the
 * zod schemas they replaced did: the schemas are kept here to compare them on random, near-valid JSON.
 */
import fc from 'fast-check';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readArticleEntries } from '../../src/search/snapshot/articles.js';
import {
  disassemble,
  encodeContainer,
  FORMAT,
  SnapshotProblem,
} from '../../src/search/snapshot/container.js';
import { readScopeHeader } from '../../src/search/snapshot/scope-file.js';
import { runSteps } from '../../src/search/snapshot/steps.js';

const aliasLineSchema = z.object({
  line: z.number().int(),
  text: z.string(),
  problem: z.string().optional(),
});
const articleEntrySchema = z.object({
  file: z.string().min(1),
  hash: z.string(),
  title: z.string(),
  url: z.string().optional(),
  author: z.string().optional(),
  date: z.string().optional(),
  passages: z.number().int().positive(),
  aliases: z.array(z.tuple([z.string(), z.array(z.string())])),
  aliasLines: z.array(aliasLineSchema).optional(),
  pages: z.array(z.number().int().nonnegative()).optional(),
});
const scopeHeaderSchema = z.object({
  settingsKey: z.string(),
  scope: z.string(),
  articles: z.unknown(),
  averageFieldLength: z.array(z.number()),
  freqBytes: z.number(),
});
const containerHeaderSchema = z.object({
  sections: z.array(z.tuple([z.string(), z.number().int().nonnegative()])),
  meta: z.unknown(),
});

/** JSON values a broken or foreign writer could leave in a field. */
const junk = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, -1, 0, 1.5, 2 ** 53, -0, '', 'x', [], {}, [['a', ['b']]], ['a', ['b'], 'c']),
);

/** An object that is often valid for `valid`, else one field dropped, replaced by junk, or one extra. */
function nearly(valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown> {
  return fc.oneof(
    valid,
    fc.tuple(valid, fc.nat(), junk).map(([object, n, value]) => {
      const keys = Object.keys(object);
      return { ...object, [keys[n % keys.length]!]: value };
    }),
    fc.tuple(valid, fc.nat()).map(([object, n]) => {
      const copy = { ...object };
      delete copy[Object.keys(copy)[n % Object.keys(copy).length]!];
      return copy;
    }),
    fc.tuple(valid, junk).map(([object, value]) => ({ ...object, extra: value })),
    junk,
  );
}

const aliasLine = fc.record(
  { line: fc.integer({ min: -3, max: 50 }), text: fc.string(), problem: fc.string() },
  { requiredKeys: ['line', 'text'] },
);
const entry = fc.record(
  {
    file: fc.string({ maxLength: 6 }),
    hash: fc.string({ maxLength: 4 }),
    title: fc.string({ maxLength: 4 }),
    url: fc.string({ maxLength: 4 }),
    author: fc.string({ maxLength: 4 }),
    date: fc.string({ maxLength: 4 }),
    passages: fc.integer({ min: -1, max: 5 }),
    aliases: fc.array(
      fc.tuple(fc.string({ maxLength: 4 }), fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 })),
      {
        maxLength: 2,
      },
    ),
    aliasLines: fc.array(nearly(aliasLine as fc.Arbitrary<Record<string, unknown>>), { maxLength: 2 }),
    pages: fc.array(fc.integer({ min: -1, max: 9 }), { maxLength: 3 }),
  },
  { requiredKeys: ['file', 'hash', 'title', 'passages', 'aliases'] },
);

describe('snapshot header checks', () => {
  it('accept the article entries the zod schema accepted, giving the same entries', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(fc.array(nearly(entry), { maxLength: 3 }), junk), (raw) => {
        const parsed = z.array(articleEntrySchema).safeParse(raw);
        const read = readArticleEntries(raw);
        expect(read !== undefined, JSON.stringify(raw)).toBe(parsed.success);
        if (parsed.success) {
          accepted++;
          expect(read).toStrictEqual(parsed.data);
        }
      }),
      { numRuns: 5000 },
    );
    expect(accepted).toBeGreaterThan(500);
  });

  it('accept the section tables the zod schema accepted', () => {
    const table = fc.array(
      fc.oneof(
        fc.tuple(fc.string({ maxLength: 4 }), fc.nat(100)),
        fc.tuple(junk, junk),
        fc.tuple(fc.string(), fc.nat(9), fc.nat(9)),
        junk,
      ),
      { maxLength: 3 },
    );
    const header = nearly(fc.record({ sections: table, meta: junk }));
    fc.assert(
      fc.property(header, (json) => {
        const expected = containerHeaderSchema.safeParse(json);
        const meta = Buffer.from(JSON.stringify(json) ?? 'null');
        // A container whose header is `json` (sections empty, so any table is also checked against the file).
        const prefix = Buffer.from(
          runSteps(encodeContainer({ format: FORMAT, meta: null, sections: new Map() }))[0]!,
        );
        prefix.writeUInt32LE(meta.length, 24);
        const file = Buffer.concat([prefix, meta]);
        file.writeUInt32LE(crc32(file.subarray(24)), 20);
        let problem: unknown;
        try {
          disassemble(file);
        } catch (error) {
          problem = error;
        }
        if (!expected.success) {
          expect(problem, JSON.stringify(json)).toBeInstanceOf(SnapshotProblem);
          expect((problem as Error).message).toMatch(/bad header/);
        } else if (problem) {
          // Valid header, but its sections are not in the (empty) file.
          expect(expected.data.sections.length, JSON.stringify(json)).toBeGreaterThan(0);
          expect((problem as Error).message).toMatch(/bad section table/);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('accept the scope headers the zod schema accepted, giving the same fields', () => {
    const header = fc.record({
      settingsKey: fc.string({ maxLength: 4 }),
      scope: fc.string({ maxLength: 4 }),
      articles: junk,
      averageFieldLength: fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), junk), {
        maxLength: 3,
      }),
      freqBytes: fc.oneof(fc.constantFrom(1, 2, 4), junk),
    });
    let accepted = 0;
    fc.assert(
      fc.property(nearly(header), (json) => {
        const parsed = scopeHeaderSchema.safeParse(json);
        const read = readScopeHeader(json);
        expect(read !== undefined, JSON.stringify(json)).toBe(parsed.success);
        if (parsed.success) {
          accepted++;
          expect(read).toStrictEqual(parsed.data);
        }
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(300);
  });
});
