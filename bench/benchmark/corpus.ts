import { existsSync } from 'node:fs';
import type { Article, Passage } from '../../src/corpus/types.js';
import { datasetDir, loadRankedDataset, loadSquad, type RankedDatasetName } from '../datasets/index.js';
import { articleOf } from '../datasets/articles.js';
import { type Random, randomInt, seededRandom, shuffled } from '../prng.js';
import { splitSentences } from '../text.js';

const ABSTRACTS_PER_ARTICLE = 8;

/** The product cuts passages of at most ~1,200 characters; long abstracts are cut the same way here. */
const LONGEST_PASSAGE = 1_200;
const CHUNK_TARGET = 800;

function passageSized(text: string): string[] {
  if (text.length <= LONGEST_PASSAGE) return [text];
  const chunks: string[] = [];
  let current = '';
  for (const sentence of splitSentences(text)) {
    if (current && current.length + sentence.length + 1 > CHUNK_TARGET) {
      chunks.push(current);
      current = sentence;
    } else current = current ? `${current} ${sentence}` : sentence;
  }
  if (current) chunks.push(current);
  return chunks;
}

/** A real passage of the eval sets, with the article it belongs to. */
interface SourcePassage {
  articleKey: string;
  title: string;
  text: string;
}

/** SQuAD paragraphs first (so the 2k corpus is SQuAD alone), then the abstracts of the other sets. */
function loadSourcePassages(evalDir: string): SourcePassage[] {
  const passages: SourcePassage[] = [];
  if (existsSync(datasetDir(evalDir, 'squad'))) {
    for (const article of loadSquad(datasetDir(evalDir, 'squad')).articles) {
      for (const p of article.paragraphs)
        passages.push({ articleKey: article.file, title: article.title, text: p.text });
    }
  }
  const others: RankedDatasetName[] = ['scifact', 'nfcorpus', 'cranfield', 'cisi'];
  for (const name of others) {
    if (!existsSync(datasetDir(evalDir, name))) continue;
    const docs = loadRankedDataset(evalDir, name).docs.filter((doc) => doc.text.trim());
    // Abstracts are grouped a few to an article, as a community's articles hold several passages.
    docs.forEach((doc, i) => {
      const group = Math.floor(i / ABSTRACTS_PER_ARTICLE);
      const title = docs[group * ABSTRACTS_PER_ARTICLE]?.title ?? doc.title;
      for (const text of passageSized(doc.text)) {
        passages.push({ articleKey: `${name}/${String(group).padStart(5, '0')}`, title, text });
      }
    });
  }
  return passages;
}

/**
 * A copy of a passage that is not the same text: sentences in another order, each sentence's words
 * rotated. The vocabulary and lengths stay real, so index size and posting lengths grow as they would.
 */
function vary(text: string, random: Random): string {
  const sentences = shuffled(splitSentences(text), random);
  return sentences
    .map((sentence) => {
      const words = sentence.split(/\s+/);
      const shift = randomInt(random, words.length);
      return [...words.slice(shift), ...words.slice(0, shift)].join(' ');
    })
    .join(' ');
}

function toArticles(sources: { file: string; title: string; texts: string[] }[]): Article[] {
  return sources.map(({ file, title, texts }) => articleOf(file, title, texts));
}

export interface BenchCorpus {
  articles: Article[];
  passages: Passage[];
  /** How many passages are real text rather than varied copies. */
  realPassages: number;
}

/** Exactly `size` passages: real ones first, then varied copies of them (round after round) to fill up. */
export function buildCorpus(evalDir: string, size: number, seed: number): BenchCorpus {
  const pool = loadSourcePassages(evalDir);
  if (pool.length === 0) throw new Error(`no eval data under ${evalDir}`);
  const random = seededRandom(seed);
  const grouped = new Map<string, { file: string; title: string; texts: string[] }>();
  let count = 0;
  for (let round = 0; count < size; round++) {
    for (const source of pool) {
      if (count >= size) break;
      const file = round === 0 ? `${source.articleKey}.txt` : `copy${round}/${source.articleKey}.txt`;
      const group = grouped.get(file) ?? { file, title: source.title, texts: [] };
      group.texts.push(round === 0 ? source.text : vary(source.text, random));
      grouped.set(file, group);
      count++;
    }
  }
  const articles = toArticles([...grouped.values()]);
  return {
    articles,
    passages: articles.flatMap((a) => a.passages),
    realPassages: Math.min(size, pool.length),
  };
}
