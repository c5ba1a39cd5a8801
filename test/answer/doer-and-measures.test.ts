/**
 * "Who was the market bomber": a person asked for by the deed, which a sentence naming the group behind the
 * bombing does not answer; "what security measures did the city take after the bombing": steps taken
 * afterwards, which a sentence about the bombing itself does not say. Each is answered where it is said.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const BOMBING =
  'The bombing at the Riverton market by the Northern Liberation Front (NLF) killed nine people and wounded ' +
  '30, and it came a month after another NLF attack on a border post in the same region.';

const SAID = [
  '# Market bombing',
  '',
  BOMBING,
  '',
  'The bomber, a 19-year-old student from the hill villages, had worked at the market for a year. After the ' +
    'bombing the city took new security measures: it closed the market and put guards at every gate.',
].join('\n');

const UNSAID = [
  '# Market bombing',
  '',
  BOMBING,
  '',
  'The NLF wants to take every city in the valley, and its leaders have said so in every statement of the ' +
    'war, although the valley’s farmers have never voted for any of its candidates in any of the elections.',
].join('\n');

describe('the doer of a deed, and the steps taken after it', () => {
  it('are declined where only the deed is told', async () => {
    const { engine } = await articleEngineWithVectors('market.md', UNSAID);
    for (const question of [
      'who was the riverton market bomber',
      'who was the nlf official that planned the market bombing',
      'what security measures did the city take after the market bombing',
    ])
      expect(engine.ask(question).status, question).toBe('no_answer');
  });

  it('are answered where the article says them', async () => {
    const { engine } = await articleEngineWithVectors('market.md', SAID);
    expect(engine.ask('who was the riverton market bomber').excerpt).toContain('a 19-year-old student');
    expect(engine.ask('what security measures did the city take after the market bombing').excerpt).toContain(
      'put guards at every gate',
    );
  });
});
