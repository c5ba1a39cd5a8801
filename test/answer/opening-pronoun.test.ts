/**
 * A sentence opening with a pronoun speaks of a name said before it in its passage: "They manufacture
 * drones" answers "what does Zorblatt manufacture" after "Zorblatt Industries was founded ...".
 */
import { describe, expect, it } from 'vitest';
import { articleEngine } from './article-engine.js';

const HEADLINE = '# Notes from this week in the region, collected by our reporters on the ground';

async function ask(paragraph: string, question: string) {
  return (await articleEngine('notes.md', `${HEADLINE}\n\n${paragraph}`)).engine.ask(question);
}

describe('a sentence opening with a pronoun', () => {
  it('is read as speaking of the name said before it', async () => {
    const answer = await ask(
      'Zorblatt Industries was founded in 1990 in a small town by three engineers. ' +
        'The town lies on a river that floods every spring. ' +
        'They manufacture drones and sell them across Europe.',
      'what does zorblatt manufacture',
    );
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('They manufacture drones');
    expect(answer.excerpt).not.toContain('was founded');
  });

  it('speaks of an acronym the article defines, a name the dictionary does not know', async () => {
    // "skp" is one letter from "skip": not a name to the dictionary, but the article defines it as one.
    const paragraph =
      'The Sea Keepers Party (SKP) has run the harbour since 2003, and the SKP met in May. ' +
      'The meeting was held at the old town hall on the hill. ' +
      'Their aim is to build two new piers before the next storm season.';
    for (const question of ['what is the skp aim', 'WHAT IS THE SKP AIM']) {
      const answer = await ask(paragraph, question);
      expect(answer.excerpt, question).toBe(
        'Their aim is to build two new piers before the next storm season.',
      );
    }
  });

  it('is not credited with a name said only after it', async () => {
    const answer = await ask(
      'They manufacture drones and sell them across Europe. ' +
        'Zorblatt Industries was founded in 1990 in a small town by three engineers.',
      'what does zorblatt manufacture',
    );
    expect(answer.excerpt).toContain('Zorblatt Industries was founded');
  });
});
