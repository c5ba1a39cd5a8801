/**
 * What a member who half remembers types around a question ("whose mill was it again", ", i forget", ",
 * someone listed a few", "or w/e") says nothing of its topic: none of its words is searched for or must be in
 * the answer. "Again" in a yes/no question still asks whether it happened again.
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/answer/read-question.js';
import { articleEngineWithVectors } from './article-engine.js';

const termsOf = (text: string) => {
  const read = readQuestion(text);
  if (!read.ok) throw new Error(read.message);
  return read.question.terms;
};

describe('memory remarks', () => {
  it('are not searched for', () => {
    expect(termsOf('whose mill was it again, some farmer')).not.toContain('again');
    expect(termsOf('which towns did the boat reach, someone listed a few')).toEqual([
      'town',
      'boat',
      'reach',
    ]);
    expect(termsOf('what did the mayor promise, i forget')).toEqual(['mayor', 'promis']);
    expect(termsOf('why did the mill fall, i remember one of the engineers explaining it')).toEqual([
      'mill',
      'fall',
    ]);
    expect(termsOf('how many homes flooded or w/e')).not.toContain('e');
  });

  it('leave "again" where it asks something', () => {
    expect(termsOf('did the river flood again')).toContain('again');
    expect(termsOf('what is another name for being born again')).toContain('again');
  });

  it('read "at some point" as eventually', () => {
    expect(termsOf('will the council rebuild the mill at some point')).not.toContain('point');
    expect(termsOf('will the council rebuild the mill at some point')).toContain('eventu');
  });

  it('let the question be answered', async () => {
    const { engine } = await articleEngineWithVectors(
      'flood.md',
      [
        '# Flood in the valley',
        '',
        'The river flooded the town of Elmford in 1998, and the old mill was lost. Volunteers from Dunmore carried sandbags to the school.',
        '',
        'The council later rebuilt the bridge. Engineers said the mill fell because its foundations had rotted.',
      ].join('\n'),
    );
    const answer = engine.ask('why did the mill fall, i remember one of the engineers explaining it');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('foundations had rotted');
  });
});

describe('a count asked after what is counted', () => {
  it('reads as "how many ..."', () => {
    const read = readQuestion('homes flooded in elmford - how many');
    expect(read.ok && read.question.type).toBe('count');
  });
});
