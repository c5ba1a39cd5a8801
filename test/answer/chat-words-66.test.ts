/**
 * Session 66: chat's "2moro", "dq'd" and "bbq" written out ("bbq" kept as typed where the articles write it),
 * "grub" read as food (concepts.ts), and a distance, a turnout or a fee asked with "what" typed as the number or
 * sum it wants.
 */
import { describe, expect, it } from 'vitest';
import { questionType } from '../../src/answer/answer-type.js';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const TRIAL = [
  '---',
  'title: Carn Du sheepdog trial, the results',
  '---',
  '',
  'Posted by Elin Pritchard, trial secretary, 2 September.',
  '',
  'Fifty-eight dogs ran in the open class over a course of about 400 yards. Nine dogs retired and three were disqualified for gripping.',
  '',
  'The barbecue in the top field raised £380 for the air ambulance.',
  '',
  'Handlers can buy food from the Penrhos Young Farmers stall by the gate all day.',
  '',
  'New hurdles have been ordered from Pengelly Fencing. Their lead time is six weeks, so even if we ordered tomorrow they would not come before the autumn.',
  '',
  'The entry fee stays at £12 a dog, and spectators get in free.',
].join('\n');

describe('chat shorthand and "what" questions asking a number (session 66)', () => {
  it('types a distance, a turnout or a fee asked with "what"', () => {
    expect(questionType('what distance is the parade route')).toBe('count');
    expect(questionType('what was the turnout on sunday')).toBe('count');
    expect(questionType('what was the entry fee')).toBe('amount');
    expect(questionType('what does it cost to enter a dog')).toBe('amount');
    expect(questionType('what are the fees for juniors')).toBe('amount');
    // Not a sum: what a charge means, what someone was charged with, nor a class named by its weight.
    expect(questionType('what does the charge mean')).toBe('other');
    expect(questionType('what did the police charge him with')).toBe('other');
    expect(questionType('what weight class did he fight in')).toBe('other');
  });

  it('answers questions written in chat shorthand', async () => {
    const { engine } = await articleEngineWithVectors('trial.md', TRIAL);
    expectAnswered(engine, [
      ["how many dogs got dq'd", 'three were disqualified for gripping'],
      ['how much did the bbq make', 'The barbecue in the top field raised £380'],
      ['where can handlers get some grub', 'Handlers can buy food from the Penrhos Young Farmers stall'],
      ['if they order the hurdles 2moro when do they turn up', 'even if we ordered tomorrow'],
      ['what does it cost to enter a dog', 'The entry fee stays at £12 a dog'],
    ]);
  });
});
