import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SquadArticle, SquadDataset, SquadQuestion } from './types.js';

interface RawSquad {
  data: {
    title: string;
    paragraphs: { context: string; qas: { id: string; question: string; answers: { text: string }[] }[] }[];
  }[];
}

/** SQuAD v1.1 dev: each paragraph becomes a passage of its article; each question keeps its gold paragraph. */
export function loadSquad(dir: string): SquadDataset {
  const raw = JSON.parse(readFileSync(join(dir, 'dev-v1.1.json'), 'utf8')) as RawSquad;
  const articles: SquadArticle[] = [];
  const questions: SquadQuestion[] = [];
  raw.data.forEach((rawArticle, articleNumber) => {
    const file = `squad/${String(articleNumber).padStart(3, '0')}_${rawArticle.title}.txt`;
    const article: SquadArticle = { file, title: rawArticle.title.replace(/_/g, ' '), paragraphs: [] };
    rawArticle.paragraphs.forEach((rawParagraph, i) => {
      const paragraphId = `${file}#${i + 1}`;
      article.paragraphs.push({
        id: paragraphId,
        articleFile: file,
        index: i + 1,
        text: rawParagraph.context,
      });
      for (const qa of rawParagraph.qas) {
        const answers = [...new Set(qa.answers.map((a) => a.text.trim()).filter((t) => t.length > 0))];
        questions.push({ id: qa.id, question: qa.question, paragraphId, articleFile: file, answers });
      }
    });
    articles.push(article);
  });
  return { articles, questions };
}
