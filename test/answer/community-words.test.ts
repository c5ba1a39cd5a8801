/**
 * Words a community's members use for what its articles write: hounds and pooches are dogs, helpers are
 * volunteers, redoing a roof is replacing it, hours "clocked up" are hours given; "what happens to" asks what
 * is done, which the answer need not say with "happen".
 */
import { describe, expect, it } from 'vitest';
import type { Relatedness } from '../../src/answer/relatedness.js';
import { softWord } from '../../src/answer/soft-term-memo.js';
import { MATCH_SETTINGS } from '../../src/answer/term-match.js';
import { termOf } from '../../src/search/analyzer.js';
import { quotedBy, sharedArticlesEngine } from './article-engine.js';

const APPEAL = [
  '# Roof appeal: where we are',
  '',
  'We launched the appeal in spring with a target of £30,000 for three jobs at the kennels on Barrow Lane.',
  '',
  '## The roof',
  '',
  'The main block was built in 1989 and the roof leaks in four places. While the roof is being replaced, 12 of our dogs will move temporarily to foster homes. The work is expected to take about four weeks.',
  '',
  '## Our volunteers',
  '',
  "We now have 71 registered volunteers. Between you, you've given an estimated 3,100 volunteer hours since January.",
  '',
  '## Events',
  '',
  '- **Summer Dog Show, 14 June:** this was held at Brockley Showground, not at the kennels. It raised £2,300.',
  '- **Quiz night, 9 August:** 18 teams took part at the Plough, raising £640.',
  '',
  '## Setbacks',
  '',
  'The **Autumn Fair planned for 28 September had to be cancelled**, because the field at Hollow Farm flooded after the storms that week.',
].join('\n');

const RACES = [
  '# Spring marathon plan',
  '',
  'The long run builds from 10 miles in week 1 to a peak of 20 miles in week 13. Nobody in any group runs further than 20 miles in training.',
  '',
  "In week 10 we've entered as a club for the Dunmore Half Marathon on Sunday 15 March. Run it at goal marathon pace, or a touch quicker if Ruth tells you to, not flat out. Club entry is £29, against £34 if you enter on your own.",
].join('\n');

const RECAP = [
  '# Session 9 recap',
  '',
  "Here's the write-up for session 9, which we played on Saturday 8 March in the Tavern voice channel. Brannoc fell at the ford.",
  '',
  '## Next time',
  '',
  "Session 10 is on Saturday 22 March, 7:30pm, same channel. NOT the 15th, because I'm away that weekend.",
].join('\n');

const engine = sharedArticlesEngine([
  ['session-9-recap.md', RECAP],
  ['kennel-appeal.md', APPEAL],
  ['spring-races.md', RACES],
]);
const quoted = quotedBy(engine);

describe('the words members use', () => {
  it('does not take "go" for "die" or "last" (senses WordNet lists), but keeps their other synonyms', async () => {
    // "Who died in the last session" had quoted a parkrun notice's "Plenty of us go".
    const { relatedness } = (
      (await engine()) as unknown as { answerContext(): { relatedness: Relatedness } }
    ).answerContext();
    const synonymsOf = (word: string) =>
      softWord(relatedness, termOf(word)!, MATCH_SETTINGS.minSoftRank, MATCH_SETTINGS.minSynonymCosine)
        .synonyms;
    expect(synonymsOf('die')).not.toContain('go');
    expect(synonymsOf('last')).not.toContain('go');
    expect(synonymsOf('die')).toContain(termOf('perish'));
  });

  it('takes a weekday schedule in the present tense as the next date ("Session 10 is on Saturday 22 March")', async () => {
    expect(await quoted('when is the next session')).toContain('Session 10 is on Saturday 22 March');
  });

  it('hears "how much is it to enter" as asking the price', async () => {
    expect(await quoted('how much is it to enter the half marathon thru the club')).toContain(
      'Club entry is £29',
    );
  });

  it('reads hounds as dogs, redoing as replacing, and "what happens to" as asking what is done', async () => {
    expect(await quoted('wot happens 2 the hounds wen they redo the roof')).toContain(
      '12 of our dogs will move temporarily',
    );
    expect(await quoted('where was the pooch show')).toContain('held at Brockley Showground');
  });

  it('reads a fete as a fair, and scrapping it as cancelling it', async () => {
    expect(await quoted('why was the fete at the end of september scrapped')).toContain(
      'because the field at Hollow Farm flooded',
    );
  });

  it('reads helpers as volunteers, and hours "clocked up" as hours given', async () => {
    expect(await quoted('how many hours have the helpers clocked up')).toContain('3,100 volunteer hours');
    expect(await quoted('how many helpers are there')).toContain('71 registered volunteers');
  });
});
