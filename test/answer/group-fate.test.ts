/**
 * "Were any of rana's 40 cyclists killed", "did rana's family make it out ok": whether some of a group, or
 * someone's kin, lived or died. An excerpt that names the group or the family but no one's fate does not
 * say; one that tells of deaths or injuries does. On an article written for these tests.
 */
import { describe, it } from 'vitest';
import { articlesEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const STORM = [
  'The storm over the Kessel pass killed 12 people and injured 30, rescuers said.',
  '',
  'Roads across the valley stayed closed for three days while crews cleared fallen trees and rocks from the pass.',
  '',
  '“Everyone was screaming and looking for their families,” said Rana Patel, 31, who had come with a group of 40 cyclists.',
].join('\n');

describe('the fate of some of a group, or of someone’s kin', () => {
  it('is declined when the excerpt names the group but no fate', async () => {
    const engine = await articlesEngineWithVectors([['storm.txt', STORM]]);
    expectDeclined(engine, [
      'were any of rana patel’s 40 cyclists killed',
      'how many of ranas 40 cyclists made it out ok',
      'did rana patel’s family make it out ok',
    ]);
  });

  it('is answered where a fate is told, and a survivor asked about is no fate asked', async () => {
    const engine = await articlesEngineWithVectors([['storm.txt', STORM]]);
    expectAnswered(engine, [
      ['were any of the people on the kessel pass killed in the storm', 'killed 12 people and injured 30'],
      ['what did the survivor say about people looking for their families', 'Everyone was screaming'],
    ]);
  });
});
