import { describe, expect, it } from 'vitest';
import { compoundsOf } from '../../src/answer/compounds.js';
import { analyze, tokenize } from '../../src/search/analyzer.js';

/** The compounds of a question against a corpus made of `corpusText`'s terms. */
function compounds(question: string, corpusText: string) {
  const corpus = new Set(analyze(corpusText));
  return compoundsOf(tokenize(question), question, (term) => corpus.has(term));
}

describe('compoundsOf', () => {
  it('reads two words the corpus writes as one as that word', () => {
    const [found] = compounds('did the peace talks broke down', 'the breakdown of peace deals');
    expect(found?.term).toBe(analyze('breakdown')[0]);
    expect(found?.parts).toEqual([analyze('broke')[0], analyze('down')[0]]);
    expect(compounds('what is sado masochism', 'Sadomasochism is ...').map((c) => c.term)).toEqual(
      analyze('sadomasochism'),
    );
  });

  it('leaves words alone when the corpus uses both, or when something stands between them', () => {
    expect(compounds('is the face book open', 'a face, a book and facebook')).toEqual([]);
    expect(compounds('did it break, down there', 'the breakdown')).toEqual([]);
    expect(compounds('did it break down', 'nothing like it')).toEqual([]);
  });
});
