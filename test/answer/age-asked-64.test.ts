/**
 * Session 64: an age asked of everyone who may join ("how old do you have to be", "what age is it for") is
 * answered by the bounds the article gives: "16 or over", "ages 8 to 15". Only an age of one person ("aged
 * 17", "at 39") was read as an age, so these were declined as holding no number for it.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const CHOIR = [
  '---',
  'title: Larkfield Community Choir: autumn term',
  '---',
  '',
  'Posted by Ifor Penhale, choir secretary.',
  '',
  "Rehearsals are on Thursdays at St Aidan's hall, 7pm to 9pm, starting 11 September.",
  '',
  'The junior chorus is for ages 8 to 15 and meets on Saturday mornings.',
  '',
  'Adult members must be 16 or over, and the termly subscription is £45.',
].join('\n');

describe('an age to join (session 64)', () => {
  it('is answered by the bounds the article gives', async () => {
    const { engine } = await articleEngineWithVectors('choir.md', CHOIR);
    expectAnswered(engine, [
      ['how old do you have to be to join the adult choir', '16 or over'],
      ['what age is the junior chorus for', 'ages 8 to 15'],
      ['how old do the kids in the junior chorus have to be', 'ages 8 to 15'],
    ]);
    // A person's age the article never gives is still declined.
    expect(engine.ask('how old is ifor penhale').status).toBe('no_answer');
  });
});
