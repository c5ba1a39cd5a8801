/**
 * A topic typed first, then the question with a pronoun for it ("the mill: who owns it?", "the rescue boat -
 * what was its name?"): read with the topic where the pronoun stands, so the question's shape is read as
 * for the question typed in order.
 */
import { describe, expect, it } from 'vitest';
import { withTopicInPlace } from '../../src/answer/topic-first.js';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Flood in the valley',
  '',
  'The flood struck the town of Elmford in 1998. A rescue boat from Dunmore carried twelve families to the school on the hill.',
  '',
  'The old mill on the river fell in the night.',
].join('\n');

describe('a topic typed before its question', () => {
  it('is put where its pronoun stands', () => {
    expect(withTopicInPlace('the mill: who owns it?')).toBe('who owns the mill?');
    expect(withTopicInPlace('the rescue boat - what was its name?')).toBe(
      'what was the name of the rescue boat?',
    );
    expect(withTopicInPlace('the families, where were they taken')).toBe('where were the families taken');
    expect(withTopicInPlace('the volunteer, from what town did he come')).toBe(
      'from what town did the volunteer come',
    );
    // Said with what it is not: the subject is the topic, what it is not is left out.
    expect(withTopicInPlace('the rescue boat wasnt from elmford, where did it come from')).toBe(
      'where did the rescue boat come from',
    );
    expect(withTopicInPlace('the mill did not survive, when did it fall?')).toBe('when did the mill fall?');
  });

  it('leaves questions, the asker, chat and the article as typed', () => {
    for (const text of [
      'who owns the mill, where is it',
      'i read about the flood, who caused it',
      'ok so, where is it',
      'the mill fell, did it really say that',
      'the volunteer who pulled the children out, what was his name',
    ])
      expect(withTopicInPlace(text)).toBe(text);
  });

  it('declines what the articles never say, and answers what they do', async () => {
    const { engine } = await articleEngineWithVectors('flood.md', ARTICLE);
    // The boat's name is never given: "Dunmore" is where it came from, not its name.
    expect(engine.ask('the rescue boat - what was its name?').status).toBe('no_answer');
    expect(engine.ask('the mill: who owns it?').status).toBe('no_answer');
    const carried = engine.ask('the rescue boat, where did it carry the families');
    expect(carried.status).toBe('answered');
    expect(carried.excerpt).toContain('to the school on the hill');
    // A topic said with what it is not: what it is not ("elmford") is no part of the answer.
    const from = engine.ask('the rescue boat wasnt from elmford, where did it come from');
    expect(from.status).toBe('answered');
    expect(from.excerpt).toContain('A rescue boat from Dunmore');
    // A tag asks whether the whole statement holds, and is answered by what settles it.
    const tagged = engine.ask("the old mill didn't fall in the night, did it?");
    expect(tagged.status).toBe('answered');
    expect(tagged.excerpt).toContain('fell in the night');
  });
});
