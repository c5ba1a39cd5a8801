/** "The zambezi folks": a word of a name the article writes only inside that name stands for the name. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parse.js';
import { Engine } from '../../src/engine.js';
import { openSynonyms } from '../../src/search/synonyms/store.js';
import { DEFAULT_VECTORS_PATH } from '../../src/search/vectors/store.js';
import { openTermVectors } from '../../src/search/vectors/term-vectors.js';
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

  it("is decided by the articles the asking server sees, never another server's", async () => {
    const options = { maxBytes: 1 << 20 };
    const global = await parseArticle('patrols.md', 'global', Buffer.from(ARTICLE), options);
    // Another server's article writes "Zambezi" alone: in that server it is no longer only the trust's word.
    const travel =
      'We canoed down the Zambezi last summer, camping on sandbanks and watching hippos from the ' +
      'boat every evening, and the guides cooked fish over open fires while the sun went down behind the trees.';
    const other = await parseArticle('travel.md', '222222222222222222', Buffer.from(travel), options);
    const engine = Engine.fromArticles([global, other], {
      termVectors: await openTermVectors(DEFAULT_VECTORS_PATH),
      synonyms: await openSynonyms(DEFAULT_VECTORS_PATH),
    });
    const question = 'since when have the zambezi guys been doing it';
    const here = engine.ask(question, { guildId: '111111111111111111' });
    expect(here.status).toBe('answered');
    expect(here.excerpt).toContain('Since 2019 the UZCT has run boat patrols');
    const acronyms = (guildId: string) =>
      planOf(engine, question, guildId).aliases.map((alias) => alias.acronym);
    expect(acronyms('111111111111111111')).toContain('uzct');
    expect(acronyms('222222222222222222')).not.toContain('uzct');
  });
});
