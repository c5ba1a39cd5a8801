/**
 * A guessed head count ("did like 30 folks turn up?") is settled only by a number of people, not by any
 * number near the question's words ("After three star parties in a row were clouded out"); session 47. On an
 * article written for the test.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const REPORT = [
  '# Hilltop star party: March report',
  '',
  'Folks, we finally got one. After three star parties in a row were clouded out, Saturday gave us four hours of clear sky. The forecast had wobbled all week, and at noon the cloud maps still showed a band over the ridge, so thank you to everyone who drove out anyway.',
  '',
  '## Who came',
  '',
  'We had 27 members and 9 guests, so 36 people in all, our best turnout since August.',
  '',
  'Eight telescopes were set up on the grass by the shed, from a small refractor to a 12-inch Dobsonian, and the tea urn ran dry by ten.',
  '',
  '## What we saw',
  '',
  'The comet sat low in the west at around magnitude 5.5, and by half past eight it was down in the trees. Later the Orion Nebula and the Pleiades drew the longest queues at the eyepieces.',
].join('\n');

describe('a guessed head count', () => {
  it('is answered by the sentence counting people', async () => {
    const { engine } = await articleEngineWithVectors('star-party.md', REPORT);
    expectAnswered(engine, [
      ['was the turnout at the star party like 50 folks?', '36 people in all'],
      ['did like 30 people come on saturday?', '36 people in all'],
    ]);
  });
});
