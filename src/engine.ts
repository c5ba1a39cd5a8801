/**
 * The engine: a corpus folder kept in step with a search index, answering questions over it.
 * It ties corpus (files → articles), search (index) and answer (question → Answer) together and is the only
 * thing the CLI, the Discord bot, the eval harness and the benchmarks talk to. No Discord in here.
 *
 * Changes (uploads, removals, reloads, the folder watcher) run one at a time through a queue, so the files
 * on disk, the article table and the index always agree.
 */
import { createHash } from 'node:crypto';
import { lstat, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type ExcerptChoice, pickExcerpt } from './answer/align.js';
import { type AnswerContext, answerQuestion, planFor } from './answer/answer.js';
import { PassageReader } from './answer/passage-reader.js';
import { rankPassages } from './answer/rank.js';
import { DEFAULT_MAX_QUESTION_CHARS } from './answer/read-question.js';
import type { Relatedness } from './answer/relatedness.js';
import { hitOf } from './answer/hits.js';
import type { Answer, AskOptions, SearchHit } from './answer/types.js';
import { decodeText, formatBytes } from './corpus/decode.js';
import {
  readCorpusFile,
  readCorpusFileSync,
  removeCorpusFile,
  removeLeftoverTemps,
  resolveCorpusPath,
  scanCorpusFolder,
  writeCorpusFile,
  writeFileAtomic,
} from './corpus/folder.js';
import { aliasFileFor, isAliasFile, relPathFor, safeFileName, scopeOf } from './corpus/names.js';
import { applyOverrides, type Override, readOverrides, writeOverride } from './corpus/overrides.js';
import { parseArticle } from './corpus/parse.js';
import { ParsePool } from './corpus/parse-pool.js';
import { type Article, GLOBAL_SCOPE, type Passage, type SkippedFile } from './corpus/types.js';
import { startWatcher } from './corpus/watch.js';
import {
  type AddFileOptions,
  type AliasEntry,
  CorpusError,
  type CorpusStats,
  type EngineApi,
  type ScopeOptions,
  type WatchEvent,
} from './engine-api.js';
import { type Logger, silentLogger } from './logger.js';
import { type Alias, AliasBook, learnAliases } from './search/aliases.js';
import { analyze } from './search/analyzer.js';
import {
  type AliasProblem,
  appendAlias,
  checkAlias,
  checkName,
  parseAliasFile,
  readAliasLines,
  removeAlias,
  type TaughtAlias,
} from './search/taught-aliases.js';
import { preloadDictionary } from './search/dictionary.js';
import { PassageIndex } from './search/passage-index.js';
import { DEFAULT_VECTORS_PATH } from './search/vectors/store.js';
import { TermRelatedness } from './search/vectors/term-relatedness.js';
import { openTermVectors } from './search/vectors/term-vectors.js';
import type { WordVectors } from './search/vectors/word-vectors.js';
import { readSnapshot, serializeSnapshot } from './search/snapshot.js';

export interface EngineOptions {
  /** The corpus folder. */
  corpusDir: string;
  /** Where to keep the index snapshot; '' or undefined for none. */
  indexPath?: string;
  /** Largest file accepted, in bytes (default 2 MiB). */
  maxFileBytes?: number;
  /** Longest question accepted, in characters (default 500). */
  maxQuestionChars?: number;
  logger?: Logger;
  /** Called while indexing a large corpus: files read so far and in all. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Word vectors keyed by search term (search/vectors/term-vectors.ts): questions then match words of the
   * same meaning ("died" ~ "killed"). Without them answers match exact words only.
   */
  termVectors?: WordVectors;
  /**
   * Where `open` finds (or first builds) the word vectors when `termVectors` is not given; '' for none.
   * Default `.citebot/vectors.bin`.
   */
  vectorsPath?: string;
  /** Most aliases a server may have in its alias file (default 200); the global file has no limit. */
  maxAliasesPerServer?: number;
  /** Most article files a server may upload (default 100); the global corpus has no limit. */
  maxFilesPerServer?: number;
  /** Most bytes a server's article files may take together (default 20 MiB); the global corpus has no limit. */
  maxBytesPerServer?: number;
  /**
   * Parse uploads and files the watcher sees on a worker thread (corpus/parse-pool.ts), so the event loop keeps
   * answering meanwhile (the bot). Default false: the CLI, the chat and the eval parse inline.
   */
  parseInWorker?: boolean;
}

export const DEFAULT_MAX_ALIASES_PER_SERVER = 200;
export const DEFAULT_MAX_FILES_PER_SERVER = 100;
export const DEFAULT_MAX_BYTES_PER_SERVER = 20 * 1024 * 1024;

const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Corpus files read between turns of the event loop when a folder is loaded. */
const FILES_PER_TURN = 64;
const SNAPSHOT_DELAY_MS = 2_000;
/** Passages an upload adds to the index between turns of the event loop (about 10 ms of work). */
const PASSAGES_PER_SLICE = 256;
/** A temp file of an atomic write this old is from a killed process, not a write under way: removed at load. */
const LEFTOVER_TEMP_AGE_MS = 10 * 60_000;

export class Engine implements EngineApi {
  private readonly articles = new Map<string, Article>();
  private readonly passages = new Map<string, Passage>();
  private readonly aliases = new AliasBook();
  /** Sentences of the passages answers read, split once and kept (per engine, bounded). */
  private readonly reader = new PassageReader();
  /** Word vectors over this corpus's terms, once loaded (`useRelatedness`); exact words only until then. */
  private relatedness: Relatedness | undefined;
  /** Alias files (`aliases.txt`) as last applied: their hash (to skip our own writes) and their aliases. */
  private readonly aliasFiles = new Map<string, { hash: string; aliases: TaughtAlias[] }>();
  /** Aliases articles declare in their front matter, by file. */
  private readonly declaredAliases = new Map<string, TaughtAlias[]>();
  /** Alias lines that could not be read, by the file they are in (reported among the skipped). */
  private readonly aliasProblems = new Map<string, SkippedFile[]>();
  private index = PassageIndex.empty();
  private skipped: SkippedFile[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private snapshotTimer: NodeJS.Timeout | undefined;
  private readonly logger: Logger;
  private readonly maxFileBytes: number;
  private readonly maxQuestionChars: number;
  private readonly maxAliasesPerServer: number;
  private readonly maxFilesPerServer: number;
  private readonly maxBytesPerServer: number;
  /** The worker that parses uploads (`parseInWorker`), or none: parsed inline. */
  private readonly parser: ParsePool | undefined;

  private constructor(private readonly options: EngineOptions) {
    this.logger = options.logger ?? silentLogger;
    this.maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    this.maxQuestionChars = options.maxQuestionChars ?? DEFAULT_MAX_QUESTION_CHARS;
    if (options.termVectors) this.relatedness = new TermRelatedness(options.termVectors, () => this.index);
    this.maxAliasesPerServer = options.maxAliasesPerServer ?? DEFAULT_MAX_ALIASES_PER_SERVER;
    this.maxFilesPerServer = options.maxFilesPerServer ?? DEFAULT_MAX_FILES_PER_SERVER;
    this.maxBytesPerServer = options.maxBytesPerServer ?? DEFAULT_MAX_BYTES_PER_SERVER;
    this.parser = options.parseInWorker ? new ParsePool() : undefined;
  }

  /** Opens a corpus folder: reuses the snapshot for unchanged files, indexes the rest. */
  static async open(options: EngineOptions): Promise<Engine> {
    // Built in the background (~150 ms): the first question need not wait for the dictionary.
    void preloadDictionary();
    const termVectors = options.termVectors ?? (await loadTermVectors(options));
    const engine = new Engine({ ...options, ...(termVectors ? { termVectors } : {}) });
    await mkdir(options.corpusDir, { recursive: true });
    await engine.loadFolder(true);
    return engine;
  }

  /** An engine over articles held in memory (eval, benchmarks): no folder, no snapshot. */
  static fromArticles(articles: Iterable<Article>, options: Partial<EngineOptions> = {}): Engine {
    const engine = new Engine({ corpusDir: '', ...options });
    const list = [...articles];
    for (const article of list) engine.track(article);
    engine.index.add(list.flatMap((article) => article.passages));
    return engine;
  }

  // ---- Questions ---------------------------------------------------------------------------------------

  ask(question: string, options: AskOptions = {}): Answer {
    return answerQuestion(question, this.answerContext(options.guildId, options.maxCitations));
  }

  search(query: string, options: ScopeOptions & { limit?: number } = {}): SearchHit[] {
    const context = this.answerContext(options.guildId);
    const planned = planFor(query, context);
    if (!planned.ok) return [];
    const ranked = rankPassages(planned.plan, context, options.limit ?? 10, { feedback: true });
    return this.toHits(
      ranked.map(({ passage, retrievalScore }) => ({ id: passage.id, score: retrievalScore })),
    );
  }

  suggest(partial: string, options: ScopeOptions & { limit?: number } = {}): SearchHit[] {
    const limit = options.limit ?? 25;
    const scopes = scopesFor(options.guildId);
    const terms = analyze(partial.slice(0, this.maxQuestionChars));
    if (terms.length === 0) {
      // Nothing typed yet: offer the articles themselves, by their opening passage.
      return this.toHits(
        this.listArticles(options)
          .slice(0, limit)
          .flatMap((article) =>
            article.passages[0] ? [{ id: article.passages[0].id, score: 0, terms: [] }] : [],
          ),
      );
    }
    return this.toHits(this.index.prefixSearch(terms, scopes, limit));
  }

  getPassage(id: string, options: ScopeOptions = {}): Passage | undefined {
    const passage = this.passages.get(id);
    return passage && scopesFor(options.guildId).includes(passage.scope) ? passage : undefined;
  }

  /** For the eval harness: the excerpt the answer step would take from one given passage. */
  pickExcerpt(question: string, passage: Passage): ExcerptChoice | null {
    const context = this.answerContext(undefined);
    const planned = planFor(question, context);
    return planned.ok ? pickExcerpt(planned.plan, passage, context.reader) : null;
  }

  // ---- Corpus ------------------------------------------------------------------------------------------

  listArticles(options: ScopeOptions & { ownOnly?: boolean } = {}): Article[] {
    const scopes = options.ownOnly ? [options.guildId ?? GLOBAL_SCOPE] : scopesFor(options.guildId);
    return [...this.articles.values()]
      .filter((article) => scopes.includes(article.scope))
      .sort((a, b) => a.file.localeCompare(b.file));
  }

  /** Every article of every scope (the terminal's `corpus list`). */
  allArticles(): Article[] {
    return [...this.articles.values()].sort((a, b) => a.file.localeCompare(b.file));
  }

  /** Totals of the whole corpus, or (with a guildId) of what that server sees: the global files and its own. */
  stats(options: ScopeOptions = {}): CorpusStats {
    if (options.guildId === undefined)
      return { articles: this.articles.size, passages: this.passages.size, skipped: this.allSkipped() };
    const scopes = scopesFor(options.guildId);
    const articles = this.listArticles(options);
    return {
      articles: articles.length,
      passages: articles.reduce((sum, article) => sum + article.passages.length, 0),
      skipped: this.allSkipped().filter((skip) => scopes.includes(skippedScope(skip.file))),
    };
  }

  addFile(name: string, bytes: Uint8Array, options: AddFileOptions = {}): Promise<Article> {
    return this.serialized(async () => {
      const file = relPathFor(safeFileName(name), options.guildId);
      const replacing = this.articles.has(file);
      if (replacing && !options.replace) {
        throw new CorpusError(
          `A file named "${name}" is already in the corpus. Remove it first, or add it again with replace.`,
        );
      }
      if (options.guildId !== undefined) await this.checkQuota(options.guildId, file, bytes.length);
      const override: Override = {
        ...(options.title ? { title: options.title } : {}),
        ...(options.url ? { url: options.url } : {}),
      };
      // Parse before writing: a bad file is refused without touching the corpus folder.
      const parsed = await this.parse(file, bytes);
      const article = applyOverrides(parsed.article, override);
      // Written (or cleared) always: a crash mid-removal may have left a stale override for this name.
      await writeOverride(
        this.options.corpusDir,
        file,
        Object.keys(override).length > 0 ? override : undefined,
      );
      await writeCorpusFile(this.options.corpusDir, file, bytes);
      await this.replaceArticleInSlices(file, article, parsed.aliases);
      this.logger.info(
        { file, passages: article.passages.length, ...(replacing ? { replaced: true } : {}) },
        'corpus file added',
      );
      return article;
    });
  }

  removeFile(name: string, options: ScopeOptions = {}): Promise<Article> {
    return this.serialized(async () => {
      const file =
        name.includes('/') && !options.guildId ? name : relPathFor(safeFileName(name), options.guildId);
      const article = this.articles.get(file);
      if (!article || (options.guildId !== undefined && article.scope !== options.guildId)) {
        throw new CorpusError(`There is no file named "${name}" in this corpus.`);
      }
      await removeCorpusFile(this.options.corpusDir, file);
      await writeOverride(this.options.corpusDir, file, undefined);
      this.replaceArticle(file, undefined);
      this.logger.info({ file }, 'corpus file removed');
      return article;
    });
  }

  /**
   * Deletes a file the corpus reports as skipped (empty, a PDF, binary, bad encoding...): it is no article, so
   * `removeFile` does not know it. `name` is its corpus path as `corpus check` prints it, or (with a guildId)
   * its name in that server's folder. Throws CorpusError when no skipped file of that scope has that name.
   */
  removeSkippedFile(name: string, options: ScopeOptions = {}): Promise<SkippedFile> {
    return this.serialized(async () => {
      const trimmed = name.trim();
      const file = options.guildId === undefined ? trimmed : `guilds/${options.guildId}/${trimmed}`;
      const skip = this.skipped.find(
        (s) => s.file === file && (options.guildId === undefined || skippedScope(s.file) === options.guildId),
      );
      if (!skip || isAliasFile(file)) {
        throw new CorpusError(`There is no file named "${name}" in this corpus.`);
      }
      // The one remover: the path must be inside the corpus folder, and a folder is never removed.
      await removeCorpusFile(this.options.corpusDir, skip.file);
      await writeOverride(this.options.corpusDir, skip.file, undefined);
      this.skipped = this.skipped.filter((s) => s.file !== skip.file);
      this.logger.info({ file: skip.file }, 'skipped corpus file removed');
      return skip;
    });
  }

  // ---- Aliases ----------------------------------------------------------------------------------------

  addAlias(name: string, meaning: string, options: ScopeOptions = {}): Promise<AliasEntry> {
    return this.serialized(async () => {
      const file = aliasFileFor(options.guildId);
      const checked = checkAlias(name, meaning);
      if ('problem' in checked) throw new CorpusError(checked.problem);
      // The file on disk is what is edited: a hand edit the watcher has not applied yet is kept.
      const current = await this.readAliasText(file);
      const { aliases } = parseAliasFile(current);
      const same = aliases.find((taught) => taught.alias.acronym === checked.alias.acronym);
      if (same) {
        throw new CorpusError(
          `“${same.name}” already means “${same.meaning}” here; remove it first to give it another meaning`,
        );
      }
      if (options.guildId !== undefined && aliases.length >= this.maxAliasesPerServer) {
        throw new CorpusError(
          `this server already has ${aliases.length} aliases, the most it may have; remove one first`,
        );
      }
      const bytes = Buffer.from(appendAlias(current, name, meaning), 'utf8');
      await writeCorpusFile(this.options.corpusDir, file, bytes);
      const added = this.applyAliasFile(file, bytes).find(
        (taught) => taught.alias.acronym === checked.alias.acronym,
      );
      if (!added) throw new Error(`the alias written to ${file} did not read back`);
      this.logger.info({ file, name: added.name, meaning: added.meaning }, 'alias added');
      return entryOf(added, file);
    });
  }

  removeAlias(name: string, options: ScopeOptions = {}): Promise<AliasEntry> {
    return this.serialized(async () => {
      const file = aliasFileFor(options.guildId);
      const term = termOfName(name);
      const current = await this.readAliasText(file);
      const found = parseAliasFile(current).aliases.find((taught) => taught.alias.acronym === term);
      if (!found || term === undefined) {
        const declared = this.listAliases({ ...options, ownOnly: true }).find(
          (entry) => term !== undefined && termOfName(entry.name) === term,
        );
        throw new CorpusError(
          declared
            ? `“${declared.name}” is declared in the front matter of ${declared.file}; edit or remove that file to change it`
            : `there is no alias called “${name.trim()}” here`,
        );
      }
      const bytes = Buffer.from(removeAlias(current, term), 'utf8');
      await writeCorpusFile(this.options.corpusDir, file, bytes);
      this.applyAliasFile(file, bytes);
      this.logger.info({ file, name: found.name }, 'alias removed');
      return entryOf(found, file);
    });
  }

  listAliases(options: ScopeOptions & { ownOnly?: boolean } = {}): AliasEntry[] {
    const scopes = options.ownOnly ? [options.guildId ?? GLOBAL_SCOPE] : scopesFor(options.guildId);
    return this.allAliases().filter((entry) => scopes.includes(entry.scope));
  }

  /** Every alias of every scope (the terminal's `corpus alias list`), by name. */
  allAliases(): AliasEntry[] {
    const entries: AliasEntry[] = [];
    for (const [file, { aliases }] of this.aliasFiles)
      for (const a of aliases) entries.push(entryOf(a, file));
    for (const [file, aliases] of this.declaredAliases)
      for (const a of aliases) entries.push(entryOf(a, file));
    return entries.sort(
      (a, b) =>
        a.name.toLowerCase().localeCompare(b.name.toLowerCase()) ||
        a.file.localeCompare(b.file) ||
        a.line - b.line,
    );
  }

  /**
   * Re-reads the corpus folder: all of it, or (with a guildId) only the global files and that server's own,
   * so one server's admin never re-reads another's files; the stats are then that server's view.
   */
  reload(options: ScopeOptions = {}): Promise<CorpusStats> {
    return this.serialized(async () => {
      await this.loadFolder(false, options.guildId === undefined ? undefined : scopesFor(options.guildId));
      return this.stats(options);
    });
  }

  watch(onChange?: (event: WatchEvent) => void): () => Promise<void> {
    return startWatcher(this.options.corpusDir, (file) =>
      this.serialized(async () => {
        const event = await this.refreshFile(file);
        if (event) {
          this.logger.info(event, 'corpus folder changed');
          onChange?.(event);
        }
      }),
    );
  }

  /** Writes any pending snapshot now (call before exit). */
  async close(): Promise<void> {
    if (this.snapshotTimer) {
      clearTimeout(this.snapshotTimer);
      this.snapshotTimer = undefined;
      await this.serialized(() => this.saveSnapshot());
    }
    await this.queue;
    await this.parser?.close();
  }

  /**
   * What a server's own article files take now: how many, and their bytes on disk (measured, so a file
   * changed by hand counts as it is). `except` (a file being replaced) is left out.
   */
  async serverUsage(guildId: string, except?: string): Promise<{ files: number; bytes: number }> {
    const own = [...this.articles.values()].filter((a) => a.scope === guildId && a.file !== except);
    const sizes = await Promise.all(
      own.map((article) =>
        lstat(resolveCorpusPath(this.options.corpusDir, article.file)).then(
          (info) => info.size,
          () => 0,
        ),
      ),
    );
    return { files: own.length, bytes: sizes.reduce((sum, size) => sum + size, 0) };
  }

  // ---- Internals ---------------------------------------------------------------------------------------

  private answerContext(guildId: string | undefined, maxCitations?: number): AnswerContext {
    return {
      index: this.index,
      aliases: this.aliases,
      passage: (id) => this.passages.get(id),
      reader: this.reader,
      ...(this.relatedness ? { relatedness: this.relatedness } : {}),
      scopes: scopesFor(guildId),
      maxQuestionChars: this.maxQuestionChars,
      ...(maxCitations ? { maxCitations } : {}),
    };
  }

  private toHits(ranked: { id: string; score: number }[]): SearchHit[] {
    return ranked.flatMap(({ id, score }) => {
      const passage = this.passages.get(id);
      return passage ? [hitOf(passage, score)] : [];
    });
  }

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work, work);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /**
   * Registers an article's passages and aliases (not the index: callers batch index additions). A snapshot
   * gives the aliases it learned before, saving a pass over the whole text.
   */
  private track(article: Article, aliases?: Alias[]): void {
    this.articles.set(article.file, article);
    for (const passage of article.passages) this.passages.set(passage.id, passage);
    this.aliases.add(
      article.file,
      article.scope,
      aliases ?? learnAliases(article.passages.map((p) => p.text).join('\n')),
    );
    if (article.aliasLines) {
      const { aliases: declared, problems } = readAliasLines(article.aliasLines);
      this.aliases.add(
        declaredSource(article.file),
        article.scope,
        declared.map((taught) => taught.alias),
      );
      this.declaredAliases.set(article.file, declared);
      this.reportAliasProblems(article.file, problems);
    }
  }

  private untrack(file: string): void {
    const old = this.articles.get(file);
    if (!old) return;
    this.index.discard(old.passages.map((passage) => passage.id));
    for (const passage of old.passages) this.passages.delete(passage.id);
    this.aliases.remove(file);
    this.aliases.remove(declaredSource(file));
    this.declaredAliases.delete(file);
    this.aliasProblems.delete(file);
    this.articles.delete(file);
  }

  /**
   * Parses a file's bytes: on the worker thread when there is one (with the aliases its text teaches), else
   * here. Throws CorpusError when the file is no article.
   */
  private async parse(file: string, bytes: Uint8Array): Promise<{ article: Article; aliases?: Alias[] }> {
    const options = { maxBytes: this.maxFileBytes };
    if (this.parser) return this.parser.parse(file, scopeOf(file), bytes, options);
    return { article: parseArticle(file, scopeOf(file), bytes, options) };
  }

  /**
   * `replaceArticle` for an upload: the passages go into the index a slice at a time, with a turn of the event
   * loop between slices, so a 2 MiB file (about 9,500 passages, 0.3 s to index) never holds up questions for
   * more than a slice. Questions in between may find part of the new article; never the old one beside it.
   */
  private async replaceArticleInSlices(file: string, article: Article, aliases?: Alias[]): Promise<void> {
    this.untrack(file);
    this.track(article, aliases);
    for (let start = 0; start < article.passages.length; start += PASSAGES_PER_SLICE) {
      if (start > 0) await new Promise((resolve) => setImmediate(resolve));
      this.index.add(article.passages.slice(start, start + PASSAGES_PER_SLICE));
    }
    this.skipped = this.skipped.filter((skip) => skip.file !== file);
    this.scheduleSnapshot();
  }

  /** Swaps one file's article in the index (or drops it): the incremental update path. */
  private replaceArticle(file: string, article: Article | undefined, aliases?: Alias[]): void {
    this.untrack(file);
    if (article) {
      this.track(article, aliases);
      this.index.add(article.passages);
    }
    this.skipped = this.skipped.filter((skip) => skip.file !== file);
    this.scheduleSnapshot();
  }

  /**
   * Reads the whole folder, or only the files of `scopes`; unchanged files (same hash) keep their indexed
   * passages, and articles and skipped files of other scopes are left as they are.
   */
  private async loadFolder(useSnapshot: boolean, scopes?: readonly string[]): Promise<void> {
    const inScope = (file: string) => !scopes || scopes.includes(skippedScope(file));
    const { corpusDir, indexPath } = this.options;
    if (useSnapshot && indexPath) {
      const read = await readSnapshot(indexPath);
      if ('snapshot' in read) {
        this.index = read.snapshot.index;
        for (const article of read.snapshot.articles) {
          this.track(article, read.snapshot.aliases.get(article.file));
        }
        this.logger.info({ articles: this.articles.size }, 'index snapshot loaded');
      } else {
        this.logger.info({ reason: read.problem }, 'building the index from the corpus');
      }
    }
    const scan = await scanCorpusFolder(corpusDir);
    const swept = await removeLeftoverTemps(scan.leftoverTemps, LEFTOVER_TEMP_AGE_MS);
    if (swept > 0) this.logger.info({ files: swept }, 'removed temp files left by interrupted writes');
    const files = scan.files.filter(inScope);
    const overrides = await readOverrides(corpusDir);
    const seen = new Set(files);
    const skipped: SkippedFile[] = scan.skipped.filter((skip) => inScope(skip.file));
    const added: Article[] = [];
    let changed = false;
    for (const [i, file] of files.entries()) {
      // Files are read synchronously (for small cached files, 3-5x faster than async reads), a batch at a time.
      if (i > 0 && i % FILES_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
      this.options.onProgress?.(i, files.length);
      try {
        const bytes = this.readCorpusBytesSync(file);
        const hash = createHash('sha256').update(bytes).digest('hex');
        const known = this.articles.get(file);
        const override = overrides.get(file);
        if (known && known.hash === hash && sameOverride(known, override)) continue;
        const article = applyOverrides(
          parseArticle(file, scopeOf(file), bytes, { maxBytes: this.maxFileBytes }),
          override,
        );
        this.untrack(file);
        this.track(article);
        added.push(article);
        changed = true;
      } catch (error) {
        if (this.articles.has(file)) this.untrack(file);
        skipped.push({ file, reason: reasonOf(error) });
        changed = true;
      }
    }
    this.options.onProgress?.(files.length, files.length);
    for (const file of [...this.articles.keys()]) {
      if (!seen.has(file) && inScope(file)) {
        this.untrack(file);
        changed = true;
      }
    }
    this.index.add(added.flatMap((article) => article.passages));
    this.loadAliasFiles(scan.aliasFiles.filter(inScope), inScope);
    this.skipped = [...this.skipped.filter((skip) => !inScope(skip.file)), ...skipped];
    for (const skip of skipped) this.logger.warn(skip, 'corpus file skipped');
    this.logger.info(
      {
        articles: this.articles.size,
        passages: this.passages.size,
        skipped: this.skipped.length,
        ...(scopes ? { scopes } : {}),
      },
      'corpus loaded',
    );
    if (changed) await this.saveSnapshot();
  }

  /** Skipped files, then alias lines that are not aliases. */
  private allSkipped(): SkippedFile[] {
    return [...this.skipped, ...[...this.aliasProblems.values()].flat()];
  }

  /** Reads the alias files (small, and not in the snapshot); forgets gone ones of the scopes read. */
  private loadAliasFiles(files: readonly string[], inScope: (file: string) => boolean): void {
    const seen = new Set(files);
    for (const file of new Set([...this.aliasFiles.keys(), ...this.aliasProblems.keys()])) {
      if (isAliasFile(file) && !seen.has(file) && inScope(file)) this.dropAliasFile(file);
    }
    for (const file of files) {
      try {
        const bytes = this.readCorpusBytesSync(file);
        if (this.aliasFiles.get(file)?.hash === sha256(bytes)) continue;
        this.applyAliasFile(file, bytes);
      } catch (error) {
        this.dropAliasFile(file);
        this.reportAliasProblems(file, [], reasonOf(error));
      }
    }
  }

  /**
   * Applies an alias file's bytes: its good lines become the file's aliases (replacing what it taught
   * before), its bad ones are reported. Throws CorpusError when the file cannot be decoded.
   */
  private applyAliasFile(file: string, bytes: Uint8Array): TaughtAlias[] {
    // An empty alias file teaches nothing (it is not an error, unlike an empty article).
    const parsed = parseAliasFile(bytes.length === 0 ? '' : decodeText(bytes, this.maxFileBytes));
    const scope = scopeOf(file);
    let aliases = parsed.aliases;
    const problems = [...parsed.problems];
    if (scope !== GLOBAL_SCOPE && aliases.length > this.maxAliasesPerServer) {
      for (const extra of aliases.slice(this.maxAliasesPerServer)) {
        problems.push({
          line: extra.line,
          reason: `a server may have at most ${this.maxAliasesPerServer} aliases`,
        });
      }
      aliases = aliases.slice(0, this.maxAliasesPerServer);
    }
    this.aliases.add(
      file,
      scope,
      aliases.map((taught) => taught.alias),
    );
    this.aliasFiles.set(file, { hash: sha256(bytes), aliases });
    this.reportAliasProblems(
      file,
      problems.sort((a, b) => a.line - b.line),
    );
    return aliases;
  }

  private dropAliasFile(file: string): void {
    this.aliases.remove(file);
    this.aliasFiles.delete(file);
    this.aliasProblems.delete(file);
  }

  /** Keeps (and logs) the problems of a file's alias lines, or of the whole alias file when `fileReason` is set. */
  private reportAliasProblems(file: string, problems: readonly AliasProblem[], fileReason?: string): void {
    const skipped = fileReason
      ? [{ file, reason: fileReason }]
      : problems.map(({ line, reason }) => ({ file: `${file}:${line}`, reason }));
    if (skipped.length > 0) this.aliasProblems.set(file, skipped);
    else this.aliasProblems.delete(file);
    for (const skip of skipped) this.logger.warn(skip, 'alias skipped');
  }

  /** An alias file's text, or '' when there is none yet; CorpusError when it is there but unreadable. */
  private async readAliasText(file: string): Promise<string> {
    try {
      const bytes = await this.readCorpusBytes(file);
      return bytes.length === 0 ? '' : decodeText(bytes, this.maxFileBytes);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
      throw new CorpusError(`${file} cannot be read (${reasonOf(error)}); fix or delete it first`);
    }
  }

  /** An alias file's change from the folder watcher. */
  private async refreshAliasFile(file: string): Promise<WatchEvent | undefined> {
    const known = this.aliasFiles.get(file);
    let bytes: Uint8Array;
    try {
      bytes = await this.readCorpusBytes(file);
    } catch (error) {
      const had = known !== undefined || this.aliasProblems.has(file);
      this.dropAliasFile(file);
      if (error instanceof CorpusError) {
        this.reportAliasProblems(file, [], error.message);
        return { file, kind: 'skipped', reason: error.message };
      }
      return had ? { file, kind: 'removed' } : undefined;
    }
    if (known?.hash === sha256(bytes)) return undefined; // our own write, or a touch
    try {
      this.applyAliasFile(file, bytes);
    } catch (error) {
      this.dropAliasFile(file);
      this.reportAliasProblems(file, [], reasonOf(error));
      return { file, kind: 'skipped', reason: reasonOf(error) };
    }
    const bad = this.aliasProblems.get(file)?.length ?? 0;
    return {
      file,
      kind: known ? 'changed' : 'added',
      ...(bad > 0 ? { reason: `${bad} line${bad === 1 ? '' : 's'} of it skipped` } : {}),
    };
  }

  /** Applies one file's change from the folder watcher; returns what happened, or nothing if no change. */
  private async refreshFile(file: string): Promise<WatchEvent | undefined> {
    if (isAliasFile(file)) return this.refreshAliasFile(file);
    let bytes: Uint8Array;
    try {
      bytes = await this.readCorpusBytes(file);
    } catch (error) {
      if (error instanceof CorpusError) {
        this.replaceArticle(file, undefined);
        this.skipped.push({ file, reason: error.message });
        return { file, kind: 'skipped', reason: error.message };
      }
      if (!this.articles.has(file)) return undefined;
      this.replaceArticle(file, undefined);
      return { file, kind: 'removed' };
    }
    const hash = createHash('sha256').update(bytes).digest('hex');
    const known = this.articles.get(file);
    if (known?.hash === hash) return undefined; // our own write, or a touch
    try {
      const overrides = await readOverrides(this.options.corpusDir);
      const parsed = await this.parse(file, bytes);
      const article = applyOverrides(parsed.article, overrides.get(file));
      this.replaceArticle(file, article, parsed.aliases);
      return { file, kind: known ? 'changed' : 'added' };
    } catch (error) {
      this.replaceArticle(file, undefined);
      const skip = { file, reason: reasonOf(error) };
      this.skipped.push(skip);
      this.logger.warn(skip, 'corpus file skipped');
      return { file, kind: 'skipped', reason: skip.reason };
    }
  }

  /**
   * `readCorpusBytes` without the event loop (for loading a folder): the one corpus reader (corpus/folder.ts),
   * so a link made after the folder scan to a file outside the folder is refused here too.
   */
  private readCorpusBytesSync(file: string): Uint8Array {
    return readCorpusFileSync(this.options.corpusDir, file, this.maxFileBytes);
  }

  /**
   * Reads a corpus file (the watcher's path) through the one corpus reader: a link to a file outside the
   * folder, a FIFO or an oversized file is refused (CorpusError) before anything is read.
   */
  private readCorpusBytes(file: string): Promise<Uint8Array> {
    return readCorpusFile(this.options.corpusDir, file, this.maxFileBytes);
  }

  /** Refuses (CorpusError, naming the limit and the use now) an upload that takes a server over a quota. */
  private async checkQuota(guildId: string, file: string, size: number): Promise<void> {
    const used = await this.serverUsage(guildId, file);
    if (used.files + 1 > this.maxFilesPerServer) {
      throw new CorpusError(
        `this server already has ${used.files} article file${used.files === 1 ? '' : 's'}, and its limit is ` +
          `${this.maxFilesPerServer}: remove one first, or replace one`,
      );
    }
    if (used.bytes + size > this.maxBytesPerServer) {
      throw new CorpusError(
        `this server's files may take ${formatBytes(this.maxBytesPerServer)} in all; they take ` +
          `${formatBytes(used.bytes)} now, and this file of ${formatBytes(size)} would make ` +
          `${formatBytes(used.bytes + size)}: remove a file first`,
      );
    }
  }

  private scheduleSnapshot(): void {
    if (!this.options.indexPath || this.snapshotTimer) return;
    this.snapshotTimer = setTimeout(() => {
      this.snapshotTimer = undefined;
      void this.serialized(() => this.saveSnapshot());
    }, SNAPSHOT_DELAY_MS);
    this.snapshotTimer.unref();
  }

  private async saveSnapshot(): Promise<void> {
    const path = this.options.indexPath;
    if (!path) return;
    try {
      await mkdir(dirname(path), { recursive: true });
      const snapshot = serializeSnapshot(this.articles.values(), this.index, (file) =>
        this.aliases.aliasesOf(file),
      );
      await writeFileAtomic(path, snapshot);
    } catch (error) {
      // A snapshot only saves time at the next start: failing to write one must not stop the bot.
      this.logger.warn({ path, error: (error as Error).message }, 'could not save the index snapshot');
    }
  }
}

/** A question from a server sees the global corpus and that server's own files, never another's. */
export /** The term vectors for `open`, or undefined (logged) when they cannot be had: answers then match exact words. */
async function loadTermVectors(options: EngineOptions): Promise<WordVectors | undefined> {
  const path = options.vectorsPath ?? DEFAULT_VECTORS_PATH;
  if (path === '') return undefined;
  const logger = options.logger ?? silentLogger;
  try {
    return await openTermVectors(path, { log: (message) => logger.info(message) });
  } catch (error) {
    logger.warn({ err: error, path }, 'word vectors unavailable: answering with exact words only');
    return undefined;
  }
}

function scopesFor(guildId: string | undefined): string[] {
  return guildId ? [GLOBAL_SCOPE, guildId] : [GLOBAL_SCOPE];
}

/** The scope of a file, or of a skipped folder: `guilds/<id>` (an unreadable folder) is that server's too. */
function skippedScope(file: string): string {
  return scopeOf(`${file}/-`);
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The AliasBook source of the aliases a file's front matter declares (apart from those its text teaches). */
function declaredSource(file: string): string {
  return `${file}\0front matter`;
}

/** The search term of an alias name, or undefined when it cannot be one. */
function termOfName(name: string): string | undefined {
  const checked = checkName(name);
  return typeof checked === 'string' ? undefined : checked.term;
}

function entryOf(taught: TaughtAlias, file: string): AliasEntry {
  return { name: taught.name, meaning: taught.meaning, file, line: taught.line, scope: scopeOf(file) };
}

function sameOverride(article: Article, override: Override | undefined): boolean {
  return (
    (!override?.title || override.title === article.title) && (!override?.url || override.url === article.url)
  );
}

function reasonOf(error: unknown): string {
  if (error instanceof CorpusError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  return code ? `cannot read the file (${code})` : `cannot read the file (${(error as Error).message})`;
}
