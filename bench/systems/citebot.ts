import type { Article } from '../../src/corpus/types.js';
import { Engine } from '../../src/engine.js';
import { openSynonyms } from '../../src/search/synonyms/store.js';
import { DEFAULT_VECTORS_PATH } from '../../src/search/vectors/store.js';
import { openTermVectors } from '../../src/search/vectors/term-vectors.js';

// The product answers with word vectors and the WordNet synonyms beside them (built into .citebot/ on first
// use); CITEBOT_VECTORS=off measures without either, CITEBOT_SYNONYMS=off with the vectors alone, side by side.
const termVectors =
  process.env.CITEBOT_VECTORS === 'off' ? undefined : await openTermVectors(DEFAULT_VECTORS_PATH);
const synonyms =
  !termVectors || process.env.CITEBOT_SYNONYMS === 'off'
    ? undefined
    : await openSynonyms(DEFAULT_VECTORS_PATH);
import type { IndexedSystem, PipelineAnswer, SystemUnderTest } from './types.js';

/** The product's own pipeline, in memory: Engine.fromArticles, then search / ask / pickExcerpt. */
function buildCitebot(articles: Article[]): IndexedSystem {
  // Some benchmark queries are whole paragraphs (CISI's run past 1,000 characters): the bot's 500-character
  // limit is a chat setting (MAX_QUESTION_CHARS), not part of the search being measured.
  const engine = Engine.fromArticles(articles, {
    maxQuestionChars: 20_000,
    ...(termVectors ? { termVectors } : {}),
    ...(synonyms ? { synonyms } : {}),
  });
  return {
    search: (query, limit) => engine.search(query, { limit }).map((hit) => hit.passageId),
    ask(question): PipelineAnswer {
      const answer = engine.ask(question, { maxCitations: 3 });
      return {
        answered: answer.status === 'answered',
        excerpt: answer.excerpt,
        citationIds: answer.citations.slice(0, 3).map((c) => c.passageId),
        citationTexts: answer.citations.slice(0, 3).map((c) => c.text),
      };
    },
    pickSentence: (question, passage) => engine.pickExcerpt(question, passage)?.text ?? null,
  };
}

export const citebot: SystemUnderTest = { label: 'Citebot', build: buildCitebot };
