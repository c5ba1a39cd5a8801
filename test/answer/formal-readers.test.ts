/**
 * A formal reader's question ("Could you please inform me in which year ...", "Mr Lopez", "a great deal of
 * ground", "whether anything came of it") asks what the plain question asks; "first" before a verb ("when
 * the gang first began to move") asks when, not which of several.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# The valley gang',
  '',
  'The gang has lost significant ground in both Arland and Belmark this year.',
  '',
  'This marks a clear shift from 2019, when the gang began relocating its operations from the coast to the valley.',
  '',
  '“They are changing their tactics,” Maria Lopez, a researcher at the River Institute, told the Courier.',
  '',
  'In the north, the army has been advancing toward Corvin, the second largest city of Arland, which the gang took over in 2015.',
  '',
  'The recent bombing at the Corvin market by the Valley Gang was a stark reminder of its reach.',
].join('\n');

describe('a formal reader', () => {
  it('gets the answer the plain question gets', async () => {
    const { engine } = await articleEngineWithVectors('gang.md', ARTICLE);
    for (const [question, fragment] of [
      [
        'Could you please inform me in which year the gang first began to move its operations to the valley?',
        'shift from 2019',
      ],
      ['In which countries has the gang been losing a great deal of ground?', 'both Arland and Belmark'],
      [
        'I would be obliged if you could tell me what Mr Lopez said about the tactics.',
        'changing their tactics',
      ],
    ] as const) {
      const answer = engine.ask(question);
      expect(answer.status, question).toBe('answered');
      expect(answer.excerpt, question).toContain(fragment);
    }
  });

  it('reads past a request put to anyone in the channel, however politely', async () => {
    const { engine } = await articleEngineWithVectors('gang.md', ARTICLE);
    for (const [question, fragment] of [
      [
        'Would a kind member be so good as to tell me since which year the gang has been moving to the valley?',
        'shift from 2019',
      ],
      [
        'Might I trouble someone to say which force was advancing toward Corvin?',
        'the army has been advancing',
      ],
      [
        'I would be most grateful to learn what Maria Lopez said about the tactics.',
        'changing their tactics',
      ],
      ['Pray, in which year did the gang take over Corvin?', 'took over in 2015'],
      ['What is Corvin, if I may be so bold as to ask?', 'second largest city'],
    ] as const) {
      const answer = engine.ask(question);
      expect(answer.status, question).toBe('answered');
      expect(answer.excerpt, question).toContain(fragment);
    }
    // The politeness hides no trap: who leads the gang is never said.
    expect(engine.ask('Could a kind member please tell me who leads the Valley Gang?').status).toBe(
      'no_answer',
    );
  });

  it("reads past an analyst's framing: reportedly, believed to, described in terms of, hold responsible", async () => {
    const { engine } = await articleEngineWithVectors('gang.md', ARTICLE);
    for (const [question, fragment] of [
      ['How is Corvin described in terms of its rank among the cities of Arland?', 'the second largest city'],
      [
        'Which organization do the reports hold responsible for the bombing at the Corvin market?',
        'by the Valley Gang',
      ],
      ['In which year is the gang reportedly believed to have taken over Corvin?', 'took over in 2015'],
    ] as const) {
      const answer = engine.ask(question);
      expect(answer.status, question).toBe('answered');
      expect(answer.excerpt, question).toContain(fragment);
    }
    expect(
      engine.ask("Which organization do the reports hold responsible for the bombing in Arland's capital?")
        .status,
    ).toBe('no_answer');
  });

  it('is still declined where the articles do not say', async () => {
    const { engine } = await articleEngineWithVectors('gang.md', ARTICLE);
    for (const question of [
      'Could you kindly tell me who leads the gang?',
      'I should like to know what Dr Lopez said about the police.',
    ])
      expect(engine.ask(question).status, question).toBe('no_answer');
  });
});
