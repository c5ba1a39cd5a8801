import type { Scope } from '../corpus/types.js';

/** One passage found for a query (a `/search` result, an autocomplete choice, a source). */
export interface SearchHit {
  passageId: string;
  file: string;
  title: string;
  url?: string;
  /** 1-based passage position and the article's passage count ("passage 4 of 9"). */
  passage: number;
  total: number;
  /** The page of a PDF article the passage is on ("page 2, passage 4 of 9"). */
  page?: number;
  /** The passage's full verbatim text. */
  text: string;
  score: number;
}

/** One numbered source behind an answer. `citations[0]` is the passage the excerpt was taken from. */
export interface Citation extends SearchHit {
  /** 1-based number shown as [n]. */
  n: number;
}

export type AnswerStatus = 'answered' | 'no_answer';

export interface Answer {
  status: AnswerStatus;
  question: string;
  /** Verbatim excerpt (one or two consecutive sentences of citations[0].text), or null when not answered. */
  excerpt: string | null;
  /** Surface forms (as written in the excerpt/passages) of the query terms that matched: for bolding. */
  matchedTerms: string[];
  /** Sources: when answered, [0] holds the excerpt; when not, the closest passages (may be empty). */
  citations: Citation[];
  /**
   * Why there is no answer, in a sentence fit to show a person: a bad question (`invalid`), weak evidence
   * (`not_found`), or no question at all but a greeting, thanks or a request for help (`small_talk`).
   */
  reason?: {
    code: 'invalid' | 'not_found' | 'small_talk';
    message: string;
    /** Words of the question the articles never use (names, mostly): the reason there is nothing to quote. */
    missing?: string[];
  };
  /** Share (0..1) of the question's rarity-weighted terms that the best excerpt holds. */
  confidence: number;
  /** "Did you mean" alternatives for words of the question the corpus does not know (each one answered). */
  suggestions: string[];
  /**
   * Set when a misspelt word was clearly one corpus word and the answer is for the corrected question
   * ("Showing the answer for: ..."); `question` stays as asked.
   */
  correctedQuestion?: string;
}

export interface AskOptions {
  /** The Discord server asking, or undefined for global-only (terminal, DMs). */
  guildId?: Scope;
  /** How many citations at most (default 4). */
  maxCitations?: number;
}
