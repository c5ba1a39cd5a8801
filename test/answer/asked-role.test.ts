/**
 * "Who is the president of X": the excerpt must name the role as X's. A role written after another name
 * ("Syrian President ...") is that name's; a role in one sentence and the place in another says nothing.
 */
import { describe, expect, it } from 'vitest';
import { articleEngine } from './article-engine.js';
import { askedRole } from '../../src/answer/asked-words.js';
import type { Engine } from '../../src/engine.js';

const ARTICLE = [
  '# Fighting around Mosul',
  '',
  'In Iraq, a coalition has been advancing toward Mosul for weeks. In Syria, troops loyal to Syrian President ' +
    'Bashar Al-Assad have made gains. Pakistan’s President met envoys from both sides in Islamabad.',
  '',
  'The mayor of Mosul, Ahmed Yusuf, asked residents to stay indoors.',
  '',
  'Residents were running for cover. Colonel Omar Saleh leads the coalition in the north.',
].join('\n');

async function engine(): Promise<Engine> {
  return (await articleEngine('mosul.md', ARTICLE)).engine;
}

describe('who holds a role', () => {
  it('reads the role of a "who is the X of Y" question', () => {
    expect(askedRole('Who is the President of Iraq?')).toBe('president');
    expect(askedRole('whos the mayor of mosul')).toBe('mayor');
    expect(askedRole('who is the overall leader of the group')).toBe('leader');
    // In or at a place: a title held there, not whoever did something there.
    expect(askedRole('who is the mayor in Quetta')).toBe('mayor');
    expect(askedRole('who was the bomber at the market')).toBeUndefined();
    expect(askedRole('who is the current head of the council')).toBe('head');
    expect(askedRole('who is the syrian president')).toBeUndefined();
    expect(askedRole('who bombed the shrine')).toBeUndefined();
    expect(askedRole('who are the troops in syria loyal to')).toBeUndefined();
    expect(askedRole('who is the head of the group working with')).toBeUndefined();
    expect(askedRole('who leads the coalition')).toBe('leads');
    expect(askedRole('who runs mosul')).toBe('runs');
    // A role after its holder's name, with or without the possessive; not after a verb.
    expect(askedRole("who was iraq's prime minister")).toBe('minister');
    expect(askedRole('who is iraq prime minister at the time of the attack')).toBe('minister');
    expect(askedRole('who became king in 1643')).toBeUndefined();
  });

  it('"who leads / runs Y": answers where the verb is said with Y, never with the verb alone', async () => {
    const e = await engine();
    expect(e.ask('who leads the coalition').excerpt).toContain('Colonel Omar Saleh leads the coalition');
    // "Residents were running" says nothing of who runs Mosul; nothing else does either.
    const runs = e.ask('who runs the city of mosul');
    expect(runs.excerpt ?? '').not.toContain('running');
  });

  it('answers when the role is written as that place’s', async () => {
    const e = await engine();
    expect(e.ask('who is the president of syria').excerpt).toContain('Syrian President Bashar Al-Assad');
    expect(e.ask('who is the mayor of mosul').excerpt).toContain('Ahmed Yusuf');
  });

  it('declines when the role belongs to another name or stands apart from the place', async () => {
    const e = await engine();
    for (const question of ['who is the president of iraq', 'Who Is The President Of Iraq?']) {
      const answer = e.ask(question);
      expect(answer.status, question).toBe('no_answer');
      expect(answer.excerpt).toBeNull();
    }
  });
});
