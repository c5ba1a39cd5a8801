/**
 * An either/or question ("... or is it winding down") is answered by a sentence answering either
 * alternative: the other alternative's words are not all required.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# The outlook',
  '',
  'Other analysts say that the world should expect more terrorist attacks by the group, especially by ' +
    'suicide bombers, which are difficult for intelligence agencies to stop.',
  '',
  'The group relies on its narrative and decentralization more than an organized command hierarchy, ' +
    'according to a researcher who has followed it for a decade.',
].join('\n');

describe('either/or questions', () => {
  it('are answered by a sentence answering one alternative', async () => {
    const { engine } = await articleEngineWithVectors('outlook.md', ARTICLE);
    for (const [question, fragment] of [
      [
        'so should we expect more attacks from them or is it winding down',
        'should expect more terrorist attacks',
      ],
      ['SHOULD WE EXPECT MORE ATTACKS OR IS IT WINDING DOWN', 'should expect more terrorist attacks'],
    ] as const) {
      const answer = engine.ask(question);
      expect(answer.status, question).toBe('answered');
      expect(answer.excerpt, question).toContain(fragment);
    }
  });

  it('still need the first alternative', async () => {
    const { engine } = await articleEngineWithVectors('outlook.md', ARTICLE);
    expect(engine.ask('should we expect a ceasefire or is it winding down').status).toBe('no_answer');
  });

  it('are answered by either of two words to choose between, and only by one', async () => {
    const { engine } = await articleEngineWithVectors(
      'market.md',
      '# Market attack\n\nThe attack on the market was carefully planned over several months, police said on Tuesday.\n\nShops near the market reopened a week later.\n',
    );
    const answer = engine.ask('was the attack random or planned');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('carefully planned');
    expect(engine.ask('was the attack random or chaotic').status).not.toBe('answered');
    const { engine: outlook } = await articleEngineWithVectors('outlook.md', ARTICLE);
    expect(outlook.ask('is the researcher based in baghdad or erbil').status).not.toBe('answered');
  });

  it('choose by the words that tell the alternatives apart, not by one both say or the subject says', async () => {
    const mosque =
      'The recent bombing at a mosque in the capital was claimed by the group, which has grown bolder this year.';
    const shrine =
      'At the shrine, police said, a teenage suicide bomber blew himself up among the worshippers.';
    const { engine } = await articleEngineWithVectors(
      'capital.md',
      `# Attacks in the capital\n\n${mosque}\n`,
    );
    // "bomber" and "bomb" name one kind of thing; "bombing" in the sentence chooses neither.
    for (const question of [
      'was the mosque attack a suicide bomber or a planted bomb',
      'was the bomb at the mosque a car bomb or a suicide vest?',
    ])
      expect(engine.ask(question).status, question).not.toBe('answered');
    const { engine: both } = await articleEngineWithVectors(
      'capital.md',
      `# Attacks in the capital\n\n## The mosque\n\n${mosque}\n\n## The shrine\n\n${shrine}\n`,
    );
    const answer = both.ask('was the shrine attack a suicide bomber or a planted bomb');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('a teenage suicide bomber blew himself up');
  });
});

describe('two words joined by a slash', () => {
  it('are answered by a sentence saying either', async () => {
    const { engine } = await articleEngineWithVectors(
      'offshoots.md',
      [
        '# Offshoots',
        '',
        'The movement has offshoots in about ten countries, including Kenya and Peru.',
        '',
        'Its leaders meet in secret every spring.',
      ].join('\n'),
    );
    for (const question of [
      'which countries/territories have offshoots',
      'WHICH COUNTRIES/TERRITORIES HAVE OFFSHOOTS',
    ]) {
      const answer = engine.ask(question);
      expect(answer.status, question).toBe('answered');
      expect(answer.excerpt, question).toContain('offshoots in about ten countries');
    }
    // Neither word said: "territories/provinces" is not answered by countries.
    expect(engine.ask('which territories/provinces have offshoots').status).toBe('no_answer');
  });
});
