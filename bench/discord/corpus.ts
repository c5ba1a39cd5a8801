/**
 * The corpus the bot answers from and the questions it is asked: SQuAD's 2k paragraphs (from the shared eval
 * data) written out as Markdown files, with real SQuAD questions mixed with chat-style ones; or, without the
 * data, a copy of the bundled corpus/ with hand-written and chat-style questions about it.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Passage } from '../../src/corpus/types.js';
import { Engine } from '../../src/engine.js';
import { buildCorpus } from '../benchmark/corpus.js';
import { chatQuestions } from '../benchmark/questions.js';
import { datasetDir, loadSquad } from '../datasets/index.js';
import { seededRandom, shuffled } from '../prng.js';

export const BUNDLED_CORPUS = fileURLToPath(new URL('../../corpus', import.meta.url));
const SQUAD_PASSAGES = 2_000;

export type CorpusChoice = 'squad' | 'bundled';

export interface BenchCorpus {
  choice: CorpusChoice;
  description: string;
  /** Distinct questions, in a seeded order; the bench cycles through them. */
  questions: string[];
}

/** Questions about the bundled articles (the same kinds the reliability burst asks). */
const BUNDLED_QUESTIONS = [
  'When did ISKP begin relocating operations to Pakistan?',
  'how many attacks did ISKP claim?',
  'who is Sabahat Khan?',
  'What is the capital of France?',
  'iskp attcks in pakistn',
  'Who leads the Pakistani Taliban?',
  'what happened in Bajaur',
  'why did ISKP move to Pakistan?',
  'which provinces saw the most attacks?',
  'what is the TTP',
];

export function squadAvailable(evalDir: string): boolean {
  return existsSync(join(datasetDir(evalDir, 'squad'), 'dev-v1.1.json'));
}

async function writeMarkdown(articles: Article[], dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [i, article] of articles.entries()) {
    const body = [`# ${article.title || 'Untitled'}`, ...article.passages.map((p) => p.text)].join('\n\n');
    await writeFile(join(dir, `a${String(i).padStart(4, '0')}.md`), `${body}\n`);
  }
}

/** Fills `corpusDir` and returns the questions to ask. */
export async function prepareCorpus(
  choice: CorpusChoice,
  corpusDir: string,
  evalDir: string,
  seed: number,
  count: number,
): Promise<BenchCorpus> {
  const random = seededRandom(seed);
  if (choice === 'squad') {
    const corpus = buildCorpus(evalDir, SQUAD_PASSAGES, seed);
    await writeMarkdown(corpus.articles, corpusDir);
    const texts = new Set(corpus.passages.map((p) => p.text));
    const squad = loadSquad(datasetDir(evalDir, 'squad'));
    const paragraphText = new Map(
      squad.articles.flatMap((a) => a.paragraphs.map((p) => [p.id, p.text] as const)),
    );
    const real = shuffled(
      squad.questions.filter((q) => texts.has(paragraphText.get(q.paragraphId) ?? '')).map((q) => q.question),
      random,
    ).slice(0, Math.ceil(count / 2));
    const chat = chatQuestions(corpus.passages, count - real.length, seed + 1);
    return {
      choice,
      description: `SQuAD v1.1 dev, ${corpus.passages.length} paragraphs in ${corpus.articles.length} Markdown files`,
      questions: shuffled([...real, ...chat], random),
    };
  }
  await cp(BUNDLED_CORPUS, corpusDir, { recursive: true });
  const engine = await Engine.open({ corpusDir, indexPath: '' });
  const articles = engine.listArticles();
  await engine.close();
  const passages: Passage[] = articles.flatMap((a) => a.passages);
  const chat = chatQuestions(passages, Math.max(0, count - BUNDLED_QUESTIONS.length), seed + 1);
  return {
    choice,
    description: `bundled corpus/ (${articles.length} articles, ${passages.length} passages)`,
    questions: shuffled([...BUNDLED_QUESTIONS, ...chat], random),
  };
}
