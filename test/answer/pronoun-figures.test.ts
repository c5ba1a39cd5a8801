/**
 * A figure said of a subject by a pronoun in the next sentence (session 46): "Teraki is a shield volcano ...
 * It rises 1,874 metres above sea level" answers "how tall is teraki", though the figure's sentence shares no
 * word of the question. The articles are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { quotedBy, sharedArticlesEngine } from './article-engine.js';

const WALKS = [
  'Club Walks: Spring Programme',
  '',
  'Our first walk of the season climbs Carrow Fell, a rounded grassy hill above the village of Ellerby. It rises 812 metres above sea level, and on a clear day you can see the coast from the cairn.',
  '',
  'The second walk goes through the Wenlow tunnel, which was dug by hand for the old mineral railway in 1794. It runs for 2.4 kilometres under the ridge, so bring a torch.',
  '',
  'The third walk follows Haddon Beck down to the reservoir. The car park at the dam holds 40 cars and costs £3 for the day.',
].join('\n');

const engine = sharedArticlesEngine([['club-walks.txt', WALKS]]);
const quoted = quotedBy(engine);

describe('a figure said of the subject by a pronoun in the next sentence', () => {
  it('quotes it with the sentence naming the subject, for how tall and how long', async () => {
    expect(await quoted('how tall is carrow fell')).toContain('It rises 812 metres');
    expect(await quoted('how long is the wenlow tunnel')).toContain('It runs for 2.4 kilometres');
  });

  it('does not take a figure from a next sentence about something else, nor a height for an age', async () => {
    expect(await quoted('how deep is haddon beck')).toBeNull();
    expect((await quoted('how old is carrow fell')) ?? '').not.toContain('812 metres');
  });
});
