import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleOf } from '../../bench/datasets/articles.js';
import { didYouMean, spellingCorrections, type WordLookup } from '../../src/answer/did-you-mean.js';
import { editDistance } from '../../src/answer/edit-distance.js';
import { readCorpusFile } from '../../src/corpus/folder.js';
import { articleFromBytes } from '../../src/corpus/parse.js';
import type { Article } from '../../src/corpus/types.js';
import { isEnglishWord, preloadDictionary } from '../../src/search/dictionary.js';
import { PassageIndex } from '../../src/search/passage-index.js';
import { SEED_A, SEED_B, SEED_DIR } from '../engine/fixtures.js';

/** The lookup `answerQuestion` gives "did you mean": a real index over the articles, global scope. */
function lookupOf(articles: readonly Article[]): WordLookup {
  const passages = articles.flatMap((article) => article.passages);
  const index = PassageIndex.empty();
  index.add(passages);
  const texts = new Map(passages.map((passage) => [passage.id, passage.text]));
  return { index, scopes: ['global'], passageText: (id) => texts.get(id) };
}

let seeds: WordLookup;

beforeAll(async () => {
  await preloadDictionary();
  const maxBytes = 2 * 1024 * 1024;
  const articles = [SEED_A, SEED_B].map((file) =>
    articleFromBytes(file, readCorpusFile(SEED_DIR, file, maxBytes), { maxBytes }),
  );
  seeds = lookupOf(articles);
});

/** Each of these was once replaced by a corpus word one or two letters away (died → ties, old → told, ...). */
const ONCE_CORRECTED = [
  'died',
  'toll',
  'old',
  'went',
  'weapons',
  'use',
  'happened',
  'people',
  'killed',
  'shrine',
  'pakistan',
  'islamabad',
];

describe('correct words are never "corrected"', () => {
  const words = [...ONCE_CORRECTED, 'Died', 'WEAPONS'];

  it.each(words)('%s is left alone on the seed corpus', (word) => {
    expect(didYouMean(`who ${word} there?`, seeds)).toEqual([]);
    expect(spellingCorrections(`why ${word}`, seeds)).toEqual([]);
  });

  it('leaves whole questions of English and corpus words alone', () => {
    for (const question of [
      'How many people died in the Islamabad bombing?',
      'what was the death toll at the shrine in pakistan?',
      'Which weapons did they use?',
      'What happened to the old mosque?',
      'Who went to islamabad and what did ISKP claim?',
    ])
      expect(didYouMean(question, seeds), question).toEqual([]);
  });

  it('leaves chat shorthand alone: "wat" is what, never "at"', () => {
    expect(didYouMean('wat was the name of the police academy that got attacked', seeds)).toEqual([]);
    expect(didYouMean('how many ppl died, wats the toll', seeds)).toEqual([]);
    // A slip beside the shorthand is still corrected.
    expect(didYouMean('wat did the bommer do', seeds)).not.toEqual([]);
  });

  it('leaves numbers and short words alone', () => {
    expect(didYouMean('what happened in 20155 at xq?', seeds)).toEqual([]);
    expect(didYouMean('is it 3rd or 4th or 9zz?', seeds)).toEqual([]);
  });
});

describe('misspelled words get the corpus word', () => {
  it.each([
    ['How many were killd?', 'How many were killed?'],
    ['attacks in pakistn', 'attacks in Pakistan'],
    ['the bombing in islamabd', 'the bombing in Islamabad'],
    ['who attacked the shirne?', 'who attacked the shrine?'],
    ['Who attacked the Shirne?', 'Who attacked the Shrine?'],
    ["what is pakistn's goal?", "what is Pakistan's goal?"],
  ])('%s → %s', (question, corrected) => {
    expect(didYouMean(question, seeds)[0]).toBe(corrected);
  });

  it('splits two words typed as one, the space being the one edit', () => {
    expect(didYouMean('when did isis tookover mosul', seeds)[0]).toBe('when did isis took over mosul');
    expect(didYouMean('whats the deathtoll at the shrine', seeds)[0]).toBe(
      'whats the death toll at the shrine',
    );
    expect(didYouMean('how many diedat the shrine', seeds)[0]).toBe('how many died at the shrine');
    // A word one edit from a single word is that word: "pakistanis" is no "pakistan is".
    expect(didYouMean('how many were killd', seeds)[0]).toBe('how many were killed');
  });

  it('corrects several words in one question, each once', () => {
    const [first] = spellingCorrections('were people killd in islamabd or killd in pakistn?', seeds);
    expect(first?.question).toBe('were people killed in Islamabad or killed in Pakistan?');
    expect(first?.replaced.map(({ from, to }) => [from, to])).toEqual([
      ['killd', 'killed'],
      ['islamabd', 'Islamabad'],
      ['killd', 'killed'],
      ['pakistn', 'Pakistan'],
    ]);
  });

  it('gives the structured form, and says when the one correction is clearly right', () => {
    expect(spellingCorrections('How many were killd in pakistn?', seeds)).toEqual([
      {
        question: 'How many were killed in Pakistan?',
        replaced: [
          { from: 'killd', to: 'killed', distance: 1 },
          { from: 'pakistn', to: 'Pakistan', distance: 1 },
        ],
        clear: true,
      },
    ]);
  });

  it('offers the English form of a corpus word when the corpus writes none near the slip', () => {
    const lookup = lookupOf([
      articleOf('port.txt', 'Port', ['The group has claimed 40 attacks on the port since 2019.']),
    ]);
    // The corpus writes "attacks", three edits from "atatcking"; "attacking" is one swap away.
    expect(spellingCorrections('since when has the group been atatcking the port', lookup)[0]).toMatchObject({
      question: 'since when has the group been attacking the port',
      clear: true,
    });
    // "pilgrim" is one swap from "piglrim", "pilgrims" (what the corpus writes) two.
    const pilgrims = lookupOf([articleOf('p.txt', 'Pilgrims', ['A group of 120 pilgrims came by bus.'])]);
    expect(spellingCorrections('how big was the piglrim group', pilgrims)[0]?.question).toBe(
      'how big was the pilgrim group',
    );
    // British spellings are words, not slips.
    expect(spellingCorrections('is the group centralised', lookup)).toEqual([]);
  });

  it('is not clearly right when two corpus words are as near', () => {
    const lookup = lookupOf([
      articleOf('garden.txt', 'Garden', ['A bower of roses shades the bench.']),
      articleOf('towers.txt', 'Towers', [
        'The tower stands 300 metres tall.',
        'A second tower was built in 1930.',
      ]),
    ]);
    // "xower" is one letter from both "tower" (two passages) and "bower" (one): the commoner comes first.
    const corrections = spellingCorrections('Where is the xower?', lookup);
    // "cower" is English but not in these articles: not offered while corpus words are as near.
    expect(corrections.map((c) => c.question)).toEqual(['Where is the tower?', 'Where is the bower?']);
    expect(corrections.map((c) => c.clear)).toEqual([false, false]);
  });

  it('is clearly right for a long word two slips from its only near corpus word, not for a short one', () => {
    const lookup = lookupOf([
      articleOf('c.txt', 'Comb jellies', ['All but one of the known platyctenid species lack comb-rows.']),
      articleOf('t.txt', 'Tolls', ['The toll rose in spring.']),
    ]);
    const [long] = spellingCorrections('what do platycenida species lack', lookup);
    expect(long).toMatchObject({ question: 'what do platyctenid species lack', clear: true });
    expect(long!.replaced).toEqual([{ from: 'platycenida', to: 'platyctenid', distance: 2 }]);
    const [short] = spellingCorrections('when was spirgn', lookup);
    expect(short).toMatchObject({ question: 'when was spring', clear: false });
  });

  it('reads a word spelled by its sound three letters from the corpus word, only when the consonants agree', () => {
    const lookup = lookupOf([
      articleOf('v.txt', 'Valley flood', [
        'Many people fled the valley when the river rose.',
        'Some families lost their homes to the water.',
        'The saint of the village chapel was carried to safety.',
      ]),
    ]);
    const [heard] = spellingCorrections('how many pepul left the valley', lookup);
    expect(heard).toMatchObject({ question: 'how many people left the valley', clear: true });
    expect(heard!.replaced).toEqual([{ from: 'pepul', to: 'people', distance: 3 }]);
    expect(spellingCorrections('how many famlys lost homes', lookup)[0]?.question).toBe(
      'how many families lost homes',
    );
    // Two letters off, before words one letter off that sound otherwise ("kind", "kiln").
    const killed = lookupOf([
      articleOf('k.txt', 'Storm', [
        'Two men were killed by the storm.',
        'A kind neighbour helped. The kiln was cold.',
      ]),
    ]);
    expect(spellingCorrections('who was kild by the storm', killed)[0]).toMatchObject({
      question: 'who was killed by the storm',
      clear: true,
    });
    // A name typed otherwise is someone else, not the corpus's name that sounds alike.
    const coach = lookupOf([articleOf('c.txt', 'Coach', ['Gary Kubiak coached the Broncos.'])]);
    expect(spellingCorrections('What party is President Kibaki part of?', coach)).toEqual([]);
    // "sindh" sounds as "saint" does (SNT), but its consonants are others: no reading.
    expect(spellingCorrections('which chapel is in sindh', lookup).map((c) => c.question)).not.toContain(
      'which chapel is in saint',
    );
  });

  it('offers up to three alternatives, best first', () => {
    const lookup = lookupOf([
      articleOf('a.txt', 'A', ['The tower stands tall.', 'The tower fell.', 'A tower again.']),
      articleOf('b.txt', 'B', ['A bower of roses.', 'Another bower.']),
      articleOf('c.txt', 'C', ['The mower cuts grass.']),
      articleOf('d.txt', 'D', ['The lower deck.']),
      articleOf('e.txt', 'E', ['A cower.']),
    ]);
    const corrections = spellingCorrections('the zower', lookup);
    expect(corrections).toHaveLength(3);
    expect(corrections[0]!.question).toBe('the tower');
    expect(corrections[1]!.question).toBe('the bower');
  });

  it('prefers an English word one edit away to a corpus word two away', () => {
    // "face" is in the seed corpus, two edits from "frnace"; "France" (not in it) is one edit away. It is
    // a candidate (the caller offers it only if the corrected question answers); "face" is not.
    const offered = didYouMean('what is the capital of frnace?', seeds);
    expect(offered).toContain('what is the capital of France?');
    expect(offered).not.toContain('what is the capital of face?');
  });

  it('corrects an acronym only to an acronym', () => {
    expect(didYouMean('how many attacks did IKSP claim?', seeds)[0]).toBe('how many attacks did ISKP claim?');
    const lookup = lookupOf([articleOf('a.txt', 'A', ['Ads ran all season.', 'The ads were loud.'])]);
    expect(didYouMean('how many TDs in the season?', lookup)).toEqual([]);
    // A question written all in capitals is not a row of acronyms.
    expect(didYouMean('WHO WAS KILLD?', seeds)[0]).toBe('WHO WAS KILLED?');
  });

  it('can put back a stop word', () => {
    expect(didYouMean('who attacked tge shrine?', seeds)[0]).toBe('who attacked the shrine?');
  });

  it('stays quick on gibberish (no slow two-edit dictionary search)', () => {
    const started = performance.now();
    expect(didYouMean('qwzrtpxk balochistn khorasaan', seeds)[0]).toBe('qwzrtpxk Balochistan Khorasan');
    // nspell alone would search two edits away for each of these: about a second in all.
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('offers nothing for a word far from every corpus word', () => {
    expect(didYouMean('what about the xylophonist?', seeds)).toEqual([]);
    expect(didYouMean('qwzrtp', seeds)).toEqual([]);
  });
});

describe('edit distance', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('shirne', 'shrine')).toBe(1);
    expect(editDistance('killd', 'killed')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('questions made only of dictionary words', () => {
  // A pool of lower-case words the dictionary knows, many of them one letter from a seed-corpus word.
  const pool = [
    ...ONCE_CORRECTED,
    'ties',
    'attack',
    'bomb',
    'city',
    'state',
    'nation',
    'claim',
    'border',
    'region',
    'major',
    'army',
    'force',
    'power',
    'tower',
    'lower',
    'later',
    'water',
    'fire',
    'hire',
    'wire',
    'cold',
    'bold',
    'gold',
    'sent',
    'rent',
    'bent',
    'mosque',
    'security',
    'strike',
    'stroke',
    'shift',
    'gift',
    'goal',
    'coal',
    'target',
    'market',
    'police',
    'office',
  ];

  it('the pool is English', () => {
    for (const word of pool) expect(isEnglishWord(word), word).toBe(true);
  });

  it('never get a suggestion', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('', '?', '.'),
        fc.boolean(),
        (words, end, capitalise) => {
          let question = words.join(' ') + end;
          if (capitalise) question = question.charAt(0).toUpperCase() + question.slice(1);
          expect(didYouMean(question, seeds)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
