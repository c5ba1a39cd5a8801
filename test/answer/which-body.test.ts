/**
 * "Which intelligence agency made the deals": a body asked for by its kind, answered only by its name. An
 * excerpt that names no one the question does not says there was one, not which.
 */
import { describe, expect, it } from 'vitest';
import { articlesEngineWithVectors } from './article-engine.js';

const ARTICLES = [
  [
    'talks.md',
    "# Talks that failed\n\nPast attempts by Karvia's intelligence to strike deals with the NLF have failed.\n",
  ],
  [
    'arrests.md',
    '# Arrests\n\nThe Karvian Bureau of Investigation, the police agency, arrested two NLF couriers in May.\n',
  ],
] as const;

describe('a body asked for by its kind', () => {
  it('is not answered by an excerpt that names no one new', async () => {
    const engine = await articlesEngineWithVectors(ARTICLES);
    expect(engine.ask('which karvian intelligence agency tried to strike deals with the NLF').status).toBe(
      'no_answer',
    );
  });

  it('is answered by its name', async () => {
    const engine = await articlesEngineWithVectors(ARTICLES);
    expect(engine.ask('which police agency arrested the NLF couriers').excerpt).toContain(
      'The Karvian Bureau of Investigation',
    );
  });
});
