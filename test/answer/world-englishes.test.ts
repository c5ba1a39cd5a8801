/**
 * English as West Africa and Singapore and Malaysia speak it: Nigerian and Ghanaian Pidgin ("wetin ISKP stand
 * for", "dem dey do", "e don tey", "abeg", "na which one") and Singapore and Malaysian English ("injured how
 * many leh", "kena bomb", "teruk or not", "alamak"), with words said twice for stress ("big big cities"). Each
 * is read as the question it asks. On an article written for these tests, not the seed corpus.
 */
import { describe, expect, it } from 'vitest';
import { writeOutShorthand } from '../../src/answer/shorthand.js';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const MARKET = [
  '# The Onitsha market fire',
  '',
  'The fire at the Onitsha main market started in a generator shop and caused heavy damage to the cloth section.',
  '',
  'The Federal Fire Board (FFB) said 7 traders died and 40 were injured.',
  '',
  'Traders were searching for their goods and their children while the smoke spread to the big warehouses.',
].join('\n');

describe('Pidgin and Singapore English', () => {
  it('reads their words as the question they ask', async () => {
    const { engine } = await articleEngineWithVectors('market.md', MARKET);
    expectAnswered(engine, [
      ['wetin cause the fire for onitsha market abeg', 'started in a generator shop'],
      ['how many traders die for the fire sef', '7 traders died'],
      ['wetin the traders dey do when the smoke spread', 'searching for their goods'],
      ['injured how many leh', '40 were injured'],
      ['alamak the cloth section damage teruk or not', 'heavy damage to the cloth section'],
      ['smoke reach the big big warehouses?', 'spread to the big warehouses'],
      ['was the damage to the cloth section big or small', 'heavy damage to the cloth section'],
      ['how bad was the destruction in the cloth section', 'heavy damage to the cloth section'],
      ['FFB full meaning abeg', 'Federal Fire Board (FFB)'],
    ]);
  });

  it('writes the words out', () => {
    expect(writeOutShorthand('wetin dem dey do').replace(/\s+/g, ' ').trim()).toBe('what they do');
    expect(writeOutShorthand('wetin be the name').replace(/\s+/g, ' ').trim()).toBe('what is the name');
    expect(writeOutShorthand('big big cities lah').replace(/\s+/g, ' ').trim()).toBe('big cities');
    expect(writeOutShorthand('e don tey wey dem dey fight').replace(/\s+/g, ' ')).toContain('since when');
    expect(writeOutShorthand('the fire e don tey before the flood?').replace(/\s+/g, ' ')).toContain(
      'how long before',
    );
    expect(writeOutShorthand('who do am?').replace(/\s+/g, ' ')).toContain('who did it');
    expect(writeOutShorthand('since when they trade there one ah').replace(/\s+/g, ' ').trim()).toBe(
      'since when they trade there',
    );
    expect(writeOutShorthand('they looked for their mama and papa')).toContain('mother and father');
    // The verb before a group named IS is no word said twice.
    expect(writeOutShorthand('where is IS now')).toContain('is IS');
  });

  it('still declines what the article does not say', async () => {
    const { engine } = await articleEngineWithVectors('market.md', MARKET);
    expectDeclined(engine, [
      'wetin be the name of the generator shop owner',
      'how many traders die for the lagos fire sef',
      'which hospital dem carry the injured go leh',
    ]);
  });
});
