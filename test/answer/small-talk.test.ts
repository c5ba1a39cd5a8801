import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { smallTalk } from '../../src/answer/small-talk.js';
import { Engine } from '../../src/engine.js';
import { copySeeds, useTempDirs } from '../engine/fixtures.js';

describe('smallTalk', () => {
  it.each([
    ['hi', 'greeting'],
    ['hey', 'greeting'],
    ['Hello there!', 'greeting'],
    ['good morning everyone', 'greeting'],
    ['thanks!', 'thanks'],
    ['ok thank you so much', 'thanks'],
    ['ty bot', 'thanks'],
    ['help', 'help'],
    ['what can you do?', 'help'],
    ['who are you', 'help'],
    ['What articles do you have?', 'help'],
    ['bye', 'farewell'],
    ['see you later!', 'farewell'],
    ['summarize the articles', 'summary'],
    ['what is this article about?', 'summary'],
    ['tldr', 'summary'],
    ['summarize the iskp article', 'summary'],
    ['can you sum up the shrine attack story', 'summary'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(smallTalk(text)?.kind).toBe(kind);
  });

  it.each([
    'hi, how many died at the shrine',
    'thanks, and who bombed the mosque?',
    'help me find who bombed the shrine',
    'what can isis do next',
    'who are the bla',
    'what is the bla about',
    'bye the way who bombed the shrine',
  ])('leaves a question ("%s") to be answered', (text) => {
    expect(smallTalk(text)).toBeUndefined();
  });
});

describe('the Engine on small talk', () => {
  const tempDir = useTempDirs('citebot-small-talk-', 'file');
  let engine: Engine;

  beforeAll(async () => {
    const corpusDir = path.join(await tempDir(), 'corpus');
    await copySeeds(corpusDir);
    engine = await Engine.open({ corpusDir });
  });

  it('answers a greeting, thanks or a request for help in kind, with no sources', () => {
    for (const text of ['hi', '<@123456789012345678> thanks!', 'what can you do']) {
      const answer = engine.ask(text);
      expect(answer.status).toBe('no_answer');
      expect(answer.reason?.code).toBe('small_talk');
      expect(answer.citations).toEqual([]);
      expect(answer.reason?.message).not.toMatch(/couldn't find|only mentions|very common words/);
    }
  });

  it('says plainly what is wrong with a message of only chat, only mentions or no words at all', () => {
    expect(engine.ask('lol ok').reason).toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/only chat/),
    });
    expect(engine.ask('<@123456789012345678>').reason?.message).toMatch(/only mentions people or channels/);
    expect(engine.ask('?!').reason?.message).toMatch(/no words I can search for/);
    expect(engine.ask('<https://example.org/story>').reason?.message).toMatch(/only a link/);
  });

  /** Each of `questions` gets the answer `plain` gets: what they add is no part of the question. */
  const expectAnsweredAs = (plain: string, questions: string[]) => {
    const expected = engine.ask(plain);
    for (const question of questions) {
      const answer = engine.ask(question);
      expect(answer.status).toBe(expected.status);
      expect(answer.excerpt).toBe(expected.excerpt);
    }
  };

  it("drops Discord's emoji, timestamps and command mentions from a question", () => {
    expectAnsweredAs('how many died at the shrine', [
      'how many died at the shrine <:pepe:123456789012345678>',
      'how many died at the shrine <a:wave:123456789012345678> <t:1700000000:R>',
      '</ask:123456789012345678> how many died at the shrine',
    ]);
    expect(engine.ask('<:pepe:123456789012345678>').reason?.message).toMatch(/no words I can search for/);
  });

  it('reads a link in a question as its label, or not at all: an address is no topic', () => {
    expectAnsweredAs('who bombed the mosque', [
      'who bombed the [mosque](https://example.org/story?id=3)',
      'who bombed the mosque https://example.org/story?id=3',
      '**who** bombed the <https://example.org/x> mosque',
    ]);
  });

  it('still answers a question that opens with a greeting', () => {
    const answer = engine.ask('hi, how many died at the shrine');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('killed at least 52');
  });
});
