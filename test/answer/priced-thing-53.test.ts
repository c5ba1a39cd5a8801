/**
 * The price of the thing asked about (session 53): "how much did the questionnaire cost" is not answered by
 * "The new hedgehog hospital will cost £9,400", though the passage also speaks of the survey.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const REPORT = [
  '# Riverside Community Association: spring report',
  '',
  'Thank you to the 58 members who answered the survey about moving to the church hall.',
  'The new hedgehog hospital at the rescue centre will cost £9,400 to build.',
].join('\n');

const TEA = [
  '# Tea stall notes',
  '',
  'A second-hand urn arrived for the tea stall in May. It cost £40 from the church sale.',
  '',
  'The new hedgehog hospital at the rescue centre will cost £9,400 to build.',
].join('\n');

describe('the price of the thing asked about (session 53)', () => {
  it('declines a price asked of a thing the excerpt does not name', async () => {
    const { engine } = await articleEngineWithVectors('spring-report.md', REPORT);
    expectDeclined(engine, ['how much did the questionnaire cost', 'how much did the survey cost']);
  });

  it('answers the price of the thing it names', async () => {
    const { engine } = await articleEngineWithVectors('spring-report.md', REPORT);
    expectAnswered(engine, [['how much will the hedgehog hospital cost', '£9,400']]);
    // A sentence opening "It cost" speaks of the thing the one before names.
    const tea = await articleEngineWithVectors('tea-notes.md', TEA);
    expectAnswered(tea.engine, [['how much did the urn cost', 'It cost £40']]);
  });
});
