/**
 * An article's title heading and byline answer nothing but who wrote it (session 56): "wat happened w the
 * bassoon reed thing" is answered by the paragraph telling of the reed, not by "# Tour Diary: ... One Lost
 * Bassoon Reed *Posted by ...*", whose words are the whole article's topic.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const DIARY = [
  '# Tour Diary: Five Halls, Four Days, One Lost Bassoon Reed',
  '',
  '*Posted by Harriet Quayle, Tour Manager, Marlow Vale Youth Sinfonia – 14 April*',
  '',
  'Sixty-one players, nine chaperones and two coaches set off from the Old Drill Hall at 7:15 on Wednesday morning, and all of them came back.',
  '',
  'The low point: principal bassoon Niamh Ferris discovered at the first rehearsal that her reed case was still on her bedroom windowsill. Second bassoon Owen Latchford carries three spares, and lent her one for the whole tour.',
].join('\n');

describe('a title and byline (session 56)', () => {
  it('is not quoted as an answer; the paragraph that tells of it is', async () => {
    const { engine } = await articleEngineWithVectors('tour.md', DIARY);
    expectAnswered(engine, [
      ['wat happened w the bassoon reed thing', 'her reed case was still on her bedroom windowsill'],
    ]);
  });

  it('is not quoted for what the article never says', async () => {
    const { engine } = await articleEngineWithVectors('tour.md', DIARY);
    expectDeclined(engine, ['how many halls did the five halls tour diary sell out']);
  });
});
