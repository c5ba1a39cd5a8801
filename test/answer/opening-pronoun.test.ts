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

  it('is not credited with a name said only after it', async () => {
    const answer = await ask(
      'They manufacture drones and sell them across Europe. ' +
        'Zorblatt Industries was founded in 1990 in a small town by three engineers.',
      'what does zorblatt manufacture',
    );
    expect(answer.excerpt).toContain('Zorblatt Industries was founded');
  });
});
