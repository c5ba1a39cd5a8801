/**
 * The chat-style dev sets in the repository (test/answer/*-six-set.ts beside their articles in *-six/), and an
 * engine over a copy of a set's articles: what `npm run dev-sets` and `npm run sweep-settings` both ask.
 */
import { cp, mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine } from '../src/engine.js';
import type { ChatQuestion } from '../test/answer/chat-set.js';

export const ANSWER_TESTS = fileURLToPath(new URL('../test/answer/', import.meta.url));
/** The bundled corpus, which the seed chat set asks about. */
export const CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));

export interface SixSet {
  name: string;
  dir: string;
  questions: readonly ChatQuestion[];
}

/** The *-six sets, in the order of their folders' names ("eighth-six" ... "twelfth-six"). */
export async function sixSets(): Promise<SixSet[]> {
  const files = (await readdir(ANSWER_TESTS)).filter((file) => file.endsWith('-six-set.ts'));
  return Promise.all(
    files.map(async (file) => {
      const name = file.replace('-six-set.ts', '');
      const module = (await import(path.join(ANSWER_TESTS, file))) as Record<string, readonly ChatQuestion[]>;
      return {
        name,
        dir: path.join(ANSWER_TESTS, `${name}-six`),
        // "twenty-first" exports TWENTY_FIRST_SIX_SET.
        questions: module[`${name.toUpperCase().replace(/-/g, '_')}_SIX_SET`]!,
      };
    }),
  );
}

/** An engine over a temp copy of the folder: opening a corpus folder may write its index beside it. */
export async function engineOver(dir: string): Promise<Engine> {
  const copy = path.join(await mkdtemp(path.join(os.tmpdir(), 'citebot-dev-sets-')), 'corpus');
  await cp(dir, copy, { recursive: true });
  return Engine.open({ corpusDir: copy });
}
