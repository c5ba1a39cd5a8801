/**
 * Session 64: "when did she get attacked", asked with no one named, points at a woman the question does not
 * name. With "she" a stop word (pronouns-64.test.ts) the question read as "when attacked" and quoted a man's
 * ("Derek Rowe was attacked by a swarm of wasps ..."); an excerpt whose passage writes of no woman is declined.
 */
import { describe, it } from 'vitest';
import { articlesEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const SHED = [
  "Brackley Men's Shed: spring news",
  '',
  'From Tom Hale, shed coordinator.',
  '',
  'The new lathe arrived on 3 March, paid for by a £1,200 grant from the Brackley Rotary Club.',
  '',
  'Derek Rowe was attacked by a swarm of wasps while clearing the back store on 12 April, and he is fine now.',
].join('\n');

const CAFE = [
  'Ferndale Repair Café: new organiser',
  '',
  'From the steering group.',
  '',
  'Janet Okafor took over as organiser on 1 May, after six years as our sewing volunteer. She says the first job is finding a bigger hall.',
].join('\n');

describe('"she" with no one named (session 64)', () => {
  it('is declined where the passage speaks of no woman, and answered where it does', async () => {
    const engine = await articlesEngineWithVectors([
      ['shed.txt', SHED],
      ['cafe.txt', CAFE],
    ]);
    expectDeclined(engine, ['when did she get attacked']);
    expectAnswered(engine, [
      ['when did she take over', 'took over as organiser on 1 May'],
      ['when did derek get attacked', 'on 12 April'],
    ]);
  });
});
