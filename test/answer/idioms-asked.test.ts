/**
 * Everyday idioms read as the words an article writes ("cash in on": capitalized on; "cut a deal": strike a
 * deal; "spin off from": emerged from; "wire service": news agency; "more attacks coming": expect more; "reckon" and a yes/no question's "ever" weigh nothing), and a date asked by its word alone ("yr the
 * rebels took the port", "what is the year ..."): the word "year" is no topic, the answer's "2016" is.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors, planOf } from './article-engine.js';

const ARTICLE = [
  '# Port Elm',
  '',
  'The rebels capitalized on the city’s internal security problems. Past attempts by the governor to strike deals with the rebels have failed.',
  '',
  'Officials suggest the rebels seized a moment of lax security at the ferry. The rebels took over the port in 2016.',
].join('\n');

const weighed = (plan: { terms: string[]; weights: Map<string, number> }) =>
  plan.terms.filter((term) => (plan.weights.get(term) ?? 0) > 0);

describe('idioms and date words', () => {
  it('reads an idiom as the words the article writes', async () => {
    const { engine } = await articleEngineWithVectors('port.md', ARTICLE);
    expect(weighed(planOf(engine, 'what security mess did the rebels cash in on'))).toContain('capit');
    const deal = weighed(planOf(engine, 'did the governor ever try to cut a deal with the rebels'));
    expect(deal).toContain('strike');
    expect(deal).not.toContain('ever');
    expect(deal).not.toContain('cut');
    expect(weighed(planOf(engine, 'what do the officials reckon the rebels seized'))).not.toContain('reckon');
    // "Spin off from", "break away from": what a group emerged from.
    for (const question of [
      'which group did the rebels spin off from',
      'what did the rebels break away from',
    ])
      expect(weighed(planOf(engine, question)), question).toContain('emerg');
    // "The ferry place": a place the article calls something else weighs little; "take place" is an idiom.
    const vague = planOf(engine, 'how many were hurt at the ferry place').weights.get('place') ?? 0;
    const idiom = planOf(engine, 'where did the ferry attack take place').weights.get('place') ?? 0;
    expect(vague).toBeLessThan(idiom / 2);
    // "The wire service": a news agency.
    expect(weighed(planOf(engine, 'which wire service did the governor talk to'))).toContain('agenc');
    // British and everyday slang: "copped it" died, "the yanks" the Americans, "got their back up" provoked.
    expect(weighed(planOf(engine, 'how many copped it at the ferry'))).toContain('die');
    expect(weighed(planOf(engine, 'what did the yanks do at the port'))).toContain('american');
    expect(weighed(planOf(engine, "what got the rebels' back up"))).toContain('provok');
    expect(weighed(planOf(engine, 'what wound the rebels up'))).toContain('provok');
    // "What do they expect from the rebels next": "next" adds nothing to "expect".
    expect(weighed(planOf(engine, 'what do officials expect from the rebels next'))).not.toContain('next');
    // "Acc to the port piece": which article, not a topic the answer holds.
    expect(weighed(planOf(engine, 'when did the rebels take the port, acc to the port piece'))).not.toContain(
      'piec',
    );
    // "What was the attack supposed to show": what it served as ("meant to send a message to" is left alone).
    expect(weighed(planOf(engine, 'what was the port attack supposed to show'))).toContain('serv');
    expect(weighed(planOf(engine, 'who was the attack meant to send a message to'))).toContain('messag');
    // "Was the attack aimed at the governor": a message it sent him; laws "aimed at" someone are left alone.
    expect(weighed(planOf(engine, 'was the port attack aimed at the governor too'))).toContain('messag');
    expect(weighed(planOf(engine, 'who are the port laws aimed at'))).not.toContain('messag');
    // "Who set off the bomb": who blew it up ("what set them off" still asks what provoked them).
    expect(weighed(planOf(engine, 'who set off the bomb at the ferry'))).toContain('blow');
    expect(weighed(planOf(engine, 'what set them off'))).toContain('provok');
    // "More attacks coming?": whether more are to be expected.
    expect(weighed(planOf(engine, 'are more rebel attacks coming'))).toContain('expect');
    // "Ever" says more outside a yes/no question.
    expect(weighed(planOf(engine, 'what was the largest port ever built'))).toContain('ever');
    expect(engine.ask('what security mess did the rebels cash in on').excerpt).toContain('capitalized on');
  });

  it('asks a date by its word alone', async () => {
    const { engine } = await articleEngineWithVectors('port.md', ARTICLE);
    for (const question of [
      'yr the rebels took the port',
      'what is the year the rebels took over the port',
    ]) {
      const plan = planOf(engine, question);
      expect(plan.type, question).toBe('date');
      expect(weighed(plan), question).not.toContain('year');
      expect(engine.ask(question).excerpt, question).toContain('in 2016');
    }
  });
});
