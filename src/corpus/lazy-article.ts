/**
 * An article read from the index snapshot, whose passages are made when first read: a start from a snapshot
 * of 1M passages then makes no Passage object (most of them are never read, and making and collecting them was
 * half of the start). They are made as `passagesOf` makes a parsed file's, from the texts the snapshot gives.
 * The helpers below read what the engine needs of any article (passage count, ids, texts, pages) without
 * making them.
 */
import { pagesOf, passageOf, type TextReader } from './article.js';
import type { FileSeen } from './file-seen.js';
import type { AliasLine, Article, Passage, Scope } from './types.js';

/** An article's fields but its passages (as a snapshot's entry gives them). */
export type ArticleFields = Omit<Article, 'passages'>;

export class LazyArticle implements Article {
  readonly file: string;
  readonly scope: Scope;
  readonly hash: string;
  readonly title: string;
  declare url?: string;
  declare author?: string;
  declare date?: string;
  declare aliasLines?: AliasLine[];
  declare seen?: FileSeen;
  // Private fields: not own enumerable data, so spreads, JSON and test matchers see an article's fields only.
  #passages: Passage[] | undefined;
  /** Passages made one by one before all were (by `passageAt`), by position. */
  #made: Passage[] | undefined;
  readonly #texts: readonly string[] | TextReader;
  readonly #pages: readonly number[] | undefined;

  /** `texts`: its passages' texts, or what reads them; `pages`: each passage's page (PDF files). */
  constructor(
    fields: ArticleFields,
    texts: readonly string[] | TextReader,
    pages: readonly number[] | undefined,
  ) {
    const { file, scope, hash, title, url, author, date, aliasLines, seen } = fields;
    this.file = file;
    this.scope = scope;
    this.hash = hash;
    this.title = title;
    // As the decoded article's literal had them: present only when given.
    if (url) this.url = url;
    if (author) this.author = author;
    if (date) this.date = date;
    if (aliasLines) this.aliasLines = aliasLines;
    if (seen) this.seen = seen;
    this.#texts = texts;
    this.#pages = pages;
  }

  get passages(): Passage[] {
    if (!this.#passages) {
      const passages: Passage[] = [];
      for (let i = 0; i < this.passageCount; i++) passages.push(this.passageAt(i)!);
      this.#passages = passages;
      this.#made = undefined;
    }
    return this.#passages;
  }

  /**
   * Passage `i` (from 0), the one `passages` holds: made alone when the others are not made yet (answering
   * reads a few passages of many articles).
   */
  passageAt(i: number): Passage | undefined {
    if (this.#passages) return this.#passages[i];
    if (!(i >= 0 && i < this.passageCount)) return undefined;
    this.#made ??= [];
    return (this.#made[i] ??= passageOf(
      this.file,
      this.scope,
      { title: this.title, url: this.url, pages: this.#pages },
      this.#texts,
      i,
    ));
  }

  /** How many passages, without making them. */
  get passageCount(): number {
    return textCount(this.#texts);
  }

  /** Whether its passages are made yet. */
  get passagesMade(): boolean {
    return this.#passages !== undefined;
  }

  /** The text of passage `i` (from 0), without making the passages. */
  textOf(i: number): string {
    if (this.#passages) return this.#passages[i]!.text;
    const texts = this.#texts;
    return Array.isArray(texts) ? (texts as readonly string[])[i]! : (texts as TextReader).textOf(i);
  }

  /** Each passage's page (PDF files), or undefined; only a paged article's passages are made to say. */
  get pages(): number[] | undefined {
    return this.#pages ? pagesOf(this) : undefined;
  }

  /** As the article with its passages made is written (the fields in the decoded literal's order). */
  toJSON(): Article {
    const { file, scope, hash, title, url, author, date, passages, aliasLines, seen } = this;
    return {
      file,
      scope,
      hash,
      title,
      ...(url ? { url } : {}),
      ...(author ? { author } : {}),
      ...(date ? { date } : {}),
      passages,
      ...(aliasLines ? { aliasLines } : {}),
      ...(seen ? { seen } : {}),
    };
  }
}

function textCount(texts: readonly string[] | TextReader): number {
  return Array.isArray(texts) ? texts.length : (texts as TextReader).count;
}

/** How many passages an article has (a snapshot's article does not make them to say). */
export function passageCountOf(article: Article): number {
  return article instanceof LazyArticle ? article.passageCount : article.passages.length;
}

/** The ids of an article's passages, in order (a snapshot's article's are its file and numbers). */
export function passageIdsOf(article: Article): string[] {
  if (!(article instanceof LazyArticle) || article.passagesMade) return article.passages.map((p) => p.id);
  return Array.from({ length: article.passageCount }, (_, i) => `${article.file}#${i + 1}`);
}

/** The texts of an article's passages, in order, each read when the iteration reaches it. */
export function* passageTextsOf(article: Article): Generator<string> {
  if (!(article instanceof LazyArticle)) {
    for (const passage of article.passages) yield passage.text;
    return;
  }
  for (let i = 0; i < article.passageCount; i++) yield article.textOf(i);
}

/** The page of each passage of a paged (PDF) article, or undefined (see `pagesOf`), without making them. */
export function articlePagesOf(article: Article): number[] | undefined {
  return article instanceof LazyArticle ? article.pages : pagesOf(article);
}

/** Whether an article's passage ids are known to be `<file>#<n>` numbered from 1 (made by `passagesOf`). */
export function numbersItsPassages(article: Article): boolean {
  return article instanceof LazyArticle;
}
