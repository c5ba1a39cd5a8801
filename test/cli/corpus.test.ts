import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySeeds, folderContents, SEED_A, SEED_B, useTempDirs, writeFiles } from '../engine/fixtures.js';
import { cliEnv, launched, run } from './run.js';

const NOTES = `Harbour notes

The Saltmarsh harbour dredged its channel to a depth of 9 metres in 2019, so that the grain ships could come alongside the quay at any state of the tide.
`;

describe.concurrent('corpus CLI', () => {
  const tempDir = useTempDirs('citebot-cli-corpus-', 'file');

  async function setup() {
    const dir = await tempDir();
    const corpusDir = path.join(dir, 'corpus');
    await copySeeds(corpusDir);
    const env = cliEnv(corpusDir, path.join(dir, 'state', 'index.json'));
    const corpus = (...args: string[]) => run(...launched('src/cli/corpus.ts', ...args), { env });
    return { dir, corpusDir, corpus };
  }

  it('check: exits 1 and names each bad file with its reason', async () => {
    const { corpusDir, corpus } = await setup();
    await writeFiles(corpusDir, { 'guilds/123456789012345678/empty.md': '' });
    await writeFile(
      path.join(corpusDir, 'scan.txt'),
      Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34]),
    );

    const result = await corpus('check');
    expect(result.code, result.stderr).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toContain('scan.txt\tSKIPPED: the file looks like a PDF document, not text');
    expect(lines).toContain('guilds/123456789012345678/empty.md\tSKIPPED: the file is empty');
    expect(lines.some((line) => line.startsWith(`${SEED_A}\t6 passages\t`))).toBe(true);
    expect(lines.at(-1)).toBe('2 articles, 14 passages, 2 skipped');
  });

  it('check: exits 0 on a good corpus', async () => {
    const { corpus } = await setup();
    const result = await corpus('check', '--json');
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { articles: Array<{ file: string }>; skipped: unknown[] };
    expect(report.articles.map((a) => a.file)).toEqual([SEED_A, SEED_B]);
    expect(report.skipped).toEqual([]);
  });

  it('add FILE --title T, list, remove NAME: a round trip through the corpus folder', async () => {
    const { dir, corpusDir, corpus } = await setup();
    const source = path.join(dir, 'harbour-notes.txt');
    await writeFile(source, NOTES);

    const added = await corpus('add', source, '--title', 'The Saltmarsh harbour');
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout.trim()).toBe('Added harbour-notes.txt: "The Saltmarsh harbour", 1 passage.');
    expect(await readFile(path.join(corpusDir, 'harbour-notes.txt'), 'utf8')).toBe(NOTES);

    const listed = await corpus('list', '--json');
    expect(listed.code, listed.stderr).toBe(0);
    const { articles } = JSON.parse(listed.stdout) as {
      articles: Array<{ file: string; title: string; passages: number }>;
    };
    expect(articles.map((a) => a.file)).toEqual([SEED_A, SEED_B, 'harbour-notes.txt']);
    // The title given at upload wins over the one in the file, and survives a restart (it is a new process).
    expect(articles.find((a) => a.file === 'harbour-notes.txt')).toMatchObject({
      title: 'The Saltmarsh harbour',
      passages: 1,
    });

    const removed = await corpus('remove', 'harbour-notes.txt');
    expect(removed.code, removed.stderr).toBe(0);
    expect(removed.stdout.trim()).toBe('Removed harbour-notes.txt.');
    const left = Object.keys(await folderContents(corpusDir)).filter((file) => !file.startsWith('.'));
    expect(left).toEqual([SEED_A, SEED_B]);
  });

  it('add refuses a bad file and remove an unknown name: exit 1, the reason on stderr, the folder unchanged', async () => {
    const { dir, corpusDir, corpus } = await setup();
    const before = await folderContents(corpusDir);
    const bad = path.join(dir, 'photo.txt');
    await writeFile(bad, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    // A device or a folder is refused before anything is read (reading /dev/zero would never end).
    const [added, removed, device, folder] = await Promise.all([
      corpus('add', bad),
      corpus('remove', 'nothing-here.txt'),
      corpus('add', '/dev/zero'),
      corpus('add', dir),
    ]);
    expect(added.code).toBe(1);
    expect(added.stderr).toContain('the file looks like a PNG image, not text');
    expect(added.stdout).toBe('');
    for (const refused of [device, folder]) {
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('it is not a regular file (a folder, pipe or device)');
    }
    expect(removed.code).toBe(1);
    expect(removed.stderr).toContain('There is no file named "nothing-here.txt" in this corpus.');
    // One file at a time: a second name is refused, not ignored.
    const two = await corpus('remove', 'nothing-here.txt', 'other.txt');
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('remove takes one file at a time (got 2: nothing-here.txt, other.txt)');
    expect(await folderContents(corpusDir)).toEqual(before);
  });

  it('add --url: the check Discord uploads get; a bad url is one line, exit 2, nothing written', async () => {
    const { dir, corpusDir, corpus } = await setup();
    const before = await folderContents(corpusDir);
    const source = path.join(dir, 'harbour-notes.txt');
    await writeFile(source, NOTES);
    for (const bad of ['javascript:alert(1)', 'https://user:pw@example.org/notes', 'example.org/notes']) {
      const refused = await corpus('add', '--url', bad, source);
      expect(refused.code, refused.stderr).toBe(2);
      expect(refused.stderr.trimEnd().split('\n')).toEqual([
        `--url must be a web address starting with http:// or https:// (not "${bad}"). See --help.`,
      ]);
      expect(refused.stdout).toBe('');
    }
    expect(await folderContents(corpusDir)).toEqual(before);

    // A good one is kept, and is still there in the next process (read back from the overrides file).
    const added = await corpus('add', source, '--url', 'https://example.org/notes');
    expect(added.code, added.stderr).toBe(0);
    const listed = await corpus('list', '--json');
    const { articles } = JSON.parse(listed.stdout) as {
      articles: Array<{ file: string; url: string | null }>;
    };
    expect(articles.find((a) => a.file === 'harbour-notes.txt')?.url).toBe('https://example.org/notes');

    // list --guild: what that server sees, the global files and its own, not another server's.
    await writeFiles(corpusDir, {
      'guilds/123456789012345678/rules.md': '# Rules\n\nBe kind to each other.\n',
    });
    const filesOf = async (...args: string[]) =>
      (
        JSON.parse((await corpus('list', '--json', ...args)).stdout) as { articles: Array<{ file: string }> }
      ).articles.map((a) => a.file);
    const [own, other] = await Promise.all([
      filesOf('--guild', '123456789012345678'),
      filesOf('--guild', '999999999999999999'),
    ]);
    expect(own).toContain('guilds/123456789012345678/rules.md');
    expect(own).toContain('harbour-notes.txt');
    expect(other).not.toContain('guilds/123456789012345678/rules.md');
    expect(other).toContain('harbour-notes.txt');
  }, 90_000);

  it('remove NAME removes a file check reports as skipped; add --replace replaces an article in place', async () => {
    const { dir, corpusDir, corpus } = await setup();
    await writeFiles(corpusDir, { 'guilds/123456789012345678/empty.md': '' });
    await writeFile(path.join(corpusDir, 'scan.txt'), Buffer.from('%PDF-1.4\n'));
    const [pdf, empty] = await Promise.all([
      corpus('remove', 'scan.txt'),
      corpus('remove', 'empty.md', '--guild', '123456789012345678'),
    ]);
    expect(pdf.code, pdf.stderr).toBe(0);
    expect(pdf.stdout.trim()).toBe('Removed scan.txt.');
    expect(empty.code, empty.stderr).toBe(0);
    expect(empty.stdout.trim()).toBe('Removed guilds/123456789012345678/empty.md.');
    const checked = await corpus('check');
    expect(checked.code, checked.stdout).toBe(0);

    const source = path.join(dir, 'harbour-notes.txt');
    await writeFile(source, NOTES);
    expect((await corpus('add', source)).code).toBe(0);
    await writeFile(source, NOTES.replace('9 metres', '11 metres'));
    const again = await corpus('add', source);
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toBe(
      `Cannot add ${source}: A file named "harbour-notes.txt" is already in the corpus. Remove it first, or use --replace.`,
    );
    const replaced = await corpus('add', source, '--replace');
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(replaced.stdout.trim()).toBe('Replaced harbour-notes.txt: "Harbour notes", 1 passage.');
    expect(await readFile(path.join(corpusDir, 'harbour-notes.txt'), 'utf8')).toContain('11 metres');
  }, 90_000); // six processes one after another, beside the other tests' processes
});
