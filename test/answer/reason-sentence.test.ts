/**
 * A "why" question is answered first by the sentence that gives a cause (session 46): "why might the gluten
 * free section get dropped" by "The gluten-free class may not continue either, because our sponsor ...", not
 * by the class's results, which name it too. The article is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { quotedBy, sharedArticlesEngine } from './article-engine.js';

const SHOW = [
  'Village Show: Results and Next Year',
  '',
  'The cake stall and the tombola were busy all afternoon, and the junior painting class had its biggest entry yet.',
  '',
  'Junior painting (14 entries). 1st Ella Hart, a watercolour of the church. 2nd Sam Okoro, a collage of the harbour.',
  '',
  'Prize money for the junior painting class is £10 for first and £5 for second, paid on the day.',
  '',
  'The junior painting class may not continue next year, because the school art club that ran it is closing in July.',
  '',
  'The tea tent raised £412, slightly more than last year.',
].join('\n');

const quoted = quotedBy(sharedArticlesEngine([['village-show.txt', SHOW]]));

describe('a why question', () => {
  it('leads with the sentence giving a cause, not one that only names the thing asked about', async () => {
    expect(await quoted('why is junior painting at risk')).toMatch(
      /^The junior painting class may not continue/,
    );
  });

  it('still quotes what the question asks when it asks no cause', async () => {
    expect(await quoted('how much prize money does junior painting get')).toContain('£10 for first');
  });
});
