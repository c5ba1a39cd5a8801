import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/corpus/types.js';
import { articleFromMarkdown, markdownFile } from './markdown.js';

/** One Wikipedia page of WikiQA: the summary sentences shown to the crowd workers, in order. */
export interface WikiqaPage {
  /** DocumentID, e.g. `D0`. */
  id: string;
  title: string;
  sentences: string[];
}

export interface WikiqaQuestion {
  /** QuestionID, e.g. `Q12`. */
  id: string;
  /** The number in the id: even = tune half, odd = check half. */
  number: number;
  question: string;
  pageId: string;
  /** The page's sentences labelled 1 (they answer the question); empty when the page holds no answer. */
  gold: string[];
}

export interface WikiqaDataset {
  pages: WikiqaPage[];
  questions: WikiqaQuestion[];
}

export type WikiqaHalf = 'even' | 'odd';

export function halfOf(question: WikiqaQuestion): WikiqaHalf {
  return question.number % 2 === 0 ? 'even' : 'odd';
}

const COLUMNS = ['QuestionID', 'Question', 'DocumentID', 'DocumentTitle', 'SentenceID', 'Sentence', 'Label'];

/** WikiQA-test.tsv (the original 7 columns): one row per (question, candidate sentence). */
export function loadWikiqa(dir: string): WikiqaDataset {
  const lines = readFileSync(join(dir, 'WikiQA-test.tsv'), 'utf8').split(/\r?\n/);
  if (lines[0]?.split('\t').join(',') !== COLUMNS.join(',')) {
    throw new Error(`WikiQA-test.tsv: expected the columns ${COLUMNS.join(', ')}`);
  }
  const pages = new Map<string, WikiqaPage & { seen: Set<string> }>();
  const questions = new Map<string, WikiqaQuestion>();
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    const cells = line.split('\t');
    if (cells.length !== COLUMNS.length) throw new Error(`WikiQA-test.tsv: a row without 7 cells: ${line}`);
    const [questionId, question, pageId, title, sentenceId, sentence, label] = cells as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    let page = pages.get(pageId);
    if (!page) {
      page = { id: pageId, title, sentences: [], seen: new Set() };
      pages.set(pageId, page);
    }
    // Pages asked about by several questions repeat their sentences: keep each sentence once, in order.
    if (!page.seen.has(sentenceId)) {
      page.seen.add(sentenceId);
      page.sentences.push(sentence);
    }
    let entry = questions.get(questionId);
    if (!entry) {
      const number = Number(questionId.replace(/^Q/, ''));
      if (!Number.isInteger(number)) throw new Error(`WikiQA-test.tsv: odd question id ${questionId}`);
      entry = { id: questionId, number, question, pageId, gold: [] };
      questions.set(questionId, entry);
    }
    if (label === '1') entry.gold.push(sentence);
  }
  return {
    pages: [...pages.values()].map(({ id, title, sentences }) => ({ id, title, sentences })),
    questions: [...questions.values()],
  };
}

/** The corpus file a page is written to; the eval maps a cited passage (`${file}#n`) back to its page. */
export function wikiqaFile(pageId: string): string {
  return `wikiqa/${pageId}.md`;
}

export function pageIdOfPassage(passageId: string | undefined): string | undefined {
  const match = passageId ? /^wikiqa\/(D\d+)\.md#\d+$/.exec(passageId) : null;
  return match?.[1];
}

/**
 * Every page as the article the product makes of a Markdown file holding it: front matter title, the
 * sentences as one paragraph (joined by spaces, exactly as WikiQA writes them, " ." included), split into
 * passages as any corpus file is (a page longer than 1,200 characters becomes several passages).
 */
export function wikiqaArticles(pages: readonly WikiqaPage[]): Article[] {
  return pages.map((page) =>
    articleFromMarkdown(wikiqaFile(page.id), markdownFile(page.title, [page.sentences.join(' ')])),
  );
}
