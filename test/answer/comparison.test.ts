/** "Is X deadlier than Y", "which was worse": only an excerpt that compares answers a comparison. */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Two storms',
  '',
  'Storm Ada and Storm Bram both reached the coast in October. The harbour towns were flooded twice that month.',
  '',
  'Storm Ada brought stronger winds than Storm Bram, and more rain fell in its first night than in the whole week after.',
  '',
  'Fishermen in Port Elm lost their boats to Storm Bram.',
].join('\n');

describe('whether some worked together', () => {
  it('is answered only by an excerpt that says they did', async () => {
    const { engine } = await articleEngineWithVectors(
      'storms.md',
      [
        '# Two storms',
        '',
        'The harbour towns were flooded in October, at the same time as Port Elm held its autumn fair.',
        '',
        'The coast guard worked with fishermen from Port Elm to rescue the families on the islands.',
      ].join('\n'),
    );
    for (const question of [
      'did the harbour towns help port elm with the fair',
      'DID THE HARBOUR TOWNS COORDINATE WITH PORT ELM',
    ])
      expect(engine.ask(question).status, question).toBe('no_answer');
    expect(engine.ask('did the coast guard work with the fishermen').excerpt).toContain(
      'worked with fishermen',
    );
  });

  it('is not asked when a trend "helps": it helps by being there to use', async () => {
    const { engine } = await articleEngineWithVectors(
      'gang.md',
      '# The gang\n\nThe gang has capitalized on the town’s troubles, including the rise of rival smugglers and the breakdown of the harbour truce.\n',
    );
    const answer = engine.ask('did the rise of rival smugglers help the gang');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('including the rise of rival smugglers');
    expect(engine.ask('did the rival smugglers help the gang').status).toBe('no_answer');
  });
});

describe('comparison questions', () => {
  it('answers with the sentence that compares', async () => {
    const { engine } = await articleEngineWithVectors('storms.md', ARTICLE);
    const answer = engine.ask('was storm ada stronger than storm bram');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('stronger winds than Storm Bram');
  });

  it('declines when the articles name both but compare them in nothing asked', async () => {
    const { engine } = await articleEngineWithVectors('storms.md', ARTICLE);
    for (const question of [
      'were the fishermen of port elm richer than the harbour towns',
      'WERE THE FISHERMEN OF PORT ELM RICHER THAN THE HARBOUR TOWNS',
      'which was wetter, the harbour towns or port elm',
      'did the fishermen of port elm lose more boats than the harbour towns',
    ])
      expect(engine.ask(question).status, question).toBe('no_answer');
  });
});
