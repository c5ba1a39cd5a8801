/**
 * "What does X stand for" is answered only where the articles spell X out: through an alias (learned from
 * "Long Form (LF)" or taught) or a sentence saying what it stands for; a sentence that merely uses X is no
 * answer.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors as articleEngine } from './article-engine.js';

const USES_ONLY = [
  'The survivors',
  '',
  'Shehzad, 25, told the AFP News Agency what he saw at the shrine.',
  '',
  'Sabahat Khan of the Institute for Near East and Gulf Military Analysis (INEGMA) spoke to reporters.',
].join('\n');

describe('what a name stands for', () => {
  it('is answered when the articles spell the name out', async () => {
    const { engine } = await articleEngine('survivors.md', USES_ONLY);
    const answer = engine.ask('wat does inegma stand for');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('Institute for Near East and Gulf Military Analysis (INEGMA)');
  });

  it('is declined when they only use it', async () => {
    const { engine } = await articleEngine('survivors.md', USES_ONLY);
    expect(engine.ask('what does afp stand for lol').status).toBe('no_answer');
    expect(engine.ask('what is AFP short for?').status).toBe('no_answer');
    // The same name asked about otherwise is answered.
    expect(engine.ask('which news agency did shehzad speak to').excerpt).toContain(
      'told the AFP News Agency',
    );
  });

  it('asks about the short name, not the other names of the message', async () => {
    const { engine } = await articleEngine('survivors.md', USES_ONLY);
    // "Shehzad" is no abbreviation the answer must spell out: the story names him, the question asks INEGMA.
    const answer = engine.ask(
      'ok so i was reading the bit where shehzad talks to reporters and i got lost, they quote some institute but whats the full name of inegma?',
    );
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('Institute for Near East and Gulf Military Analysis (INEGMA)');
  });

  it('is answered by a sentence that says what it stands for', async () => {
    const { engine } = await articleEngine(
      'survivors.md',
      `${USES_ONLY}\n\nAFP stands for Agence France-Presse, a news agency based in Paris.`,
    );
    const answer = engine.ask('what does afp stand for');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('AFP stands for Agence France-Presse');
  });

  it('is what "what does X mean" asks of a name the articles spell out', async () => {
    const { engine } = await articleEngine(
      'survivors.md',
      [
        '# The survivors',
        '',
        '## Who spoke',
        '',
        'Shehzad, 25, told the AFP News Agency what he saw at the shrine. Sabahat Khan of the Institute for Near East and Gulf Military Analysis (INEGMA) spoke to reporters.',
        '',
        '## Later',
        '',
        'Later, INEGMA analysts said the raids would grow. INEGMA has offices in Dubai, and INEGMA researchers write about the raids.',
      ].join('\n'),
    );
    for (const question of ['what does INEGMA mean', 'what is meaning of inegma', 'inegma meaning']) {
      const answer = engine.ask(question);
      expect(answer.status, question).toBe('answered');
      // The sentence that spells it out, not with its neighbour that only shares the passage.
      expect(answer.excerpt, question).toBe(
        'Sabahat Khan of the Institute for Near East and Gulf Military Analysis (INEGMA) spoke to reporters.',
      );
    }
  });
});
