import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { CorpusError } from '../../src/engine-api.js';
import { copySeeds, folderContents, SEED_A, useTempDirs } from './fixtures.js';

const MAX_FILE_BYTES = 16 * 1024;

describe('bad questions', () => {
  const tempDir = useTempDirs('citebot-bad-q-', 'file');
  let engine: Engine;

  beforeAll(async () => {
    const dir = path.join(await tempDir(), 'corpus');
    await copySeeds(dir);
    engine = await Engine.open({ corpusDir: dir, maxQuestionChars: 500 });
  });

  const cases: Array<[string, string, RegExp]> = [
    ['empty', '', /empty/],
    ['whitespace', ' \t\n  \u00a0 ', /empty/],
    ['10,000 characters', 'Islamabad?'.repeat(1_000), /10000 characters long; please keep it under 500/],
    ['only emoji', '🙂🔥👍🏽 🇵🇰', /no words/],
    ['only punctuation', '?!?... ¿¡ — ;:', /no words/],
    ['only stop words', 'what is the', /only has very common words/],
    ['only stop words, capitalised', 'What is the?', /only has very common words/],
    ['zero-width characters', '\u200b\u200c\u200d\ufeff\u2060', /no words/],
    ['RTL override', '\u202e\u202d\u202c\u200f', /no words/],
    ['@everyone', '@everyone', /mentions/],
    ['@here and @everyone', '@here @everyone', /mentions/],
    ['a user mention', '<@123456789012345678>', /mentions/],
  ];

  it.each(cases)(
    '%s: no_answer, reason "invalid" with a clear message, never a throw',
    (_name, question, message) => {
      const answer = engine.ask(question);
      expect(answer.status).toBe('no_answer');
      expect(answer.reason?.code).toBe('invalid');
      expect(answer.reason?.message).toMatch(message);
      expect(answer.reason!.message.length).toBeLessThan(200);
      expect(answer.excerpt).toBeNull();
      expect(answer.citations).toEqual([]);
      expect(answer.question).toBe(question);
      expect(engine.search(question)).toEqual([]);
      expect(() => engine.suggest(question)).not.toThrow();
      expect(engine.pickExcerpt(question, engine.getPassage(`${SEED_A}#1`)!)).toBeNull();
    },
  );

  it('a mention does not become a search word: "@everyone" plus a question answers the question', () => {
    const answer = engine.ask('@everyone how many attacks did ISKP claim?');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('90 claimed attacks');
  });

  it('a question just under the length limit is accepted', () => {
    const question = `How many attacks did ISKP claim? ${'x'.repeat(400)}`;
    expect(engine.ask(question).reason?.code).not.toBe('invalid');
  });
});

describe('bad uploads', () => {
  const tempDir = useTempDirs('citebot-bad-up-');

  const utf8 = (text: string) => new TextEncoder().encode(text);
  const PNG = new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
  ]);
  const GOOD_TEXT = utf8('A perfectly fine article about the harbour and its ships, long enough to cite.\n');

  const uploads: Array<[string, string, Uint8Array, RegExp]> = [
    [
      'a binary renamed .txt',
      'program.txt',
      new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]),
      /ELF/,
    ],
    [
      'binary noise renamed .txt',
      'noise.txt',
      Uint8Array.from({ length: 512 }, (_, i) => (i * 131) % 256),
      /binary/,
    ],
    ['PNG bytes named .txt', 'photo.txt', PNG, /PNG image/],
    ['a PNG file', 'photo.png', PNG, /unsupported file type \.png/],
    [
      'invalid UTF-8',
      'latin1.txt',
      new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]),
      /not valid UTF-8/,
    ],
    ['an empty file', 'empty.txt', new Uint8Array(), /empty/],
    ['only whitespace', 'blank.txt', utf8(' \n\n\t \n'), /no text/],
    ['an oversize file', 'big.txt', utf8('word '.repeat(MAX_FILE_BYTES)), /too large .*limit is 16 KB/],
    ['a path escaping the corpus', '../../etc/passwd', utf8('root:x:0:0:root:/root:/bin/bash\n'), /folders/],
    ['a path escaping the corpus, .txt', '../../etc/passwd.txt', GOOD_TEXT, /folders/],
    ['dot-dot in the name', '..secret.txt', GOOD_TEXT, /'\.\.'/],
    ['a Windows device name', 'CON.txt', GOOD_TEXT, /CON is a reserved file name/],
    ['a Windows device name, lower case', 'nul.md', GOOD_TEXT, /reserved file name/],
    ['a hidden file', '.env.txt', GOOD_TEXT, /must not start with a dot/],
    ['no extension', 'README', GOOD_TEXT, /no extension/],
    ['the name of a file already there', SEED_A, GOOD_TEXT, /already in the corpus/],
    [
      'front matter with a code tag',
      'tagged.md',
      utf8('---\ntitle: !!js/function "function () { return process.exit(1) }"\n---\n\nBody text.\n'),
      /front matter is not valid YAML/,
    ],
    [
      'front matter alias bomb',
      'bomb.md',
      utf8(
        '---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n' +
          'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n---\n\nBody text.\n',
      ),
      /front matter is not valid YAML/,
    ],
    ['front matter that is a list', 'list.md', utf8('---\n- one\n- two\n---\n\nBody text.\n'), /key: value/],
    ['unclosed front matter', 'open.md', utf8('---\ntitle: Hello\nBody text.\n'), /no closing ---/],
  ];

  it.each(uploads)(
    'refuses %s with a CorpusError and leaves folder and index unchanged',
    async (_name, name, bytes, reason) => {
      const dir = path.join(await tempDir(), 'corpus');
      await copySeeds(dir);
      const engine = await Engine.open({ corpusDir: dir, maxFileBytes: MAX_FILE_BYTES });
      const folderBefore = await folderContents(dir);
      const statsBefore = engine.stats();
      const answerBefore = engine.ask('How many attacks did ISKP claim?');
      const searchBefore = engine.search('Shah Noorani shrine');

      const error = await engine.addFile(name, bytes).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(CorpusError);
      expect((error as CorpusError).message).toMatch(reason);

      expect(await folderContents(dir)).toEqual(folderBefore);
      expect(engine.stats()).toEqual(statsBefore);
      expect(engine.ask('How many attacks did ISKP claim?')).toEqual(answerBefore);
      expect(engine.search('Shah Noorani shrine')).toEqual(searchBefore);
      // Nothing was written outside the corpus folder either.
      expect(Object.keys(await folderContents(path.dirname(dir)))).toEqual(
        Object.keys(folderBefore).map((file) => `corpus/${file}`),
      );
      await engine.close();
    },
  );

  it('refuses removing what is not there, or a path outside the corpus', async () => {
    const dir = path.join(await tempDir(), 'corpus');
    await copySeeds(dir);
    const engine = await Engine.open({ corpusDir: dir });
    const before = await folderContents(dir);
    await expect(engine.removeFile('missing.txt')).rejects.toBeInstanceOf(CorpusError);
    await expect(engine.removeFile('../../etc/passwd')).rejects.toThrow(/no file named/);
    await expect(engine.removeFile('../corpus/000_7fad598d500c70a1.txt')).rejects.toBeInstanceOf(CorpusError);
    expect(await folderContents(dir)).toEqual(before);
    expect(engine.stats().articles).toBe(2);
  });

  it('removes a file dropped into the folder under a name an upload could not have', async () => {
    const dir = path.join(await tempDir(), 'corpus');
    await copySeeds(dir);
    const name = 'notes ünïcode 🦙.txt';
    await writeFile(path.join(dir, name), 'Llamas hum to their young.\n');
    const engine = await Engine.open({ corpusDir: dir, indexPath: '' });
    expect(engine.listArticles().map((article) => article.file)).toContain(name);
    // An upload could not be called this; a guild-scoped name is still looked up in that server's folder only.
    await expect(engine.removeFile(name, { guildId: '123456789012345678' })).rejects.toBeInstanceOf(
      CorpusError,
    );
    await engine.removeFile(name);
    expect(engine.listArticles().map((article) => article.file)).not.toContain(name);
    expect(Object.keys(await folderContents(dir))).not.toContain(name);
    await engine.close();
  });
});
