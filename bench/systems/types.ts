import type { Article, Passage } from '../../src/corpus/types.js';

/** What the whole-pipeline measures need from an answer, whichever system gave it. */
export interface PipelineAnswer {
  answered: boolean;
  /** The cited excerpt, or null when the system declined to answer. */
  excerpt: string | null;
  /** The cited passages, best first (at most 3): ids and full texts. */
  citationIds: string[];
  citationTexts: string[];
}

/** A system built over one set of articles. */
export interface IndexedSystem {
  /** Passage ids, best first. */
  search(query: string, limit: number): string[];
  ask(question: string): PipelineAnswer;
  /** Sentence choice alone: the excerpt the system would cite from this passage (corpus statistics apply). */
  pickSentence(question: string, passage: Passage): string | null;
}

/** One column of the eval table: "MiniSearch defaults" or "Citebot". */
export interface SystemUnderTest {
  label: string;
  build(articles: Article[]): IndexedSystem;
}
