import type { Article } from '../../src/corpus/types.js';

/** An in-memory article (global scope), one passage per text: for engine tests that need no files. */
export function article(file: string, title: string, texts: string[]): Article {
  return {
    file,
    title,
    scope: 'global',
    hash: '',
    passages: texts.map((text, i) => ({
      id: `${file}#${i + 1}`,
      file,
      scope: 'global',
      index: i + 1,
      total: texts.length,
      title,
      text,
    })),
  };
}
