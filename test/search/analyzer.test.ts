import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyze,
  analyzeIds,
  analyzeIdsInto,
  analyzeIdsWithOffsets,
  asciiPartsWithTerm,
  asciiPartsWithTermIn,
  STOP_WORDS,
  termOf,
  tokenize,
  withTermIds,
} from '../../src/search/analyzer.js';
import { foldByUnit, foldText } from '../../src/search/fold.js';
import { TermIdList } from '../../src/search/term-id-list.js';
import { sameWordForms } from '../../src/search/word-forms.js';

/** The terms `tokenize` finds, stop words left out: must equal `analyze`. */
const tokenTerms = (text: string) =>
  tokenize(text)
    .map((token) => token.term)
    .filter((term): term is string => term !== null);

/** Characters that each take another way through folding and tokenising. */
const ALPHABET = [
  ..."abcXYZ019 -’‘'`´.,“”()",
  'é',
  'e\u0301',
  'ł',
  'Ł',
  'ß',
  'ﬁ',
  '½',
  '™',
  'Σ',
  'β',
  'ς',
  'µ',
  'Ά',
  'İ',
  'ǅ',
  '\u200b',
  '\u202e',
  '😀',
  'Ｋ',
  '가',
];

describe('stemming (Porter2)', () => {
  it('keeps "news" as "news" (the 1980 Porter stemmer would make it "new")', () => {
    expect(analyze('news')).toEqual(['news']);
    expect(analyze('News Agency')).toEqual(['news', 'agenc']);
  });

  it('stems inflections to one term', () => {
    expect(analyze('provinces')).toEqual(['provinc']);
    expect(analyze('Province')).toEqual(['provinc']);
    expect(analyze('attacks attacked attacking attack')).toEqual(['attack', 'attack', 'attack', 'attack']);
    expect(analyze('running')).toEqual(['run']);
    expect(termOf('Bombing')).toBe(termOf('bombings'));
  });

  it('gives irregular verb forms the term of their verb, but not forms that are words of their own', () => {
    expect(analyze('stood stands standing')).toEqual(['stand', 'stand', 'stand']);
    expect(termOf('Bought')).toBe(termOf('buying'));
    expect(termOf('went')).toBe(termOf('go'));
    expect(termOf('children')).toBe(termOf('child'));
    // "saw" the tool, "left" the side: kept apart from see and leave; "found" is find, not "founded".
    expect(termOf('saw')).not.toBe(termOf('see'));
    expect(termOf('left')).not.toBe(termOf('leave'));
    expect(termOf('found')).toBe(termOf('find'));
    expect(termOf('founded')).not.toBe(termOf('find'));
  });

  it('reads the irregular forms added in session 52 as their verbs ("how many rang the swarm line")', () => {
    for (const [form, verb] of [
      ['rang', 'ringing'],
      ['drank', 'drinking'],
      ['knelt', 'kneeling'],
      ['learnt', 'learned'],
      ['withheld', 'withholding'],
    ])
      expect(termOf(form!), form).toBe(termOf(verb!));
    // "heard" stays its own term: "no one was able to listen to their cries" answers "did anyone hear the
    // cries" by meaning, and a story's other "heard" would outrank it.
    expect(termOf('heard')).not.toBe(termOf('hear'));
  });
});

describe('stop words', () => {
  it('drops English stop words and question words', () => {
    expect(analyze('what is the')).toEqual([]);
    expect(analyze('When did they do it and why?')).toEqual([]);
    expect(analyze('What is the capital of France?')).toEqual(['capit', 'franc']);
    for (const word of ['the', 'is', 'what', 'when', 'why', 'does']) expect(STOP_WORDS.has(word)).toBe(true);
  });

  it("holds the stopword package's English list (read from its ES module build, the same as its main file)", async () => {
    const { eng } = await import('stopword');
    const { eng: esm } = await import('stopword/dist/stopword.esm.mjs');
    expect(esm).toEqual(eng);
    // All but the words kept for what they say ("did isis take mosul").
    for (const word of eng) expect(STOP_WORDS.has(word), word).toBe(word !== 'take');
    expect(analyze('did isis take mosul')).toEqual(['isi', 'take', 'mosul']);
    expect(analyze('Islamic State took over')).toEqual(['islam', 'state', 'take']);
  });

  it('drops the words that only attribute or bound ("according to Khan", "per Khan", "until")', () => {
    expect(analyze('whats the main effort according to ehrlich')).toEqual(['main', 'effort', 'ehrlich']);
    expect(analyze('how long until it changes, per khan')).toEqual(['long', 'chang', 'khan']);
    // The noun stays: a peace accord is a topic.
    expect(analyze('the peace accord')).toEqual(['peac', 'accord']);
  });

  it('drops folded contractions, whichever apostrophe they are written with', () => {
    expect(analyze("don't isn’t can’t")).toEqual([]);
    expect(analyze('don’t bomb')).toEqual(['bomb']);
  });

  it('marks a stop word token with term null but keeps its surface and offsets', () => {
    const [the, blast] = tokenize('The blast');
    expect(the).toEqual({ surface: 'The', start: 0, end: 3, term: null });
    expect(blast).toEqual({ surface: 'blast', start: 4, end: 9, term: 'blast' });
  });
});

describe('folding', () => {
  it('folds case and diacritics so accented and plain spellings match', () => {
    expect(analyze('café')).toEqual(analyze('cafe'));
    expect(analyze('Café')).toEqual(['cafe']);
    expect(analyze('Łódź')).toEqual(['lodz']);
    expect(analyze('Łódź')).toEqual(analyze('lodz'));
    expect(analyze('naïve Zürich')).toEqual(analyze('naive zurich'));
    expect(foldText('Straße Ærø')).toBe('strasse aero');
  });

  it('treats decomposed (NFD) accents like composed ones', () => {
    expect(analyze('cafe\u0301')).toEqual(analyze('café'));
    expect(analyze('nai\u0308ve')).toEqual(['naiv']);
  });

  it('straightens curly quotes and apostrophes: possessives and names match however they are typed', () => {
    expect(analyze('ISKP’s')).toEqual(['iskp']);
    expect(analyze("ISKP's")).toEqual(['iskp']);
    expect(analyze('O’Driscoll')).toEqual(analyze("O'Driscoll"));
    expect(analyze('O‘Driscoll')).toEqual(analyze("O'Driscoll"));
    expect(analyze('al-Qa’ida')).toEqual(['al', 'qaida']);
    expect(analyze('openly labeling it an “enemy nation.”')).toEqual(
      analyze('openly labeling it an "enemy nation."'),
    );
  });

  it('folds full-width letters and ligatures', () => {
    expect(analyze('ＩＳＫＰ')).toEqual(['iskp']);
    expect(analyze('ﬁnancial')).toEqual(analyze('financial'));
  });

  it('drops invisible characters inside a word and keeps ™ or ® from joining it', () => {
    expect(analyze('IS\u200bKP claimed it')).toEqual(analyze('ISKP claimed it'));
    expect(analyze('co\u00adoperation and \ufeffISKP')).toEqual(analyze('cooperation and ISKP'));
    expect(analyze('Google™ and Citebot®')).toEqual(analyze('Google and Citebot'));
    const text = 'The IS\u200bKP attack';
    const token = tokenize(text).find((t) => t.term === 'iskp');
    expect(token && text.slice(token.start, token.end)).toBe('IS\u200bKP');
  });

  it('splits hyphenated words into the parts people type', () => {
    expect(analyze('Tehreek-e-Taliban')).toEqual(['tehreek', 'e', 'taliban']);
    expect(analyze('Tehreek‐e‐Taliban')).toEqual(['tehreek', 'e', 'taliban']); // U+2010 hyphen
    expect(analyze('high-impact')).toEqual(['high', 'impact']);
  });
});

describe('numbers', () => {
  it('keeps numbers searchable, unstemmed', () => {
    expect(analyze('2015')).toEqual(['2015']);
    expect(analyze('90')).toEqual(['90']);
    expect(analyze('since 2015, a staggering 90 claimed attacks')).toEqual([
      '2015',
      'stagger',
      '90',
      'claim',
      'attack',
    ]);
    expect(analyze('Moahammed Shehzad, 25,')).toContain('25');
  });
});

describe('tokenize', () => {
  it('gives offsets that point at the verbatim surface in the original text', () => {
    const text = 'The “Islamic State” isn’t in Łódź — it’s in Café São-Paulo, since 2015.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.surface)).toEqual([
      'The',
      'Islamic',
      'State',
      'isn’t',
      'in',
      'Łódź',
      'it’s',
      'in',
      'Café',
      'São',
      'Paulo',
      'since',
      '2015',
    ]);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.surface);
    expect(tokens.find((t) => t.surface === 'Łódź')?.term).toBe('lodz');
  });

  it('maps words back to the original even when folding changes lengths', () => {
    // A decomposed accent (2 chars → 1), a ligature (1 → 2) and a left quote used as an apostrophe.
    const text = 'Une cafe\u0301 ﬁnancière, O‘Brien said.';
    const tokens = tokenize(text);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.surface);
    expect(tokens.map((t) => t.surface)).toEqual(['Une', 'cafe\u0301', 'ﬁnancière', 'O‘Brien', 'said']);
    expect(tokenTerms(text)).toEqual(analyze(text));
  });

  it('gives the same terms as analyze on the seed-like sentences', () => {
    for (const text of [
      'The recent bombing at an Islamabad mosque by the Islamic State Khorasan Province (ISKP) isn’t just a tragic event.',
      '“The pressure of the blast was so strong, people were blown away,” Moahammed Shehzad, 25, said.',
      'Dylan O’Driscoll, a research fellow; al-Qa’ida; Tehreek-e-Taliban Pakistan (TTP); 90 attacks since 2015.',
      '',
      '   ',
      '🙂 🙂',
    ]) {
      expect(tokenTerms(text)).toEqual(analyze(text));
    }
  });

  it('gives ASCII text (its fast path) the terms and tokens of the Unicode path (property)', () => {
    // A non-ASCII word appended sends the same text down the Unicode path: one that folds to ASCII ("café")
    // to the scan of folded text, one that does not ("σοφία") to the Unicode word pattern.
    const ascii = fc.string({
      unit: fc.constantFrom(...'abcXYZ019 -\'`.,"()\n\tz-'.split('')),
      maxLength: 60,
    });
    fc.assert(
      fc.property(ascii, (text) => {
        expect(analyze(`${text} café`)).toEqual([...analyze(text), 'cafe']);
        expect(analyze(`${text} σοφία`)).toEqual([...analyze(text), ...analyze('σοφία')]);
        expect(tokenize(`${text} café`).slice(0, -1)).toEqual(tokenize(text));
      }),
      { numRuns: 3_000 },
    );
  });

  it('gives the same terms as analyze for any text (property)', () => {
    const word = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(word, fc.string({ unit: 'grapheme', maxLength: 40 })), (text) => {
        expect(tokenTerms(text)).toEqual(analyze(text));
        for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.surface);
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('word forms', () => {
  it('tells inflections of one word from words derived from it', () => {
    for (const [a, b] of [
      ['attacks', 'attacking'],
      ['died', 'dies'],
      ['running', 'run'],
      ['studies', 'study'],
      ['making', 'make'],
      ['stood', 'stand'],
      ["Pakistan's", 'pakistan'],
    ])
      expect(sameWordForms(a!.toLowerCase(), b!)).toBe(true);
    for (const [a, b] of [
      ['capital', 'capitalized'],
      ['govern', 'government'],
      ['organize', 'organization'],
    ])
      expect(sameWordForms(a!, b!)).toBe(false);
  });
});

describe('analyzeIdsWithOffsets', () => {
  it('gives text that folds character by character the ids of analyzeIds and the offsets of tokenize (property)', () => {
    const word = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 30 }).map((parts) => parts.join(''));
    let folded = 0;
    fc.assert(
      fc.property(fc.oneof(word, fc.string({ unit: 'grapheme', maxLength: 40 })), (text) => {
        const list = new TermIdList();
        const whole: number[] = [];
        const read = withTermIds(() => {
          analyzeIds(text, whole);
          return analyzeIdsWithOffsets(text, list);
        });
        if (!read) return;
        folded++;
        expect([...list.idView()]).toEqual(whole);
        const offsets = [...list.offsets.subarray(0, list.length * 2)];
        const tokens = tokenize(text).filter((token) => token.term !== null);
        expect(offsets).toEqual(tokens.flatMap((token) => [token.start, token.end]));
      }),
      { numRuns: 3_000 },
    );
    expect(folded).toBeGreaterThan(300);
    // Text that does not fold character by character: "…" folds to three characters, "ß" to two, "Σ" to "σ"
    // or "ς" by where it stands, a Cyrillic letter stays a letter past ASCII, a combining accent folds to nothing.
    // "ÀϹ": the lunate sigma folds like "Σ" (a counterexample the property found in CI, session 40).
    for (const text of ['Wait…', 'Straße', 'ΣΟΦΙΑ', 'ÀϹ', 'Москва', 'cafe\u0301'])
      expect(withTermIds(() => analyzeIdsWithOffsets(text, new TermIdList()))).toBe(false);
    // Lower-case Greek letters are read as letters, as WORD reads them.
    for (const text of ['Café “Zoë” — naïve', 'O’Brien’s Łódź', 'TGF-β1 and IL-1α, 5 µg', 'Αθήνα'])
      expect(withTermIds(() => analyzeIdsWithOffsets(text, new TermIdList()))).toBe(true);
  });
});

describe('analyzeIdsInto', () => {
  it('gives the ids of analyzeIds for any text, into a list kept from text to text (property)', () => {
    const word = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 30 }).map((parts) => parts.join(''));
    const list = new TermIdList();
    fc.assert(
      fc.property(fc.oneof(word, fc.string({ unit: 'grapheme', maxLength: 40 })), (text) => {
        const whole: number[] = [];
        withTermIds(() => {
          analyzeIds(text, whole);
          analyzeIdsInto(text, list);
        });
        expect([...list.idView()]).toEqual(whole);
      }),
      { numRuns: 3_000 },
    );
    for (const text of ['Wait…', 'Straße', 'ΣΟΦΙΑ', 'Москва', 'café', 'TGF-β1 and IL-1α', 'O’Brien’s Łódź']) {
      const whole: number[] = [];
      withTermIds(() => {
        analyzeIds(text, whole);
        analyzeIdsInto(text, list);
      });
      expect([...list.idView()], text).toEqual(whole);
    }
  });
});

describe('asciiPartsWithTerm', () => {
  it("finds the parts whose term is asked, as termOf of every part would (property: words past a first letter's reach)", () => {
    // Letters that stemming treats apart (vowels, y, doubles, -ies/-ied/-ing/-ly endings), digits, joiners, and
    // whole irregular forms and stemmer exceptions as "letters" of their own.
    const piece = fc.constantFrom(
      ..."abeiosyldgnt0 -'`.".split(''),
      'ies',
      'ied',
      'ing',
      'ly',
      "'s",
      'went',
      'children',
      'dying',
      'skies',
      'gener',
      'commun',
    );
    const text = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (lower) => {
        const parts = [...lower.matchAll(/[a-z0-9]+(?:'[a-z0-9]+)*/g)];
        for (const term of new Set(parts.map((part) => termOf(part[0])))) {
          if (term === null) continue;
          const found: number[] = [];
          asciiPartsWithTerm(lower, term, found);
          const expected = parts
            .filter((part) => termOf(part[0]) === term)
            .flatMap((part) => [part.index, part.index + part[0].length]);
          expect(found, `${JSON.stringify(lower)} ${term}`).toEqual(expected);
        }
      }),
      { numRuns: 20_000 },
    );
  });

  it('gives the offsets of the tokens whose term is asked for, as tokenize does, for text that folds unit by unit (property)', () => {
    const unit = fc.constantFrom(
      ..."abeiosyZ0 -'`.,".split(''),
      ...ALPHABET,
      'É',
      'ñ',
      'ö',
      'went',
      'Children',
      'dying',
      'Gone',
    );
    const text = fc.array(unit, { maxLength: 40 }).map((parts) => parts.join(''));
    let byUnit = 0;
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 7 }), (text, pick) => {
        const tokens = tokenize(text).filter((token) => token.term !== null);
        const asked = new Set(tokens.filter((_, i) => (i + pick) % 3 !== 0).map((token) => token.term!));
        const found: number[] = [];
        const read = asciiPartsWithTermIn(text, asked, found);
        expect(read).toBe(!/[^\x00-\x7f]/.test(text) || foldByUnit(text) !== undefined);
        if (!read) {
          expect(found).toEqual([]);
          return;
        }
        byUnit++;
        const expected = tokens.flatMap((token) => (asked.has(token.term!) ? [token.start, token.end] : []));
        expect(found, JSON.stringify(text)).toEqual(expected);
        for (let i = 0; i < found.length; i += 2) {
          const token = tokens.find((t) => t.start === found[i]);
          expect(text.slice(found[i], found[i + 1])).toBe(token!.surface);
        }
      }),
      { numRuns: 5_000 },
    );
    expect(byUnit).toBeGreaterThan(1_000);
  });
});
