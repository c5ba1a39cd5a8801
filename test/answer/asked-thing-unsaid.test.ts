/**
 * Questions whose excerpt shares their words but not what they ask: a title asked with what its holder did
 * ("who was the commander that ordered it") of a sentence that names no commander; which specific one of a
 * kind, where the article says only "one of its groups"; a town asked where only countries are named; where
 * something is based, of a sentence naming no place; a reaction whose maker the question names before the
 * verb. Each is answered where the article does say it.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const VALLEY = [
  '# Valley Front under pressure',
  '',
  'The Valley Front has partnered with one of Karvia’s most violent smuggling groups. The raid on the harbour was timed with operations by the Coastal Army, drawing the police elsewhere.',
  '',
  'Recent airstrikes by the United States against the Valley Front in Karvia and Dalmatia appear to have provoked it.',
  '',
  'The raid was ordered by commander Ivo Markan, according to the police. The Valley Front has offshoots in Luma and Brask.',
  '',
  'Reporting by Ana Petrov.',
].join('\n');

describe('what the question asks, unsaid in the excerpt', () => {
  it('declines a title, a kind, a town, a base and a reaction the article does not give', async () => {
    const { engine } = await articleEngineWithVectors('valley.md', VALLEY);
    for (const question of [
      'who was the coastal army commander that planned the operations',
      'what is the name of the coastal army leader',
      'coastal army leader name',
      'which specific smuggling organisation did the valley front partner with',
      'which smuggling group exactly did the valley front partner with',
      'which towns in karvia did the airstrikes hit',
      'where is ana petrov based',
      'how did the karvian government respond to the harbour raid',
      'did the coastal army condemn the harbour raid',
      'who was the coastal army leader behind the operations',
      'who was the prime minister of karvia at the time of the raid',
      // Taken as given, a name the article never gives: not its to settle.
      'why did the harbour guild order the raid',
    ]) {
      const answer = engine.ask(question);
      expect(answer.status, `${question}: ${answer.excerpt}`).toBe('no_answer');
    }
  });

  it('answers the same asks where the article gives them', async () => {
    const { engine } = await articleEngineWithVectors('valley.md', VALLEY);
    const cases: Array<[string, string]> = [
      ['who was the commander that ordered the raid', 'commander Ivo Markan'],
      ['who was the commander behind the raid', 'commander Ivo Markan'],
      ['Who ordered the raid, as it is described in the article?', 'commander Ivo Markan'],
      ['which towns does the valley front have offshoots in', 'offshoots in Luma and Brask'],
      ['which country did the united states strike', 'in Karvia and Dalmatia'],
    ];
    for (const [question, fragment] of cases) {
      const answer = engine.ask(question);
      expect(answer.status, question).toBe('answered');
      expect(answer.excerpt, question).toContain(fragment);
    }
  });

  it('declines a count the article gives for another country than the one asked', async () => {
    const { engine } = await articleEngineWithVectors(
      'raids.md',
      [
        '# Valley raids',
        '',
        '## The raids',
        '',
        'The Valley Front has carried out 40 raids in Libya since 2019, most of them at night.',
        '',
        '## Its reach',
        '',
        'Officials say the group also has offshoots in Egypt and a few supporters in Europe.',
      ].join('\n'),
    );
    expect(engine.ask('how many raids has the valley front carried out in egypt').status).toBe('no_answer');
    expect(engine.ask('how many raids has the valley front carried out in libya').excerpt).toContain(
      '40 raids in Libya',
    );
  });
});
