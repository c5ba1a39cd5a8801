/** "The zambezi folks": a word of a name the article writes only inside that name stands for the name. */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors, planOf } from './article-engine.js';

const ARTICLE = [
  '# River patrols',
  '',
  'The Upper Zambezi Conservation Trust (UZCT) opened a ranger station near the falls last spring, with a ' +
    'boathouse, a small clinic for injured animals and a radio mast that reaches the villages upstream.',
  '',
  'Since 2019 the UZCT has run boat patrols along the river, after poachers killed six elephants on the bank ' +
    'in a single night; the patrols leave at dawn and at dusk, and each boat carries two armed rangers.',
  '',
  'Farmers say the Kalahari Grazing Board (KGB) has not answered their letters about the fences that cut ' +
    'their herds off from the river, although the letters were sent in March and again in June, and the chairman has not visited the district since the spring.',
  '',
  'Further south the Kalahari has had no rain since October, and the wells that the herders dug last year ' +
    'have run dry, so that the cattle are driven north to the river every second week and the calves are kept in pens near the road.',
].join('\n');

describe('a word of a name asked alone', () => {
  it('reads as the name where the article never writes it apart', async () => {
    const { engine } = await articleEngineWithVectors('patrols.md', ARTICLE);
    const answer = engine.ask('since when have the zambezi guys been doing it');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('Since 2019 the UZCT has run boat patrols');
  });

  it('does not when the word itself is asked about', async () => {
    const { engine } = await articleEngineWithVectors('patrols.md', ARTICLE);
    expect(engine.ask('what does zambezi mean').status).toBe('no_answer');
  });

  it('does not read a word the article also writes alone as the name', async () => {
    const { engine } = await articleEngineWithVectors('patrols.md', ARTICLE);
    const acronyms = (question: string) => planOf(engine, question).aliases.map((alias) => alias.acronym);
    expect(acronyms('who have the zambezi people written to')).toContain('uzct');
    expect(acronyms('who have the kalahari people written to')).not.toContain('kgb');
  });
});
