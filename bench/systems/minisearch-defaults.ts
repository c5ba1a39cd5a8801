import MiniSearch from 'minisearch';
import type { Article, Passage } from '../../src/corpus/types.js';
import { splitSentences } from '../text.js';
import type { IndexedSystem, PipelineAnswer, SystemUnderTest } from './types.js';

interface IndexedPassage {
  id: string;
  title: string;
  text: string;
}

/** The untuned baseline: MiniSearch with its defaults over title and text. */
export function newDefaultMiniSearch(): MiniSearch<IndexedPassage> {
  return new MiniSearch<IndexedPassage>({ fields: ['title', 'text'], storeFields: [] });
}

/** The baseline's sentence choice: MiniSearch defaults over the passage's sentences; else the first one. */
function bestSentence(question: string, text: string): string | null {
  const sentences = splitSentences(text);
  if (sentences.length <= 1) return sentences[0] ?? null;
  const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: [] });
  index.addAll(sentences.map((s, id) => ({ id, text: s })));
  const best = index.search(question)[0];
  return sentences[best ? (best.id as number) : 0] ?? null;
}

function buildBaseline(articles: Article[]): IndexedSystem {
  const index = newDefaultMiniSearch();
  const textById = new Map<string, string>();
  for (const article of articles) {
    for (const p of article.passages) {
      index.add({ id: p.id, title: p.title, text: p.text });
      textById.set(p.id, p.text);
    }
  }
  const search = (query: string, limit: number) =>
    index
      .search(query)
      .slice(0, limit)
      .map((r) => r.id as string);
  return {
    search,
    ask(question: string): PipelineAnswer {
      const citationIds = search(question, 3);
      const citationTexts = citationIds.map((id) => textById.get(id) ?? '');
      const top = citationTexts[0];
      // MiniSearch has no notion of "no answer": anything matching a word counts as answered.
      if (top === undefined) return { answered: false, excerpt: null, citationIds, citationTexts };
      return { answered: true, excerpt: bestSentence(question, top), citationIds, citationTexts };
    },
    pickSentence: (question: string, passage: Passage) => bestSentence(question, passage.text),
  };
}

export const miniSearchDefaults: SystemUnderTest = {
  label: 'MiniSearch defaults',
  build: buildBaseline,
};
