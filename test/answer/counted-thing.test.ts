/**
 * A count question's number must count what was asked about: "The attack killed at least 52" answers "how
 * many were killed at the shrine", not "how many children were killed", when the article never speaks of
 * children.
 */
import { describe, expect, it } from 'vitest';
import { articleEngine, articleEngineWithVectors } from './article-engine.js';
import { countedHead } from '../../src/answer/answer-type.js';
import type { Engine } from '../../src/engine.js';

const ARTICLE = [
  'Shrine bombing in Sindh',
  '',
  'A suicide bomber struck a crowded Sufi shrine in Sindh province on Thursday evening.',
  '',
  'The attack killed at least 52, and wounded more than 105. Police sealed off the area.',
].join('\n');

const ACADEMY = [
  'Academy attack',
  '',
  'Gunmen stormed a police academy in the province on Monday. The attack killed more than 60 cadets.',
].join('\n');

async function engine(): Promise<Engine> {
  return (await articleEngine('shrine.md', ARTICLE)).engine;
}

describe('what a count question counts', () => {
  it('answers with the number beside the verb when the article speaks of what is counted', async () => {
    const answer = (await engine()).ask('how many were killed at the shrine');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('killed at least 52');
  });

  it('does not count with a year that dates something ("founded in 1998")', async () => {
    const { engine } = await articleEngine(
      'club.md',
      '# River Club\n\nThe River Club was founded in 1998 by a group of fishermen, and its players train on the old pitch by the river.\n\nAbout 2000 guests attended the dinner for the opening of the new stand in May.\n',
    );
    expect(engine.ask('how many players does the river club have').status).toBe('no_answer');
    expect(engine.ask('how many guests attended the dinner').excerpt).toContain('About 2000 guests attended');
  });

  it('reads "peoples" as people counted, as a writer whose language marks the plural writes it', async () => {
    const { engine: shrine } = await articleEngineWithVectors('shrine.md', ARTICLE);
    const answer = shrine.ask('how many peoples were wounded');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('wounded more than 105');
  });

  it('declines when what is counted is spoken of nowhere near the number', async () => {
    const answer = (await engine()).ask('how many children were killed at the shrine');
    expect(answer.status).toBe('no_answer');
  });

  it('counts the dead, the hurt and the arrested apart: a toll of the dead does not say how many were injured', async () => {
    // With the word vectors, which put "injured" near "killed" (0.72): the case the rule is for.
    const { engine: academy } = await articleEngineWithVectors('academy.md', ACADEMY);
    expect(academy.ask('how many were killed at the police academy').excerpt).toContain(
      'killed more than 60',
    );
    expect(academy.ask('how many people were injured at the police academy').status).toBe('no_answer');
    expect(academy.ask('how many got hurt at the academy').status).toBe('no_answer');
    expect(academy.ask('how many people were arrested after the academy attack').status).toBe('no_answer');
    const both = await engine();
    expect(both.ask('how many were wounded at the shrine').excerpt).toContain('wounded more than 105');
  });

  it('counts the dead when a count question asks how many of a group died, not the group', async () => {
    const article = [
      'Pilgrims travel',
      '',
      'Ahmed had travelled in a group of 120 pilgrims to the shrine, where a blast went off on Friday.',
    ].join('\n');
    const { engine: pilgrims } = await articleEngineWithVectors('pilgrims.md', article);
    expect(pilgrims.ask('how many pilgrims were in the group').excerpt).toContain('a group of 120 pilgrims');
    expect(pilgrims.ask('how many pilgrims died').status).toBe('no_answer');
    // The fate said after the group: the number must count the hurt, and 120 counts only the group.
    expect(countedHead('how many of the 120 pilgrims in his group got hurt')).toBe('hurt');
    expect(pilgrims.ask('how many of the 120 pilgrims in ahmeds group got hurt').status).toBe('no_answer');
  });

  it('counts the doers when a verb follows the counted noun: "how many bombers attacked", not the attack\'s toll', async () => {
    const { engine: academy } = await articleEngineWithVectors('academy.md', ACADEMY);
    expect(academy.ask('how many suicide bombers attacked the police academy').status).toBe('no_answer');
    // What befell them is what is counted: a toll answers "how many cadets died".
    expect(academy.ask('how many cadets died at the academy').excerpt).toContain('killed more than 60');
    expect(countedHead('how many suicide bombers attacked the police academy')).toBe('bombers');
    expect(countedHead('how many attacks has iskp claimed')).toBe('attacks');
    // Its subject named before the verb, without "has" or "did": still the attacks.
    expect(countedHead('how many attacks iskp claimed after 2022')).toBe('attacks');
  });

  it('reads what is counted as the head of the phrase after "how many"', () => {
    expect(countedHead('how many US presidents are alumni of the school')).toBe('presidents');
    expect(countedHead('How many former MVP honorees were present?')).toBe('honorees');
    expect(countedHead('how many kids were killed at the shrine')).toBe('kids');
    expect(countedHead('how many people were killed')).toBe('killed');
    // People counted as what a clause's subject did to them: its verb.
    expect(countedHead('how many ppl did the shrine bombing kill')).toBe('kill');
    expect(countedHead('how many people did the bombers kill in the city')).toBe('kill');
    expect(countedHead('how many attacks did iskp claim')).toBe('attacks');
    expect(countedHead('how many died at the shrine')).toBe('died');
    // Asked after what it counts: the word before "how many".
    expect(countedHead('wounded how many, at the shrine?')).toBe('wounded');
    expect(countedHead('cadets killed how many')).toBe('killed');
  });

  it('answers when the head is spoken of though a word before it is written otherwise ("U.S.")', async () => {
    const text =
      '# Harvard alumni\n\nHarvard’s alumni include eight U.S. presidents and several heads of state.';
    const { engine } = await articleEngine('harvard.md', text);
    const answer = engine.ask('how many US presidents are alumni of harvard');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('eight U.S. presidents');
  });
});

describe('how big', () => {
  const TREK = [
    'Mountain rescue',
    '',
    'Rescuers reached the pass on Sunday. “The snow came down all at once,” said Ana Ruiz, 31, who had set out in a party of 14 hikers from the valley.',
    '',
    'The weather cleared by evening and the road reopened.',
  ].join('\n');

  it('asks for a number, not for the word "big"', async () => {
    const { engine } = await articleEngineWithVectors('trek.md', TREK);
    const answer = engine.ask('how big was the party the witness set out in');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('a party of 14 hikers');
  });
});
