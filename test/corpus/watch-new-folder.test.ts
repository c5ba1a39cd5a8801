/**
 * A file written into a folder made while the watcher runs is reported, however soon after the folder: an
 * admin may copy a whole new server folder (corpus/guilds/<id>/) into the corpus while the bot runs.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startWatcher } from '../../src/corpus/watch.js';
import { useTempDirs, waitFor } from '../engine/fixtures.js';

describe('the corpus watcher and new folders', () => {
  const tempDir = useTempDirs('citebot-watch-', 'file');

  it('reports every file of folders made after it started, written at once', async () => {
    const dir = await tempDir();
    const seen = new Set<string>();
    let ready!: () => void;
    const scanned = new Promise<void>((resolve) => (ready = resolve));
    const stop = startWatcher(dir, (file) => seen.add(file), ready);
    try {
      await scanned;
      const expected: string[] = [];
      for (let guild = 0; guild < 8; guild++) {
        const folder = path.join(dir, 'guilds', `10000000000000000${guild}`, 'notes');
        await mkdir(folder, { recursive: true });
        for (let n = 0; n < 3; n++) {
          await writeFile(path.join(folder, `n${n}.txt`), `Note ${guild}-${n}\n\nSome text.\n`);
          expected.push(`guilds/10000000000000000${guild}/notes/n${n}.txt`);
        }
      }
      await waitFor(() => expected.every((file) => seen.has(file)) || undefined, 10_000).catch(() => {});
      expect(expected.filter((file) => !seen.has(file))).toEqual([]);
    } finally {
      await stop();
    }
  });
});
