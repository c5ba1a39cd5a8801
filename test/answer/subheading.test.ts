/**
 * A subheading under a headline ("Town seeks help as it counts the cost ...") speaks of the headline's names
 * ("Storm Ana Floods Elmford ...") though it never writes them, as a pronoun speaks of a name before it.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '- The Valley News - https://example.org -',
  '',
  'Storm Ana Floods Elmford as River Bursts Banks',
  '',
  'Town seeks help as it counts the cost of the worst rain in a century',
  '',
  'The water rose overnight and filled forty homes near the old bridge. Volunteers carried sandbags until dawn, and the school opened its hall to families who had lost everything.',
  '',
  'Farmers downstream lost most of their winter crops. The county council has promised a fund for repairs, though no figure has been given yet.',
  '',
  'Officials say Storm Ana has hit Elmford twice this year, and the river has never risen so fast.',
].join('\n');

describe('a subheading', () => {
  it("holds the headline's names for the question that asks what it says", async () => {
    const { engine } = await articleEngineWithVectors('storm.txt', ARTICLE);
    const answer = engine.ask('why is ana even doing this in elmford, help?');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('Town seeks help');
  });

  it('is what a question about the headline quotes, though it says none of its words', async () => {
    const { engine } = await articleEngineWithVectors('storm.txt', ARTICLE);
    // "Officials say Storm Ana has hit Elmford" holds more of the question's words; the headline asked about
    // is the subheading's.
    const answer = engine.ask('why is ana doing this to elmford according to the headline');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('Town seeks help');
  });

  it('leaves a sentence that writes the names to the questions it answers', async () => {
    const { engine } = await articleEngineWithVectors('storm.txt', ARTICLE);
    expect(engine.ask('how often has ana hit elmford this year').excerpt).toContain('twice this year');
  });
});
