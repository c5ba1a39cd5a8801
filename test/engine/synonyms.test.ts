/**
 * The engine loads the WordNet synonyms with the word vectors and offers them to the answer stages through
 * `Relatedness.synonyms` (an empty array when none). `Engine.open` loads the file test/global-setup.ts
 * built beside the default vectors; `fromArticles` and `open` take a table as the `synonyms` option.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Relatedness } from '../../src/answer/relatedness.js';
import { Engine } from '../../src/engine.js';
import { termOf } from '../../src/search/analyzer.js';
import { Synonyms } from '../../src/search/synonyms/synonyms.js';
import { WordVectors } from '../../src/search/vectors/word-vectors.js';
import { captureLogger, useTempDirs } from './fixtures.js';

const tempDir = useTempDirs();
const t = (word: string): string => termOf(word)!;

/** What the answer stages are given (the engine keeps it private). */
const relatednessOf = (engine: Engine): Relatedness | undefined => engine['relatedness'];

const tinyVectors = () => WordVectors.fromTable({ hurt: [1, 0, 0], wound: [0, 1, 0] });

describe('engine synonyms', () => {
  it('Engine.open loads them beside the vectors and offers them through relatedness', async () => {
    const engine = await Engine.open({ corpusDir: await tempDir(), indexPath: '' });
    const relatedness = relatednessOf(engine)!;
    expect(relatedness.synonyms(t('hurt'))).toEqual(expect.arrayContaining([t('wound'), t('injury')]));
    expect(relatedness.synonyms(t('died'))).toContain(t('perish'));
    expect(relatedness.synonyms('iskp')).toEqual([]);
    await engine.close();
  });

  it('takes a table as an option, and has none without one or without a vectors path', async () => {
    const synonyms = Synonyms.fromTable({ [t('hurt')]: [t('wound')] });
    const termVectors = tinyVectors();
    const withTable = Engine.fromArticles([], { termVectors, synonyms });
    expect(relatednessOf(withTable)!.synonyms(t('hurt'))).toEqual([t('wound')]);
    expect(relatednessOf(withTable)!.synonyms(t('wound'))).toEqual([]);
    expect(relatednessOf(Engine.fromArticles([], { termVectors }))!.synonyms(t('hurt'))).toEqual([]);

    const opened = await Engine.open({ corpusDir: await tempDir(), indexPath: '', termVectors, synonyms });
    expect(relatednessOf(opened)!.synonyms(t('hurt'))).toEqual([t('wound')]);
    await opened.close();
    // vectorsPath '' means neither vectors nor synonyms are looked for.
    const bare = await Engine.open({
      corpusDir: await tempDir(),
      indexPath: '',
      vectorsPath: '',
      termVectors,
    });
    expect(relatednessOf(bare)!.synonyms(t('hurt'))).toEqual([]);
    await bare.close();
  });

  it('opens without synonyms when WordNet cannot be had, and says so once', async () => {
    const dir = await tempDir();
    const { logger, messages } = captureLogger();
    // A vectors path whose synonym file is a folder: it can be neither read nor replaced.
    const vectorsPath = path.join(dir, 'state', 'vectors.bin');
    await mkdir(`${vectorsPath}.synonyms`, { recursive: true });
    const engine = await Engine.open({
      corpusDir: path.join(dir, 'corpus'),
      indexPath: '',
      vectorsPath,
      termVectors: tinyVectors(),
      logger,
    });
    expect(messages().filter((m) => m.includes('synonyms unavailable'))).toHaveLength(1);
    expect(relatednessOf(engine)!.synonyms(t('hurt'))).toEqual([]);
    await engine.close();
  });
});
