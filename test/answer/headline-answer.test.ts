/**
 * "What was the headline of the floods piece", "the headline said it killed how many": the article's own
 * headline is the answer, quoted as the file gives it. Only for an article whose file has a headline (a title
 * made up from the first sentence is none), and only when the question asks what the headline is or says. On
 * articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { asksHeadline, headlineOf } from '../../src/answer/headline-answer.js';
import { articlesEngineWithVectors, expectAnswered, planOf } from './article-engine.js';

const HEADLINE = 'Floods in Kessel Valley Kill More Than 30';

const HERALD = [
  '- The Kessel Herald - https://www.thekesselherald.com/floods -',
  '',
  HEADLINE,
  '',
  'Council blamed as the river breaks its banks again',
  '',
  'The floods killed at least 31 people in the Kessel valley and wounded more than 60.',
  '',
  'The council has lost significant ground in the hills since the spring.',
].join('\n');

/** No title line: its title is made up from the first sentence, so it has no headline to quote. */
const DOCKS =
  'The riot at the Varna docks killed at least 12 workers, police said. The dockers had struck for a week.';

describe('a question asking for the headline', () => {
  it('is answered with the headline, cited to the article', async () => {
    const engine = await articlesEngineWithVectors([
      ['herald.txt', HERALD],
      ['docks.txt', DOCKS],
    ]);
    expectAnswered(engine, [
      ['what was the headline of the floods piece again', HEADLINE],
      ['the headline said the floods killed how many', HEADLINE],
      ['headline said the floods killed over 100 didnt it', HEADLINE],
      ['WHAT DOES THE HEADLINE SAY THE DEATH TOLL WAS', HEADLINE],
      ['summarise the kessel flood headline for me', HEADLINE],
    ]);
    // The article named by its outlet: its words are no words of the article to search by.
    expect(engine.ask('whats the headline of the kessel herald piece').excerpt).toBe(HEADLINE);
    const answer = engine.ask('whats the title of the flood article');
    expect(answer.excerpt).toBe(HEADLINE);
    expect(answer.citations[0]?.file).toBe('herald.txt');
  });

  it('is not when the headline is only where the question starts, or does not hold the claim', async () => {
    const engine = await articlesEngineWithVectors([
      ['herald.txt', HERALD],
      ['docks.txt', DOCKS],
    ]);
    expectAnswered(engine, [
      [
        'ok so the headline says more than 30 dead in the floods, but how many were wounded?',
        'wounded more than 60',
      ],
      ['why was the council blamed per the headline', 'Council blamed as the river breaks its banks'],
      // The subheading holds what is asked, the headline does not.
      ['headline says the river breaks what exactly', 'Council blamed as the river breaks its banks'],
      ['did the headline say the council lost ground in the hills?', 'lost significant ground in the hills'],
    ]);
    // The docks article has no headline of its own: its made-up title is never quoted as one.
    expect(engine.ask('whats the headline of the docks riot article').excerpt).not.toBe(
      'The riot at the Varna docks killed at least 12 workers, police said',
    );
  });

  it('tells a headline from a made-up title, and the headline asked from a title mentioned', async () => {
    const engine = await articlesEngineWithVectors([
      ['herald.txt', HERALD],
      ['docks.txt', DOCKS],
    ]);
    const passage = (text: string, title: string, file = 'a.txt') => ({
      id: `${file}#1`,
      file,
      scope: 'global' as const,
      index: 1,
      total: 1,
      title,
      text,
    });
    expect(headlineOf(passage('The council met.', HEADLINE))).toBe(HEADLINE);
    expect(
      headlineOf(passage('The riot at the docks killed 12. More.', 'The riot at the docks killed 12')),
    ).toBe(undefined);
    expect(headlineOf(passage('A long first sentence that goes on.', 'A long first…'))).toBe(undefined);
    expect(headlineOf(passage('Text.', 'kessel notes', 'kessel_notes.txt'))).toBe(undefined);
    for (const question of [
      'what was the headline',
      'the headline says how many died',
      'title of the article?',
    ])
      expect(asksHeadline(planOf(engine, question)), question).toBe(true);
    for (const question of [
      'What was the title of his first album?',
      'what title did the king hold',
      'why did the floods happen, per the headline',
      'i only read the headline but who blamed the council',
      'headline says kills more than 30 - how many of those were kids',
    ])
      expect(asksHeadline(planOf(engine, question)), question).toBe(false);
  });
});
