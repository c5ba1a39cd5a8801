/**
 * "Who got his beard shaved off": the sentence that tells of it speaks of him by a pronoun ("He had promised to
 * shave off his beard ..."), the one before names him (session 55): both are quoted. A name in the next
 * sentence is another's ("It was cleaned and dressed by our first aider, ..."): not quoted for "who cut their
 * hand".
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const DIARY = [
  'Radio Fenwold radiothon: how the weekend went',
  '',
  'Saturday 6am-9am: Declan Hurst returned for a special breakfast show. He had promised to shave off his beard',
  'if listeners pledged £2,000 in those three hours, and the beard came off live at 8:50am.',
  '',
  'One note on safety: a volunteer cut their hand on the studio door at about 1:40pm. It was cleaned and dressed',
  'by our first aider, Mary Oduya, and they carried on.',
].join('\n');

describe('a person spoken of by a pronoun, named the sentence before (session 55)', () => {
  it('quotes the sentence naming them with the one telling of the deed', async () => {
    const { engine } = await articleEngineWithVectors('radiothon.txt', DIARY);
    expectAnswered(engine, [['who got his beard shaved off live', 'Declan Hurst returned']]);
  });

  it('does not take a name in the next sentence for the one asked about', async () => {
    const { engine } = await articleEngineWithVectors('radiothon.txt', DIARY);
    const answer = engine.ask('who was the volunteer that cut their hand?');
    expect(answer.status === 'no_answer' || !answer.excerpt?.includes('Mary Oduya')).toBe(true);
  });
});
