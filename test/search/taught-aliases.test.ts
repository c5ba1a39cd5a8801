import { describe, expect, it } from 'vitest';
import { extractMarkdown } from '../../src/corpus/formats/markdown.js';
import { AliasBook } from '../../src/search/aliases.js';
import {
  appendAlias,
  checkAlias,
  parseAliasFile,
  readAliasLines,
  removeAlias,
} from '../../src/search/taught-aliases.js';

const FILE = `# Names people use
ISIS = Islamic State

  daesh   =   Islamic   State
# a comment = not an alias
ISIS-K = Islamic State Khorasan Province
THE = Islamic State
Islamic State = ISIS
just words
isis = Islamic State of Iraq and Syria
Pakistan = pakistan
ISKP =
TTP = the
`;

describe('alias files', () => {
  it('reads good lines, skips comments and blank lines, and reports each bad line with why', () => {
    const { aliases, problems } = parseAliasFile(FILE);
    expect(aliases.map((a) => [a.name, a.meaning, a.line, a.alias])).toEqual([
      ['ISIS', 'Islamic State', 2, { acronym: 'isi', longForm: ['islam', 'state'] }],
      ['daesh', 'Islamic State', 4, { acronym: 'daesh', longForm: ['islam', 'state'] }],
    ]);
    expect(problems.map((p) => p.line)).toEqual([6, 7, 8, 9, 10, 11, 12, 13]);
    const why = new Map(problems.map((p) => [p.line, p.reason]));
    expect(why.get(6)).toMatch(/hyphenated.*one word/);
    expect(why.get(7)).toMatch(/“THE” is a word search ignores/);
    expect(why.get(8)).toMatch(/must be one word/);
    expect(why.get(9)).toMatch(/expected NAME = meaning/);
    // Names are compared as search terms: "isis" is "ISIS" again (the analyzer lower-cases).
    expect(why.get(10)).toMatch(/“isis” is already defined on line 2 \(as “Islamic State”\)/);
    expect(why.get(11)).toMatch(/would mean itself/);
    expect(why.get(12)).toMatch(/needs a meaning/);
    expect(why.get(13)).toMatch(/only common words/);
  });

  it('takes CRLF files and a meaning of one word', () => {
    const { aliases, problems } = parseAliasFile('ISIL = Daesh\r\n\r\n# x\r\nISIS = Islamic State\r\n');
    expect(problems).toEqual([]);
    expect(aliases.map((a) => [a.line, a.alias])).toEqual([
      [1, { acronym: 'isil', longForm: ['daesh'] }],
      [4, { acronym: 'isi', longForm: ['islam', 'state'] }],
    ]);
  });

  it('checks names and meanings politely', () => {
    expect(checkAlias('ISIS', 'Islamic State')).toEqual({
      alias: { acronym: 'isi', longForm: ['islam', 'state'] },
    });
    expect(checkAlias('', 'x')).toEqual({ problem: 'the name is empty' });
    expect(checkAlias('@everyone', 'x')).toMatchObject({ problem: expect.stringMatching(/one word/) });
    expect(checkAlias('ISIS', 'a\nb')).toEqual({ problem: 'the meaning must be on one line' });
    expect(checkAlias('x'.repeat(41), 'y')).toMatchObject({ problem: expect.stringMatching(/too long/) });
    expect(checkAlias('ISIS', 'word '.repeat(13))).toMatchObject({
      problem: expect.stringMatching(/too many words/),
    });
  });

  it('edits keep comments and other lines as they are', () => {
    const added = appendAlias('# mine\nISIS = Islamic State', 'Daesh', '  Islamic   State ');
    expect(added).toBe('# mine\nISIS = Islamic State\nDaesh = Islamic State\n');
    expect(removeAlias(added, 'isi')).toBe('# mine\nDaesh = Islamic State\n');
    expect(appendAlias('', 'ISIL', 'Islamic State')).toMatch(/^# .*\nISIL = Islamic State\n$/s);
  });

  it('taught aliases apply both ways, like learned ones', () => {
    const book = new AliasBook();
    book.add(
      'aliases.txt',
      'global',
      parseAliasFile('ISIS = Islamic State\n').aliases.map((a) => a.alias),
    );
    expect(book.expand(['isi', 'attack'], ['global']).expansions.map((e) => e.term)).toEqual([
      'islam',
      'state',
    ]);
    expect(book.expand(['islam', 'state', 'attack'], ['global']).expansions).toEqual([
      { term: 'isi', boost: 1 },
    ]);
  });
});

describe('front matter aliases', () => {
  const md = (front: string) => `---\ntitle: Notes\n${front}\n---\n\n# Notes\n\nSome text to cite.\n`;

  it('a list of "NAME = meaning" strings, with the line each is on', () => {
    const extracted = extractMarkdown(md('aliases:\n  - ISIS = Islamic State\n  - Daesh: Islamic State'));
    expect(extracted.aliasLines).toEqual([
      { line: 4, text: 'ISIS = Islamic State' },
      { line: 5, text: 'Daesh = Islamic State' },
    ]);
    expect(readAliasLines(extracted.aliasLines!).aliases.map((a) => a.alias.acronym)).toEqual([
      'isi',
      'daesh',
    ]);
  });

  it('a map NAME: meaning; entries of another shape are problems, the file still loads', () => {
    const extracted = extractMarkdown(md('aliases:\n  ISIL: Islamic State\n  Daesh: [a, b]\n  ISIS:'));
    expect(extracted.title).toBe('Notes');
    const { aliases, problems } = readAliasLines(extracted.aliasLines!);
    expect(aliases.map((a) => a.name)).toEqual(['ISIL']);
    expect(problems).toEqual([
      { line: 5, reason: expect.stringMatching(/must be a list/) },
      { line: 6, reason: expect.stringMatching(/needs a meaning/) },
    ]);
    expect(extractMarkdown(md('aliases: 3')).aliasLines).toEqual([{ line: 3, text: '3' }]);
    expect(extractMarkdown(md('author: Me')).aliasLines).toBeUndefined();
  });
});
