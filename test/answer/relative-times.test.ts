/**
 * A time said relative to an event answers "when" as a date does (session 46): "before the 30th home is
 * occupied", "within six weeks of the decision notice", "next spring". The articles are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { quotedBy, sharedArticlesEngine } from './article-engine.js';

const ESTATE = [
  'Brook Meadow Estate: What the Permission Says',
  '',
  'The council approved 120 homes at Brook Meadow on Tuesday. A pedestrian crossing must be installed on Station Road before the 30th home is occupied.',
  '',
  'Anyone who wants to challenge the decision in the High Court must do so within six weeks of the decision notice.',
  '',
  'The developer expects to start building next spring, subject to the final drainage plans.',
].join('\n');

const LIBRARY = [
  'Library News',
  '',
  'The library is closed while its roof is repaired. Books can be returned at the community centre on Mill Street.',
].join('\n');

const quoted = quotedBy(
  sharedArticlesEngine([
    ['new-estate.txt', ESTATE],
    ['library-news.txt', LIBRARY],
  ]),
);

describe('a time said relative to an event', () => {
  it('answers when: before the Nth, within six weeks of, next spring', async () => {
    expect(await quoted('when does the crossing have to be installed')).toContain('before the 30th home');
    expect(await quoted('whats the deadline to challenge it in court')).toContain('within six weeks of');
    expect(await quoted('when will building start')).toContain('start building next spring');
  });

  it('leaves a when question declined where no time is said', async () => {
    expect(await quoted('when will the library reopen')).toBeNull();
  });
});
