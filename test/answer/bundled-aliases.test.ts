/**
 * The bundled corpus's aliases.txt at work: the other names of the seed articles' subject ("isis-k",
 * "isisk", "daesh") reach the passages written with the names the articles use.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { planFor, type AnswerContext } from '../../src/answer/answer.js';
import { Engine } from '../../src/engine.js';
import { copySeeds, SEED_A, useTempDirs } from '../engine/fixtures.js';

describe('the bundled aliases', () => {
  const tempDir = useTempDirs('citebot-bundled-aliases-', 'file');
  let withAliases: Engine;
  let without: Engine;

  beforeAll(async () => {
    const root = await tempDir();
    await copySeeds(path.join(root, 'with'), { aliases: true });
    await copySeeds(path.join(root, 'without'));
    withAliases = await Engine.open({ corpusDir: path.join(root, 'with') });
    without = await Engine.open({ corpusDir: path.join(root, 'without') });
  });

  it.each([
    ['when did isis-k start attacking pakistan', 'since 2015'],
    ['How many attacks has ISIS-K claimed?', '90 claimed attacks'],
    ['what is isisk', 'ISKP'],
    // Pakistani chat's code for Islamabad, read as the city and never "corrected" to "is".
    ['was the isb bombing a show of power', 'defiant reassertion of their power'],
  ])('answers "%s" from the ISKP article', (question, fragment) => {
    const answer = withAliases.ask(question);
    expect(answer.status).toBe('answered');
    expect(answer.citations[0]?.file).toBe(SEED_A);
    expect(answer.excerpt).toContain(fragment);
  });

  it('does not answer what ISIS or ISIL stands for: the aliases file names them, the articles never spell them out', () => {
    for (const question of ['what does isil stand for', 'whats ISIS short for', 'what does daesh mean'])
      expect(withAliases.ask(question).status, question).toBe('no_answer');
  });

  it('reads "Washington" as the United States, and asks a speaker so named to be quoted', () => {
    const answer = withAliases.ask('did the attack have a message for washington');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('pointed message to the United States');
    // The articles quote no one from the US government: a message sent to it is not what it said.
    expect(withAliases.ask('what did washington say about the islamabad mosque attack').status).toBe(
      'no_answer',
    );
  });

  it('leaves "isb" as written, without the aliases', () => {
    expect(without.ask('was the isb bombing a show of power').correctedQuestion).toBeUndefined();
  });

  it('reads "ISIS-K" as one name, not "ISIS" and the filler "k": without the aliases it is only ISIS', () => {
    const answer = without.ask('when did isis-k start attacking pakistan');
    expect(answer.excerpt ?? '').not.toContain('since 2015');
  });

  it('weighs "isis", a name the articles never write, as a name as common as Islamic State', () => {
    const context = (withAliases as unknown as { answerContext(g?: string): AnswerContext }).answerContext();
    const planned = planFor('is isis still trying to take land', context);
    expect(planned.ok).toBe(true);
    if (!planned.ok) return;
    const { weights } = planned.plan;
    // Uncapped it weighed most of all (3.4, as a word no passage holds), more than twice "land".
    expect(weights.get('isi')).toBeLessThan(2 * weights.get('land')!);
  });
});
