/**
 * A heading only names its section (session 53): "in which park was the field day" is answered by the sentence
 * under the title that names the park, not by the title line "# Oakvale Radio Club: Field Day Report".
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const REPORT = [
  '# Oakvale Radio Club: Field Day Report',
  '*Posted by Gwen Hart, club secretary*',
  '',
  'Another Field Day is done. Fourteen members came out to Shelter 3 at Hawk Hill Country Park on the weekend of June 22-23, and we made 612 contacts.',
].join('\n');

describe('a heading answers last (session 53)', () => {
  it('quotes the sentence under a title rather than the title line', async () => {
    const { engine } = await articleEngineWithVectors('field-day.md', REPORT);
    expectAnswered(engine, [
      ['In which park the radio club was making their field day?', 'Hawk Hill Country Park'],
    ]);
  });
});
