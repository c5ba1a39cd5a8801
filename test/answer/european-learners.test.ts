/**
 * English as learners from German, Dutch and French write it ("since when makes the KLF attacks", "what means
 * KLF", "the long name", "how many became wounded"), and claims checked against one alternative the articles
 * never name ("reuters or was it afp", "in Varna right, not Sofia?"). On an article written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { writeOutShorthand } from '../../src/answer/shorthand.js';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const RIOT = [
  '# Riot at the Varna docks',
  '',
  'The Kessel Liberation Front (KLF) has conducted attacks on the docks since 2016.',
  '',
  'The riot killed at least 12 dock workers and wounded more than 40.',
  '',
  'The riot in Varna was the largest in a decade, police said.',
  '',
  'The front emerged from a dockers’ union that was banned in 2009.',
  '',
  '“Everyone was running,” Petar Ivanov, 31, a crane driver, told the AFP News Agency.',
].join('\n');

describe('learners of English from German, Dutch and French', () => {
  it('are read as the question the article answers', async () => {
    const { engine } = await articleEngineWithVectors('riot.md', RIOT);
    expectAnswered(engine, [
      ['since when makes the KLF attacks on the docks', 'since 2016'],
      ['what means KLF', 'Kessel Liberation Front'],
      ['KLF = ? what is the long name', 'Kessel Liberation Front'],
      ['and how many became wounded in the riot?', 'wounded more than 40'],
      ['genau, and from which group is the front coming originally', 'emerged from a dockers’ union'],
      ['from which group did the front come?', 'emerged from a dockers’ union'],
    ]);
  });

  it('writes them out', () => {
    const plain = (text: string) => writeOutShorthand(text).replace(/\s+/g, ' ').trim();
    expect(plain('what means KLF')).toBe('what does KLF mean');
    expect(plain('the long name of KLF')).toBe('the full name of KLF');
    expect(plain('how many became wounded')).toBe('how many were wounded');
    expect(plain('nou, from which group did the KLF come')).toBe(', the KLF emerged from which group');
    // "Became" before other words keeps its sense.
    expect(plain('how many became members')).toBe('how many became members');
  });
});

describe('a claim checked against an alternative the article never names', () => {
  it('is answered by the alternative it names', async () => {
    const { engine } = await articleEngineWithVectors('riot.md', RIOT);
    expectAnswered(engine, [
      ['did petar talk to reuters or was it afp', 'told the AFP News Agency'],
      ['wait the riot was in varna right, not sofia?', 'Varna'],
      ['the riot was in varna, not burgas?', 'Varna'],
    ]);
  });

  it('is declined when the article names neither', async () => {
    const { engine } = await articleEngineWithVectors('riot.md', RIOT);
    expectDeclined(engine, [
      'did petar talk to reuters or was it the bbc',
      'was the riot in sofia, not burgas?',
    ]);
  });
});
