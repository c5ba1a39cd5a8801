/**
 * More ways an article says it does not know yet (session 46): "the cause of the fire is not yet known", "the
 * committee has not yet agreed", "I can't tell you exactly when", "we've no idea how many". Such a passage ends
 * the search: another passage's answer is another thing's ("The cause of that fire was found to be ..." of an
 * earlier fire). "Has not been given a prize" is no such saying. The articles are written for the test.
 */
import { describe, expect, it } from 'vitest';
import type { ExcerptChoice } from '../../src/answer/align.js';
import { saidUnknown } from '../../src/answer/said-unknown.js';
import { planOf, quotedBy, sharedArticlesEngine } from './article-engine.js';

const FIRE = [
  'Barn fire at Ashby Farm',
  '',
  'Crews from two stations fought a fire that destroyed a hay barn at Ashby Farm on Monday night. The cause of the fire is not yet known. An investigation officer visited on Tuesday.',
  '',
  'In March a fire destroyed a tractor shed at Hale End, a separate farm six miles away. The cause of that fire was found to be a faulty battery charger.',
].join('\n');

const CLUB = [
  'Chess club news',
  '',
  "The committee has not yet agreed how much the new members fee will be. I also can't tell you exactly when the league publishes the ratings.",
  '',
  'The hall counted 240 visitors on open day, though we have no idea how many of them stayed for the lightning games.',
  '',
  'Our captain, Joan Mercer, has not been given a trophy for her twenty years of service, which we mean to put right.',
  '',
  "Next month's guest speaker isn't confirmed yet. The summer social is on 12 July; the venue is TBC.",
].join('\n');

const engine = sharedArticlesEngine([
  ['barn-fire.txt', FIRE],
  ['chess-news.txt', CLUB],
]);
const quoted = quotedBy(engine);

/** Whether the sentence, quoted for the question, says what it asks is not known (only its text is read). */
async function saysNotKnown(question: string, sentence: string): Promise<boolean> {
  return saidUnknown(planOf(await engine(), question), { text: sentence } as ExcerptChoice);
}

describe('what an article says it does not know', () => {
  it('declines, and does not go on to another passage that answers of something else', async () => {
    expect(await quoted('so what caused the fire at ashby farm in the end?')).toBeNull();
  });

  it('declines for "not yet agreed", "can\'t tell you exactly when", "no idea how many", "isn\'t confirmed", "TBC"', async () => {
    expect(await quoted('how much is the new members fee')).toBeNull();
    expect(await quoted('when does the league publish the ratings')).toBeNull();
    expect(await quoted('how many people stayed for the lightning games')).toBeNull();
    expect(await quoted("who's the guest speaker next month")).toBeNull();
    expect(await quoted('where is the summer social')).toBeNull();
  });

  it('still answers what the same passages say, and reads "not been given a trophy" as no unknown', async () => {
    expect(await quoted('how many visitors came on open day')).toContain('240 visitors');
    expect(await quoted('who is the club captain')).toContain('Joan Mercer');
    expect(await quoted('when is the summer social')).toContain('12 July');
  });

  it('reads "can\'t tell you" as not known, and "does anyone know" as only asking', async () => {
    const sentence = "I also can't tell you exactly when the league publishes the ratings.";
    expect(await saysNotKnown('when does the league publish the ratings', sentence)).toBe(true);
    expect(await saysNotKnown('does anyone know when the league publishes the ratings', sentence)).toBe(true);
    expect(await saysNotKnown('is it known when the league publishes the ratings', sentence)).toBe(false);
  });
});
