import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import {
  type Alias,
  AliasBook,
  learnAliases,
  learnDefinitions,
  SKIPPABLE,
} from '../../src/search/aliases.js';
import { analyze } from '../../src/search/analyzer.js';
import { expectWellFormedAnswer, useTempDirs, writeFiles } from '../engine/fixtures.js';

describe('learnAliases', () => {
  it('learns an acronym defined in parentheses after its long form', () => {
    expect(
      learnAliases('The recent bombing by the Islamic State Khorasan Province (ISKP) was tragic.'),
    ).toEqual([{ acronym: 'iskp', longForm: ['islam', 'state', 'khorasan', 'provinc'] }]);
  });

  it('allows small words without a letter in the acronym, and hyphenated long forms', () => {
    const aliases = learnAliases(
      'Sabahat Khan of the Institute for Near East and Gulf Military Analysis (INEGMA) said so. ' +
        'Peace deals with the Tehreek-e-Taliban Pakistan (TTP) broke down. ' +
        'The Balochistan Liberation Army (BLA) struck.',
    );
    expect(aliases.map((alias) => alias.acronym)).toEqual(['inegma', 'ttp', 'bla']);
    expect(aliases[0]!.longForm).toEqual(['institut', 'near', 'east', 'gulf', 'militari', 'analysi']);
    expect(aliases[1]!.longForm).toEqual(['tehreek', 'e', 'taliban', 'pakistan']);
  });

  it('ignores parentheses whose words do not spell the acronym', () => {
    expect(learnAliases('They met in the capital (USA) last year.')).toEqual([]);
    expect(learnAliases('It happened in a year (2015) of change.')).toEqual([]);
    expect(learnAliases('A single letter (A) is not an acronym.')).toEqual([]);
  });

  it('learns an acronym written alone from a long form written in capitals elsewhere', () => {
    expect(
      learnAliases('Minutes of the 2025 Annual General Meeting\nThe minutes of the 2024 AGM were approved.'),
    ).toEqual([{ acronym: 'agm', longForm: ['annual', 'general', 'meet'] }]);
    // Two letters are too often a word or another name; capitals that spell no acronym teach nothing.
    expect(learnAliases('The United States said so. The US embassy agreed.')).toEqual([]);
    expect(learnAliases('The Grand Hotel stood empty. GET OUT, the sign said.')).toEqual([]);
  });

  it('learns what splitting the 200 characters before each "(" into words learns (property)', () => {
    // The long form read as it was before words were read back one at a time: split, last 12, matched back.
    const SMALL = SKIPPABLE;
    const reference = (text: string): Alias[] => {
      const aliases: Alias[] = [];
      for (const match of text.matchAll(/\(\s*([\p{Lu}][\p{Lu}\p{Ll}&]{1,9})\s*\)/gu)) {
        const letters = [...match[1]!.replace(/[^\p{Lu}]/gu, '')];
        if (letters.length < 2) continue;
        const words = text
          .slice(Math.max(0, match.index - 200), match.index)
          .split(/[\s-]+/)
          .filter(Boolean)
          .slice(-12);
        let letter = letters.length - 1;
        let first = words.length;
        for (let i = words.length - 1; i >= 0 && letter >= 0; i--) {
          const word = words[i]!.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
          if (!word) {
            letter = 1e9;
            break;
          }
          if (word[0]!.toUpperCase() === letters[letter]) {
            letter--;
            first = i;
          } else if (!SMALL.has(word.toLowerCase())) break;
        }
        if (letter >= 0) continue;
        const acronymTerms = analyze(match[1]!);
        const longFormTerms = analyze(words.slice(first).join(' '));
        if (acronymTerms.length === 1 && longFormTerms.length >= 2)
          aliases.push({ acronym: acronymTerms[0]!, longForm: longFormTerms });
      }
      return aliases;
    };
    // Words and acronyms with the separators between them, so that many texts define an alias.
    const word = fc.constantFrom(
      ...[
        'Gulf',
        'Near',
        'East',
        'Gulf',
        'Near',
        'East',
        'of',
        'the',
        'x',
        'É',
        '1',
        '&',
        'e',
        '"Near',
        'East,',
      ],
      ...['(GN)', '(NE)', '(GNE)', '(EG)', '( NE )', '(A)', '(', ')', '(Ne)', '(GNx)'],
    );
    const separator = fc.constantFrom(' ', ' ', ' ', '  ', '-', '--', '\n', '\u00a0', '\u2003', '');
    const pieces = fc.array(fc.tuple(word, separator), { maxLength: 60 }).map((pairs) => pairs.flat());
    let learned = 0;
    fc.assert(
      fc.property(pieces, (parts) => {
        const text = parts.join('');
        const aliases = learnDefinitions(text);
        expect(aliases).toEqual(reference(text));
        if (aliases.length > 0) learned++;
      }),
      { numRuns: 2_000, seed: 29 },
    );
    expect(learned).toBeGreaterThan(40);
  });
});

describe('AliasBook', () => {
  const iskp = learnAliases('the Islamic State Khorasan Province (ISKP)');

  it('expands an acronym to its long form (weighted lower) and a long form to its acronym', () => {
    const book = new AliasBook();
    book.add('a.txt', 'global', iskp);
    const fromAcronym = book.expand(['iskp', 'attack'], ['global']);
    expect(fromAcronym.expansions.map((e) => e.term)).toEqual(['islam', 'state', 'khorasan', 'provinc']);
    expect(fromAcronym.expansions.every((e) => e.boost < 1)).toBe(true);
    const fromLong = book.expand(['attack', 'islam', 'state', 'khorasan', 'provinc'], ['global']);
    expect(fromLong.expansions).toEqual([{ term: 'iskp', boost: 1 }]);
    expect(book.expand(['attack'], ['global']).expansions).toEqual([]);
  });

  it('only expands from the scopes asked for', () => {
    const book = new AliasBook();
    book.add('guilds/111/a.txt', '111', iskp);
    expect(book.expand(['iskp'], ['global', '111']).expansions).not.toEqual([]);
    expect(book.expand(['iskp'], ['global', '222']).expansions).toEqual([]);
    expect(book.expand(['iskp'], ['global']).expansions).toEqual([]);
  });

  it('forgets an alias only when no remaining file teaches it', () => {
    const book = new AliasBook();
    book.add('a.txt', 'global', iskp);
    book.add('b.txt', 'global', iskp);
    book.remove('a.txt');
    expect(book.expand(['iskp'], ['global']).aliases).toHaveLength(1);
    book.remove('b.txt');
    expect(book.expand(['iskp'], ['global']).aliases).toHaveLength(0);
  });
});

// A corpus where one article defines ISKP and afterwards uses only the long form, another uses only the
// acronym, and distractors share every other word of the questions.
const ALIAS_CORPUS: Record<string, string> = {
  'defines.txt': `Militant groups in the region

The Islamic State Khorasan Province (ISKP) is the regional branch of the Islamic State. It was founded by defectors from several local movements and has since built a reputation for mass-casualty attacks on civilians across the region.

During 2019 the Islamic State Khorasan Province recruited hundreds of fighters in the Kunar valley, drawing on unemployed young men from nearby districts and paying them far more than local farm work could ever offer them.
`,
  'acronym.txt': `Airport attack

ISKP bombed the Abbey Gate of the Kabul airport in August 2021, killing more than 170 civilians and 13 American service members during the chaotic evacuation that followed the fall of the government.
`,
  'distractors.txt': `Other groups

In 2015 the Taliban recruited fighters in the Kunar valley as well, offering land and protection to families who sent their sons to fight, according to elders interviewed in several villages of the province.

The Haqqani network bombed the Kabul airport road in 2018, according to officials, in an attack that closed the road for two days and stranded hundreds of travellers who were trying to leave the capital.
`,
};

describe('aliases learned from the corpus (engine)', () => {
  const tempDir = useTempDirs('citebot-aliases-');

  async function open(files: Record<string, string>): Promise<{ engine: Engine; dir: string }> {
    const dir = path.join(await tempDir(), 'corpus');
    await writeFiles(dir, files);
    return { engine: await Engine.open({ corpusDir: dir }), dir };
  }

  it('a question using the acronym finds the passage that only uses the long form', async () => {
    const { engine } = await open(ALIAS_CORPUS);
    expect(engine.getPassage('defines.txt#2')?.text).not.toContain('ISKP');
    expect(engine.search('ISKP').map((hit) => hit.passageId)).toContain('defines.txt#2');

    const answer = engine.ask('When did ISKP recruit fighters in the Kunar valley?');
    expect(answer.status).toBe('answered');
    expect(answer.citations[0]!.passageId).toBe('defines.txt#2');
    expect(answer.excerpt).toContain(
      'During 2019 the Islamic State Khorasan Province recruited hundreds of fighters',
    );
    expectWellFormedAnswer(engine, answer);
  });

  it('a question using the long form finds the passage that only uses the acronym', async () => {
    const { engine } = await open(ALIAS_CORPUS);
    expect(engine.search('Islamic State Khorasan Province').map((hit) => hit.passageId)).toContain(
      'acronym.txt#1',
    );

    const answer = engine.ask('When did the Islamic State Khorasan Province bomb the Kabul airport?');
    expect(answer.status).toBe('answered');
    expect(answer.citations[0]!.passageId).toBe('acronym.txt#1');
    expect(answer.excerpt).toContain('ISKP bombed the Abbey Gate of the Kabul airport in August 2021');
    expectWellFormedAnswer(engine, answer);
  });

  it('forgets what a removed file taught', async () => {
    const { engine } = await open(ALIAS_CORPUS);
    expect(engine.search('Khorasan').map((hit) => hit.passageId)).not.toContain('acronym.txt#1');
    expect(engine.search('Khorasan ISKP').map((hit) => hit.passageId)).toContain('acronym.txt#1');
    expect(engine.search('Islamic State Khorasan Province').map((hit) => hit.passageId)).toContain(
      'acronym.txt#1',
    );

    await engine.removeFile('defines.txt');
    expect(engine.search('Islamic State Khorasan Province').map((hit) => hit.passageId)).not.toContain(
      'acronym.txt#1',
    );
    await engine.close();
  });

  it('keeps aliases to their scope: a server’s alias never expands another server’s question', async () => {
    const { engine } = await open({
      'global.txt': ALIAS_CORPUS['distractors.txt']!,
      'guilds/111111111111111111/define.txt': `Water in the north

The Northern Valley Water Authority (NVWA) manages the dams, canals and pumping stations of the northern valley, and sets the price farmers pay for irrigation water during the dry months of every year.

Engineers of the Northern Valley Water Authority repaired the Redstone dam spillway in 2020 after spring floods cracked its concrete apron and threatened the villages that lie downstream of the old reservoir.
`,
      'guilds/222222222222222222/longonly.txt': `Millbrook

The Northern Valley Water Authority opened a new reservoir at Millbrook in 2022, doubling the water that can be stored for the summer and ending the rationing that the town had lived with for a decade.
`,
    });
    const ownPassage = 'guilds/111111111111111111/define.txt#2';
    const otherPassage = 'guilds/222222222222222222/longonly.txt#1';

    // In its own server, the acronym finds the long-form-only passage.
    expect(engine.search('NVWA', { guildId: '111111111111111111' }).map((hit) => hit.passageId)).toContain(
      ownPassage,
    );
    // Server 222 uses only the long form and never defined NVWA: server 111's alias does not apply there.
    expect(engine.search('NVWA', { guildId: '222222222222222222' })).toEqual([]);
    const answer = engine.ask('What is the NVWA?', { guildId: '222222222222222222' });
    expect(answer.status).toBe('no_answer');
    expect(answer.citations).toEqual([]);

    // Once server 222 has its own file defining the acronym, its question expands; removing it forgets.
    await engine.addFile(
      'nvwa.txt',
      Buffer.from(
        'Glossary\n\nThe Northern Valley Water Authority (NVWA) is the public body in charge of water in the valley.\n',
      ),
      { guildId: '222222222222222222' },
    );
    expect(engine.search('NVWA', { guildId: '222222222222222222' }).map((hit) => hit.passageId)).toContain(
      otherPassage,
    );
    await engine.removeFile('nvwa.txt', { guildId: '222222222222222222' });
    expect(engine.search('NVWA', { guildId: '222222222222222222' })).toEqual([]);
    // Server 111 is unaffected throughout.
    expect(engine.search('NVWA', { guildId: '111111111111111111' }).map((hit) => hit.passageId)).toContain(
      ownPassage,
    );
    await engine.close();
  });
});
