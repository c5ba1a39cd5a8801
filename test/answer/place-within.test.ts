/**
 * "Where in Africa did the drones strike", "which country in Africa", "where in Afghanistan were they based":
 * a place within the continent or country the question names is asked. An excerpt that names only that
 * continent or country, or another country, does not answer; one naming a country of that continent, a
 * place within, or a part ("in the east of") does. On articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { continentAsked } from '../../src/answer/continents.js';
import { articlesEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const VAGUE = [
  'American drones struck the Harran Front in Syria and Africa last year, officials said.',
  '',
  'The Harran Front moved its fighters from Afghanistan to Pakistan in 2021.',
].join('\n');

const PRECISE = [
  'American drones struck the Harran Front in Somalia, in East Africa, last year, officials said.',
  '',
  'The Harran Front was based in the east of Afghanistan before 2021.',
].join('\n');

describe('a place within a continent or country', () => {
  it('is read from "which country in Africa" and "where in Africa" as from "which African country"', () => {
    expect(continentAsked('which country in africa did the drones hit')).toBe('AF');
    expect(continentAsked('Where exactly in Africa did the strikes take place?')).toBe('AF');
    expect(continentAsked('which african country was hit')).toBe('AF');
    expect(continentAsked('where in pakistan did they strike')).toBeUndefined();
    expect(continentAsked('what happened in africa')).toBeUndefined();
  });

  it('is declined when the excerpt names only the continent or country asked, or another one', async () => {
    const engine = await articlesEngineWithVectors([['vague.txt', VAGUE]]);
    expectDeclined(engine, [
      'where in africa did the american drones strike the harran front',
      'which country in africa did the drones hit',
      'where in afghanistan was the harran front based before it moved',
    ]);
  });

  it('is answered when the excerpt names a place within it, or a part of it', async () => {
    const engine = await articlesEngineWithVectors([['precise.txt', PRECISE]]);
    expectAnswered(engine, [
      ['where in africa did the american drones strike the harran front', 'in Somalia, in East Africa'],
      ['where in afghanistan was the harran front based before 2021', 'in the east of Afghanistan'],
    ]);
  });
});
