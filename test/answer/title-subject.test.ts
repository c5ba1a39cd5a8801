/**
 * A short title names its article's subject, which every sentence speaks of: "the price tag of $1.5 billion"
 * answers "how much did Yankee Stadium cost" in the article titled "Yankee Stadium", though that sentence
 * never writes the name.
 */
import { describe, expect, it } from 'vitest';
import { articleEngine } from './article-engine.js';
import type { Engine } from '../../src/engine.js';

const TEXT =
  'Yankee Stadium is a baseball park in the Bronx, New York City, opened in 2009 as the home of the Yankees. ' +
  'Also controversial was its price tag of $1.5 billion, making it the ballpark that cost the most.';

async function engineWith(title: string): Promise<Engine> {
  return (await articleEngine('stadium.md', `# ${title}\n\n${TEXT}`)).engine;
}

describe("a short title's subject", () => {
  it('is spoken of in every sentence of its article', async () => {
    const answer = (await engineWith('Yankee Stadium')).ask('how much did yankee stadium cost');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('price tag of $1.5 billion');
  });

  it('is not read into a headline, which names no one subject', async () => {
    const engine = await engineWith('Yankee Stadium opens in the Bronx as fans queue for hours in the rain');
    // The price is quoted only with the sentence that names the stadium itself, not on the headline's word.
    const answer = engine.ask('how much did yankee stadium cost');
    expect(answer.excerpt).toContain('Yankee Stadium is a baseball park');
    expect(answer.excerpt).toContain('price tag of $1.5 billion');
  });
});
