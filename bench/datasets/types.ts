/** Shapes the eval harness works on, independent of where each data set came from. */

/** A document of a ranked-retrieval collection (BEIR, Cranfield, CISI). */
export interface RetrievalDoc {
  id: string;
  title: string;
  text: string;
}

export interface RetrievalQuery {
  id: string;
  text: string;
}

/** query id -> (doc id -> graded relevance; only grades > 0 count as relevant). */
export type Qrels = Map<string, Map<string, number>>;

export interface RetrievalDataset {
  name: string;
  docs: RetrievalDoc[];
  /** Only the queries that have at least one relevant judgment. */
  queries: RetrievalQuery[];
  qrels: Qrels;
}

export interface SquadParagraph {
  /** `${articleFile}#${n}` with n 1-based: the same id the product gives the passage. */
  id: string;
  articleFile: string;
  /** 1-based position in the article. */
  index: number;
  text: string;
}

export interface SquadArticle {
  /** Synthetic file name, e.g. `squad/007_Super_Bowl_50.txt`. */
  file: string;
  /** Wikipedia title with underscores turned into spaces. */
  title: string;
  paragraphs: SquadParagraph[];
}

export interface SquadQuestion {
  id: string;
  question: string;
  paragraphId: string;
  articleFile: string;
  /** Gold answer spans as written (duplicates removed). */
  answers: string[];
}

export interface SquadDataset {
  articles: SquadArticle[];
  questions: SquadQuestion[];
}
