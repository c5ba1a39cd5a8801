/**
 * "Did Karvia retaliate", "how did the mayor react": someone's answer to an event is asked. A name that only
 * owns something in the excerpt ("Karvia's improving trade") did nothing in answer to it. On an
 * article written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const HARBOUR = [
  '# Smugglers and the sea',
  '',
  'Karvia’s improving trade with its neighbours, coupled with new customs patrols, appear to have angered the smugglers.',
  '',
  'The raid on the harbour was claimed by a local gang. The mayor condemned the raid the next morning.',
].join('\n');

describe('a reaction asked', () => {
  it('is not answered by a sentence where the name only owns something', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', HARBOUR);
    for (const question of [
      'how did karvia respond to the smugglers',
      'did karvia retaliate with new customs patrols',
      'did karvia retaliate with patrols after the raid',
      // A claim checked that it reacted.
      'is it true karvia condemned the smugglers?',
    ]) {
      const answer = engine.ask(question);
      expect(answer.status, `${question}: ${answer.excerpt}`).toBe('no_answer');
    }
  });

  it('is answered by someone saying or doing something in answer', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', HARBOUR);
    expect(engine.ask('how did the mayor react to the harbour raid').excerpt).toContain(
      'The mayor condemned the raid',
    );
  });
});
