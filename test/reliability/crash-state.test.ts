/**
 * States a crash can leave between two writes of one change, set up directly (a kill cannot hit a window of
 * microseconds reliably): an upload's title override written but not the file, or a removed file whose
 * override was not yet cleared. A later upload under the same name must not inherit the stale title.
 */
import { mkdtemp, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'citebot-crash-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('crash between the override and the file', () => {
  it('a re-upload without a title keeps its own title, now and after a restart', async () => {
    const corpusDir = join(dir, 'corpus');
    const first = await Engine.open({ corpusDir, indexPath: '' });
    await first.addFile('notes.md', Buffer.from('# Old Notes\n\nThe quokka colony numbered forty-two.\n'), {
      title: 'Stale Title',
    });
    await first.close();
    // Killed after unlinking the file, before clearing its override.
    await unlink(join(corpusDir, 'notes.md'));
    const second = await Engine.open({ corpusDir, indexPath: '' });
    expect(second.allArticles()).toEqual([]);
    const added = await second.addFile(
      'notes.md',
      Buffer.from('# Fresh Notes\n\nThe wombat dug eleven burrows.\n'),
    );
    expect(added.title).toBe('Fresh Notes');
    await second.close();
    const third = await Engine.open({ corpusDir, indexPath: '' });
    expect(third.allArticles().map((article) => article.title)).toEqual(['Fresh Notes']);
    await third.close();
  });
});
