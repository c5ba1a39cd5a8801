import { describe, expect, it } from 'vitest';
import { isPassageIdOf, passageNumberOf } from '../../src/corpus/passage-id.js';
import type { Article } from '../../src/corpus/types.js';
import { Engine } from '../../src/engine.js';

describe('passage ids <file>#<n>', () => {
  it('are read without making strings, and only in that exact form', () => {
    expect(isPassageIdOf('notes/a#b.md#12', 'notes/a#b.md', 12)).toBe(true);
    for (const [id, file, n] of [
      ['notes/a.md#12', 'notes/a.md', 1],
      ['notes/a.md#012', 'notes/a.md', 12],
      ['notes/a.md12', 'notes/a.md', 12],
      ['notes/b.md#1', 'notes/a.md', 1],
      ['notes/a.md#', 'notes/a.md', 0],
    ] as const) {
      expect(isPassageIdOf(id, file, n)).toBe(false);
    }
    expect(passageNumberOf('a#b.md#7')).toEqual({ hash: 6, n: 7 });
    for (const id of ['a.md', 'a.md#', 'a.md#0', 'a.md#x1', 'a.md#-1']) expect(passageNumberOf(id)).toBeUndefined();
  });

  it('find the passage through its article, and passages of other ids through a table', () => {
    const passage = (file: string, id: string, index: number, text: string) => ({
      id,
      file,
      scope: 'global',
      index,
      total: 2,
      title: 'Harbour',
      text,
    });
    const articles: Article[] = [
      {
        file: 'harbour.md',
        scope: 'global',
        hash: 'h1',
        title: 'Harbour',
        passages: [
          passage('harbour.md', 'harbour.md#1', 1, 'The quay was rebuilt in 1911.'),
          passage('harbour.md', 'harbour.md#2', 2, 'Grain ships come in at high tide.'),
        ],
      },
      {
        file: 'odd.md',
        scope: 'global',
        hash: 'h2',
        title: 'Odd',
        passages: [passage('odd.md', 'odd.md#2', 1, 'Numbered out of step.'), passage('odd.md', 'p-x', 2, 'No number.')],
      },
    ];
    const engine = Engine.fromArticles(articles);
    expect(engine.getPassage('harbour.md#2')?.text).toBe('Grain ships come in at high tide.');
    expect(engine.getPassage('odd.md#2')?.text).toBe('Numbered out of step.');
    expect(engine.getPassage('p-x')?.text).toBe('No number.');
    expect(engine.getPassage('odd.md#1')).toBeUndefined();
    expect(engine.getPassage('harbour.md#3')).toBeUndefined();
    expect(engine.stats().passages).toBe(4);
  });
});
