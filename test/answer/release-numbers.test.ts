/**
 * A release asked by its number ("when is 3.3 coming out") is not answered by a sentence about another
 * release ("The previous release, 3.1.4, came out on 6 February"); "3.2" is said by "3.2.0" (session 47).
 * On release notes written for the test.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const NOTES = [
  '# Quillpad 3.2.0 release notes',
  '',
  'Quillpad 3.2.0 was published on Tuesday 14 May after eleven weeks of work.',
  '',
  'The previous release, 3.1.4, came out on 6 February and fixed the autosave crash.',
  '',
  'Sync is now 2.5 times faster on large notebooks, and exports keep their images.',
].join('\n');

describe('a release asked by its number', () => {
  it('is answered by the sentence naming that release, not another one', async () => {
    const { engine } = await articleEngineWithVectors('quillpad-notes.md', NOTES);
    expectAnswered(engine, [
      ['when did 3.2 come out', '14 May'],
      ['when was 3.1.4 released', '6 February'],
      ['how much faster is sync now, like 2.5 times?', '2.5 times faster'],
    ]);
    expectDeclined(engine, ['when is 3.3 coming out', 'when was v4.0 released']);
  });
});
