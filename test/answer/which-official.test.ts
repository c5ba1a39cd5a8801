/**
 * "Which official said ...": which person, that only a name tells apart. "Officials suggest ..." names none,
 * and a body's name beside it ("the Harbour Workers Front") is no official's.
 */
import { expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Harbour strike',
  '',
  'The strike coincided with a march by the Harbour Workers Front, drawing the police to the square. Officials suggest the union seized this moment to walk out.',
  '',
  'Port spokesman Ana Silva said the strike would cost the port a week of trade.',
].join('\n');

it('declines which official said it when the officials are never named', async () => {
  const { engine } = await articleEngineWithVectors('strike.md', ARTICLE);
  expect(engine.ask('which official said the union seized the moment').status).toBe('no_answer');
  expect(engine.ask('which officials said the union used the moment to walk out').status).toBe('no_answer');
});

it('still answers what the officials said, and which spokesman said what a named one said', async () => {
  const { engine } = await articleEngineWithVectors('strike.md', ARTICLE);
  expect(engine.ask('what do officials say the union seized').excerpt).toContain('seized this moment');
  const named = engine.ask('which spokesman said the strike would cost the port trade');
  expect(named.status).toBe('answered');
  expect(named.excerpt).toContain('Ana Silva');
});
