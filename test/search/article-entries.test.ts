import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { articleEntriesOf } from '../../src/search/snapshot/article-entries.js';

/** The zod schema the entries were checked with before: the reference the plain check must agree with. */
const referenceSchema = z.array(
  z.object({
    file: z.string().min(1),
    hash: z.string(),
    title: z.string(),
    url: z.string().optional(),
    author: z.string().optional(),
    date: z.string().optional(),
    passages: z.number().int().positive(),
    aliases: z.array(z.tuple([z.string(), z.array(z.string())])),
    aliasLines: z
      .array(z.object({ line: z.number().int(), text: z.string(), problem: z.string().optional() }))
      .optional(),
    pages: z.array(z.number().int().nonnegative()).optional(),
    seen: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
  }),
);

/** Anything a field might hold: right, or of another type or shape. */
const oddArb = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.string({ maxLength: 3 }),
  fc.integer({ min: -2, max: 3 }),
  fc.constant(1.5),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.constant(['a', ['b']]),
  fc.constant([1, 2, 3, 4]),
  fc.constant([1, 2, 3]),
  fc.constant([{ line: 1, text: 'A = b' }]),
  fc.constant([{ line: 1, text: 'A = b', problem: 'why', extra: 1 }]),
  fc.constant([{ line: 1.5, text: 'x' }]),
  fc.constant([0, 2]),
  fc.constant([-1]),
);

const entryArb = fc
  .record(
    {
      file: fc.constantFrom('a.md', 'guilds/1/b.md'),
      hash: fc.constant('f00'),
      title: fc.constant('T'),
      url: fc.constant('https://x.test'),
      author: fc.constant('Ann'),
      date: fc.constant('2020'),
      passages: fc.integer({ min: 1, max: 9 }),
      aliases: fc.constant([['nfl', ['nation', 'footbal']]]),
      aliasLines: fc.constant([{ line: 3, text: 'NFL = league' }]),
      pages: fc.constant([1, 2]),
      seen: fc.constant([1, 2.5, 3, 4]),
      unknown: fc.constant('left out'),
    },
    { requiredKeys: ['file', 'hash', 'title', 'passages', 'aliases'] },
  )
  .chain((entry) =>
    fc
      .option(fc.tuple(fc.constantFrom(...Object.keys(entry)), oddArb), { freq: 2 })
      .map((change) => (change ? { ...entry, [change[0]]: change[1] } : entry)),
  );

describe("a snapshot's article entries, checked", () => {
  it('accepts what the zod schema accepted and gives the same entries, refusing the rest', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(entryArb, { maxLength: 4 }), oddArb), (raw) => {
        const reference = referenceSchema.safeParse(raw);
        const checked = articleEntriesOf(raw);
        if (reference.success) expect(checked).toEqual(reference.data);
        else expect(checked).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });
});
