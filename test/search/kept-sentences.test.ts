import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PassageReader, type ReadSentence } from '../../src/answer/passage-reader.js';
import { scopeOf } from '../../src/corpus/names.js';
import type { Passage } from '../../src/corpus/types.js';
import { splitSentences } from '../../src/corpus/sentences.js';
import { analyze, analyzeIds, termById, withTermIds } from '../../src/search/analyzer.js';
import { checkKeptSentences } from '../../src/search/index/check-kept-sentences.js';
import { PassageSearch } from '../../src/search/index/passage-search.js';
import { SentenceStore } from '../../src/search/index/sentence-store.js';
import { PassageIndex } from '../../src/search/passage-index.js';
import { sentenceTermIds } from '../../src/search/sentence-terms.js';
import { encodedFromSections, indexSections, joinIndexes } from '../../src/search/snapshot/index-sections.js';
import { runSteps } from '../../src/search/snapshot/steps.js';

function passage(file: string, n: number, text: string, title = 'Harbour notes'): Passage {
  return { id: `${file}#${n}`, file, scope: scopeOf(file), index: n, total: 9, title, text };
}

/** Texts of every kind the analyzer reads in its own way: ASCII, accents, curly quotes, hyphens, non-Latin. */
const TEXTS = [
  'The Saltmarsh harbour dredged its channel to nine metres in 2019. Grain ships now come alongside the quay.',
  'Mr. J. R. Smith arrived at 5 p.m. on Jan. 6 and left. He said: "It is done." Was it? No. It was not.',
  'The café in São Paulo served crème brûlée. Its owner’s son, Zoë, ran the bakery next door.',
  'Tehreek-e-Taliban Pakistan (TTP) broke the peace deal — “an enemy nation,” it said. Nothing more followed.',
  'Αθήνα είναι η πρωτεύουσα. ΟΔΟΣ ΣΤΑΔΙΟΥ. Москва — столица России. 東京は日本の首都です。',
  'A line\nthat wraps softly\nand a list:\n- first item\n- second item\n\nA new paragraph starts here.',
  'ﬁne ligatures and combining e\u0301 marks. Another sentence with o\u0308 umlauts.',
  '   ',
];

/** A passage's sentences as the reader made them before the index kept them: each sentence analysed alone. */
function expected(text: string) {
  return splitSentences(text).map(({ start, end, text: sentence }) => ({
    start,
    end,
    terms: analyze(sentence),
  }));
}

function idsOf(text: string): number[] {
  const ids: number[] = [];
  analyzeIds(text, ids);
  return ids;
}

function expectKeptAsRead(index: PassageIndex, passages: readonly Passage[]): void {
  for (const p of passages) {
    const kept = index.sentencesOf(p);
    expect(kept, p.id).toBeDefined();
    expect(kept, p.id).toEqual(expected(p.text));
    expect(index.termsOf(p), p.id).toEqual(kept!.flatMap((span) => span.terms));
    const numbered = index.termNumbersOf(p);
    expect(numbered && Array.from(numbered.numbers, (n) => numbered.numbering.termOf(n)), p.id).toEqual(
      index.termsOf(p),
    );
  }
}

describe('sentences kept by the index', () => {
  const first = TEXTS.map((text, i) => passage(i % 2 ? 'guilds/111/notes.txt' : 'harbour.txt', i + 1, text));
  const later = TEXTS.map((text, i) => passage('guilds/222/later.txt', i + 1, `${text} Added later, ${i}.`));

  it('are the sentences and terms the reader finds, in a first build and in additions', () => {
    const index = PassageIndex.empty();
    index.add(first);
    index.add(later);
    expectKeptAsRead(index, [...first, ...later]);
  });

  it('leave a first build counting what MiniSearch addAll counts, whether or not a text has the terms of its sentences', () => {
    // Texts whose sentences' terms are the whole text's and texts whose are not (`dealt` below), and one too
    // long to keep sentences for.
    const passages = [
      ...first,
      passage('long.txt', 1, 'Grain ships came. '.repeat(4_000)),
      // Σ lower-cased at a sentence's end is ς, in the whole text σ: the sentences' terms are not the text's.
      passage('sigma.txt', 1, 'Odd text: XŁΣ.…Y, then more.'),
    ];
    const index = PassageIndex.empty();
    index.add(passages);
    const reference = new PassageSearch();
    reference.addAll(passages.map(({ id, title, text, scope }) => ({ id, title, text, scope })));
    const built = (index as unknown as { search: PassageSearch }).search;
    expect(JSON.stringify(built)).toBe(JSON.stringify(reference));
    expect(index.sentencesOf(passages.at(-2)!)).toBeUndefined();
  });

  it('give the terms of each sentence analysed alone, dealt from the whole text when it folds character by character', () => {
    const dealt = [true, true, true, true, false, true, false, true];
    TEXTS.forEach((text, i) => {
      const read = withTermIds(() => sentenceTermIds(text));
      let at = 0;
      const terms = read.counts.map((count) => read.ids.slice(at, (at += count)).map(termById));
      expect(terms, text).toEqual(expected(text).map((sentence) => sentence.terms));
      expect(read.whole, text).toBe(dealt[i]);
      if (read.whole) {
        // Then they are the whole text's terms, which the index counts.
        const whole: number[] = [];
        withTermIds(() => analyzeIds(text, whole));
        expect(read.ids).toEqual(whole);
      }
    });
  });

  it('give each sentence the terms of it analysed alone, for any text (property)', () => {
    const pieces = [
      ..."abXY09 -’'`.,“”()!?\n",
      'é',
      'Ł',
      'ß',
      '…',
      'Σ',
      'e\u0301',
      '😀',
      'Mr. ',
      'U.S. ',
      '. He',
      '\n\n',
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (sample) => {
        const read = withTermIds(() => sentenceTermIds(sample));
        let at = 0;
        const terms = read.counts.map((count) => read.ids.slice(at, (at += count)).map(termById));
        expect(terms).toEqual(expected(sample).map((sentence) => sentence.terms));
        if (read.whole) expect(read.ids).toEqual(withTermIds(() => idsOf(sample)));
      }),
      { numRuns: 2_000 },
    );
  });

  it('go with their passages: none for a passage discarded or not indexed, new ones for one added again', () => {
    const index = PassageIndex.empty();
    index.add(first);
    index.discard([first[0]!.id]);
    expect(index.sentencesOf(first[0]!)).toBeUndefined();
    const replaced = passage('harbour.txt', 1, 'The harbour was dredged again in 2024. Ships came back.');
    index.add([replaced]);
    expectKeptAsRead(index, [replaced, ...first.slice(1)]);
    expect(index.sentencesOf(passage('elsewhere.txt', 1, 'Not indexed.'))).toBeUndefined();
  });

  it('are written to scope snapshots and read back, the scopes joined', () => {
    const whole = PassageIndex.empty();
    whole.add(first);
    whole.add(later);
    whole.discard([later[2]!.id]);
    const all = [...first, ...later.filter((p) => p.id !== later[2]!.id)];
    const parts = ['global', '111', '222'].map((scope) => {
      const own = all.filter((p) => p.scope === scope);
      return { own, encoded: runSteps(whole.encodeInSteps(own.map((p) => p.id))) };
    });
    for (const { own, encoded } of parts) {
      expectKeptAsRead(PassageIndex.decode(encoded, own), own);
      // As the snapshot file holds them.
      const { sections, meta } = indexSections(encoded);
      expectKeptAsRead(PassageIndex.decode(encodedFromSections(new Map(sections), meta), own), own);
    }
    const joined = PassageIndex.decode(
      joinIndexes(parts.map(({ own, encoded }) => ({ encoded, passages: own.length }))),
      parts.flatMap(({ own }) => own),
    );
    expectKeptAsRead(joined, all);
    // An index read from a snapshot keeps those of passages added later too.
    const extra = passage('harbour.txt', 20, 'Dredgers returned in 2025. The quay was rebuilt.');
    joined.add([extra]);
    expectKeptAsRead(joined, [...all, extra]);
  });

  it('of a first build encode the same whether or not some were read first', () => {
    const encodeAll = (index: PassageIndex) => runSteps(index.encodeInSteps(first.map((p) => p.id)));
    const untouched = PassageIndex.empty();
    untouched.add(first);
    const readSome = PassageIndex.empty();
    readSome.add(first);
    // Some entries read in another order before the snapshot's encoding reads the rest.
    for (const p of [first[5]!, first[1]!, first[6]!]) expect(readSome.sentencesOf(p)).toBeDefined();
    const a = encodeAll(untouched).sentences!;
    const b = encodeAll(readSome).sentences!;
    expect([...b.starts]).toEqual([...a.starts]);
    expect([...(b.pool as Uint16Array)]).toEqual([...(a.pool as Uint16Array)]);
    expectKeptAsRead(readSome, first);
  });

  it('are read by the answer stages from the index, as they would read them themselves', () => {
    const index = PassageIndex.empty();
    index.add(first);
    const fromIndex = new PassageReader(() => index);
    const alone = new PassageReader();
    // Each sentence as read, its passage left out: one read from the index also holds the terms' numbers.
    const own = (sentences: ReadSentence[]) => sentences.map(({ passage: _, ...sentence }) => sentence);
    for (const p of first) {
      expect(own(fromIndex.sentences(p))).toEqual(own(alone.sentences(p)));
      const read = fromIndex.read(p);
      const { numbers, numbering } = read.numbered!;
      expect(Array.from(numbers, (n) => numbering.termOf(n))).toEqual(read.sentences.flatMap((s) => s.terms));
      expect(alone.read(p).numbered).toBeUndefined();
      expect(fromIndex.termList(p)).toEqual(alone.termList(p));
      expect([...fromIndex.terms(p)].sort()).toEqual([...alone.terms(p)].sort());
    }
  });

  it('answer a passage read for context from the postings first, as its kept sentences would', () => {
    const index = PassageIndex.empty();
    index.add(first);
    let sentencesRead = 0;
    // The same index without `holdsTerm`: its terms are always those of the kept sentences.
    const keptOnly = new PassageReader(() => ({
      sentencesOf: (p) => index.sentencesOf(p),
      termNumbersOf: (p) => index.termNumbersOf(p),
    }));
    const postingsFirst = new PassageReader(() => ({
      sentencesOf: (p) => index.sentencesOf(p),
      termNumbersOf: (p) => (sentencesRead++, index.termNumbersOf(p)),
      holdsTerm: (p, term) => index.holdsTerm(p, term),
    }));
    const probes = [...new Set(first.flatMap((p) => analyze(`${p.title} ${p.text}`))), 'absent', 'zebra'];
    for (const p of first) {
      const kept = keptOnly.terms(p);
      const terms = postingsFirst.terms(p);
      // A term neither its title nor its text holds is answered without its sentences read.
      expect(terms.has('zebra')).toBe(false);
      expect(sentencesRead).toBe(0);
      for (const term of probes) expect(terms.has(term)).toBe(kept.has(term));
      expect([...postingsFirst.terms(p)]).toEqual([...kept]);
      sentencesRead = 0;
    }
  });
});

describe('SentenceStore', () => {
  /** Two sentences' offsets: 0-10 and 12-30. */
  const sentences = [0, 10, 12, 30];
  const termOf = (number: number) => (number < 0x9000_0000 ? `t${number}` : undefined);

  it('keeps term numbers of any size up to 2^31, and nothing for a text of 64k characters', () => {
    const store = SentenceStore.empty();
    const numbers = [0, 1, 0x7fff, 0x8000, 0xffff, 0x10000, 0x7fff_ffff];
    expect(store.set(3, sentences, [3, 4], numbers)).toBe(true);
    expect(store.read(3, 30, termOf)).toEqual([
      { start: 0, end: 10, terms: ['t0', 't1', 't32767'] },
      { start: 12, end: 30, terms: ['t32768', 't65535', 't65536', 't2147483647'] },
    ]);
    expect(store.read(3, 29, termOf)).toBeUndefined(); // a text shorter than its sentences: not its entry
    // Its terms as one list, read when and only when its sentences are.
    expect(store.readTerms(3, 30, termOf)).toEqual(store.read(3, 30, termOf)!.flatMap((span) => span.terms));
    expect(store.readTerms(3, 29, termOf)).toBeUndefined();
    expect(store.readTerms(3, 30, (number) => (number < 0x10000 ? `t${number}` : undefined))).toBeUndefined();
    expect(store.readTerms(0, 30, termOf)).toBeUndefined();
    // As numbers: the same terms, and none where a number has no term.
    expect(Array.from(store.readTermNumbers(3, 30, 0x9000_0000) ?? [], termOf)).toEqual(
      store.readTerms(3, 30, termOf),
    );
    expect(store.readTermNumbers(3, 29, 0x9000_0000)).toBeUndefined();
    expect(store.readTermNumbers(3, 30, 0x10000)).toBeUndefined();
    expect(store.readTermNumbers(0, 30, 0x9000_0000)).toBeUndefined();
    expect(store.set(4, [0, 0x10000], [1], [1])).toBe(false);
    expect(store.set(4, sentences, [1, 1], [1])).toBe(false); // counts that do not add up
    expect(store.has(4)).toBe(false);
    expect(store.read(0, 30, termOf)).toBeUndefined();
  });

  it('repacks its pool once half of it is left over, keeping every entry', () => {
    const store = SentenceStore.empty();
    const numbers = [...Array.from({ length: 40 }, (_, i) => i * 1000), 7, 8, 9];
    for (let round = 0; round < 5; round++) {
      for (let shortId = 0; shortId < 2_000; shortId++) store.set(shortId, sentences, [40, 3], numbers);
      for (let shortId = 0; shortId < 2_000; shortId += 2) store.forget(shortId);
    }
    // Without repacking, five rounds of 2,000 entries would fill five times the pool one round needs.
    expect(store.poolUnits).toBeLessThan(2 * 2_000 * (1 + 6 + 40 + 3 + 30));
    for (let shortId = 0; shortId < 2_000; shortId++) {
      expect(store.has(shortId)).toBe(shortId % 2 === 1);
      if (shortId % 2 === 1) expect(store.read(shortId, 30, termOf)![0]!.terms).toHaveLength(40);
    }
  });

  it('rejects a snapshot whose entries do not fit its passages or terms', () => {
    const store = SentenceStore.empty();
    store.set(0, sentences, [1, 2], [1, 2, 3]);
    store.set(1, sentences, [1, 0], [4]);
    const encoded = runSteps(store.encode([0, 1], [0, 1, 2, 3, 4]));
    expect(() => checkKeptSentences(encoded, [30, 30], 5)).not.toThrow();
    expect(() => checkKeptSentences(encoded, [30], 5)).toThrow(/do not match/);
    expect(() => checkKeptSentences(encoded, [30, 20], 5)).toThrow(/outside its passage/);
    expect(() => checkKeptSentences(encoded, [30, 30], 4)).toThrow(/past the terms/);
    const truncated = { pool: encoded.pool.subarray(0, encoded.pool.length - 1), starts: encoded.starts };
    expect(() => checkKeptSentences(truncated, [30, 30], 5)).toThrow(/past their pool/);
    // A passage whose term has no number in the snapshot's terms is left without an entry.
    const renumbered = runSteps(store.encode([0, 1], [0, 1, 2, 3, -1]));
    expect([...renumbered.starts]).toEqual([0, -1]);
  });

  it("reads a damaged snapshot's entry as none where it is read, never walking past the pool", () => {
    const store = SentenceStore.empty();
    store.set(0, sentences, [1, 2], [1, 2, 3]);
    store.set(1, sentences, [1, 0], [4]);
    const { pool, starts } = runSteps(store.encode([0, 1], [0, 1, 2, 3, 4]));
    const damaged: Array<[{ pool: Uint16Array; starts: Int32Array }, boolean[]]> = [
      [{ pool, starts: Int32Array.from([pool.length, starts[1]!]) }, [false, true]], // past the pool
      [{ pool: new Uint16Array(pool.length).fill(0x7f7f), starts }, [false, false]], // billions of units
      [{ pool: pool.subarray(0, pool.length - 1), starts }, [true, false]], // entry 1 ends past the pool
    ];
    for (const [encoded, fit] of damaged) {
      // The store takes the arrays as its own (forgetting an entry sets its start): each case its own copy.
      const read = SentenceStore.fromEncoded({ pool: encoded.pool, starts: Int32Array.from(encoded.starts) });
      const fits = (shortId: number) => read.read(shortId, 30, termOf) !== undefined;
      expect([fits(0), fits(1)]).toEqual(fit);
      expect([0, 1].map((shortId) => read.readTerms(shortId, 30, termOf) !== undefined)).toEqual(fit);
      read.forget(0);
      read.forget(1);
      read.set(2, sentences, [1, 1], [5, 6]);
      expect(read.read(2, 30, termOf)!.map((s) => s.terms)).toEqual([['t5'], ['t6']]);
    }
    // A sentence outside its text, a term number without a term: none, for that passage alone.
    const whole = SentenceStore.fromEncoded({ pool, starts });
    expect(whole.read(0, 20, termOf)).toBeUndefined();
    expect(whole.readTerms(0, 20, termOf)).toBeUndefined();
    expect(whole.read(0, 30, (n) => (n < 3 ? `t${n}` : undefined))).toBeUndefined();
    expect(whole.read(1, 30, termOf)!.map((s) => s.terms)).toEqual([['t4'], []]);
    // A copy (a snapshot written again) leaves the entries that do not fit out.
    const copied = runSteps(SentenceStore.fromEncoded(damaged[0]![0]).encode([0, 1], [0, 1, 2, 3, 4]));
    expect(copied.starts[0]).toBe(-1);
  });
});
