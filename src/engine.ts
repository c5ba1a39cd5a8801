/**
 * The engine: a corpus folder kept in step with a search index, answering questions over it. The only thing
 * the CLI, the Discord bot, the eval harness and the benchmarks talk to (engine-api.ts); no Discord in here.
 * This facade answers questions itself (the answer/ stages over the store) and hands the rest to its parts in
 * engine/: the article store, folder sync, the corpus edits, the parse worker and the snapshot keeper, whose changes (uploads,
 * removals, aliases, reloads, the folder watcher) run one at a time through one queue, so the files on disk,
 * the articles and the index always agree.
 */
import { mkdir } from 'node:fs/promises';
import { type ExcerptChoice, pickExcerpt } from './answer/align.js';
import { type AnswerContext, answerQuestion, planFor } from './answer/answer.js';
import { hitOf } from './answer/hits.js';
import { PassageReader } from './answer/passage-reader.js';
import { rankPassages } from './answer/rank.js';
import type { Relatedness } from './answer/relatedness.js';
import type { Answer, AskOptions, SearchHit } from './answer/types.js';
import { ParsePool } from './engine/parse-pool.js';
import { type Article, GLOBAL_SCOPE, type Passage, type SkippedFile } from './corpus/types.js';
import { CorpusEdits } from './engine/corpus-edits.js';
import { FolderSync } from './engine/folder-sync.js';
import { type EngineOptions, type Limits, limitsOf } from './engine/options.js';
import { ChangeQueue } from './engine/queue.js';
import { SnapshotKeeper } from './engine/snapshot-keeper.js';
import { ArticleStore, scopesFor } from './engine/store.js';
import type {
  AddFileOptions,
  AliasEntry,
  CorpusStats,
  EngineApi,
  ScopeOptions,
  WatchEvent,
} from './engine-api.js';
import { type Logger, silentLogger } from './logger.js';
import { analyze } from './search/analyzer.js';
import { dictionaryPathFor, preloadDictionary } from './search/dictionary.js';
import { openSynonyms } from './search/synonyms/store.js';
import { DEFAULT_VECTORS_PATH } from './search/vectors/store.js';
import { TermRelatedness } from './search/vectors/term-relatedness.js';
import { openTermVectors } from './search/vectors/term-vectors.js';

export type { EngineOptions } from './engine/options.js';

export class Engine implements EngineApi {
  private readonly store: ArticleStore;
  private readonly queue = new ChangeQueue();
  private readonly snapshots: SnapshotKeeper;
  private readonly sync: FolderSync;
  private readonly edits: CorpusEdits;
  /** Parses uploads and watched files: on a worker thread (`parseInWorker`), or inline. */
  private readonly parser: ParsePool;
  /** Sentences of the passages answers read, as the index keeps them (per engine, bounded). */
  private readonly reader = new PassageReader(() => this.store.index);
  /**
   * Word vectors (and WordNet synonyms) over this corpus's terms, when given; exact words only without them.
   * Set once: by the constructor, or by `open` once they are loaded (before it returns the engine).
   */
  private relatedness: Relatedness | undefined;
  private readonly limits: Limits;
  /** With `guildScopes: 'held'`: the servers whose own files this engine holds (undefined: every server). */
  private readonly held: Set<string> | undefined;

  private constructor(options: EngineOptions) {
    const logger: Logger = options.logger ?? silentLogger;
    const { corpusDir } = options;
    this.limits = limitsOf(options);
    this.store = new ArticleStore(logger, this.limits, () => this.snapshots.schedule());
    this.snapshots = new SnapshotKeeper(options.indexPath, this.store, this.queue, logger);
    this.parser = new ParsePool(options.parseInWorker ?? false);
    const { maxFileBytes } = this.limits;
    this.held = options.guildScopes === 'held' ? new Set() : undefined;
    const holds = (scope: string) => scope === GLOBAL_SCOPE || !this.held || this.held.has(scope);
    const syncOptions = { corpusDir, maxFileBytes, onProgress: options.onProgress, holds };
    this.sync = new FolderSync(syncOptions, this.store, this.snapshots, this.parser, this.queue, logger);
    this.edits = new CorpusEdits(corpusDir, this.limits, this.store, this.parser, this.queue, logger);
    if (options.termVectors) {
      this.relatedness = new TermRelatedness(options.termVectors, () => this.store.index, options.synonyms);
    }
  }

  /** Opens a corpus folder: reuses the snapshot for unchanged files, indexes the rest. */
  static async open(options: EngineOptions): Promise<Engine> {
    // Loaded in the background: the first question need not wait. Its compiled file is kept beside the word
    // vectors, or where they would be by default when they are off ('': the dictionary is never off).
    const logger = options.logger ?? silentLogger;
    void preloadDictionary({
      file: dictionaryPathFor(options.vectorsPath || DEFAULT_VECTORS_PATH),
      log: (message) => logger.info(message),
    });
    // The word vectors (a 27 MB read) load while the snapshot and the folder are read: neither needs them.
    // Never rejects: a table that cannot be had is logged and done without.
    const beside = Promise.all([
      options.termVectors ?? loadBesideVectors(options, openTermVectors, WITHOUT_TERM_VECTORS),
      options.synonyms ?? loadBesideVectors(options, openSynonyms, WITHOUT_SYNONYMS),
    ]);
    const engine = new Engine(options);
    try {
      await mkdir(options.corpusDir, { recursive: true });
      await engine.snapshots.restore();
      await engine.sync.load();
    } finally {
      // Given or loaded, each (as the constructor makes it from given ones).
      const [termVectors, synonyms] = await beside;
      if (termVectors)
        engine.relatedness = new TermRelatedness(termVectors, () => engine.store.index, synonyms);
    }
    return engine;
  }

  /** An engine over articles held in memory (eval, benchmarks): no folder, no snapshot. */
  static fromArticles(articles: Iterable<Article>, options: Partial<EngineOptions> = {}): Engine {
    const engine = new Engine({ corpusDir: '', ...options });
    const list = [...articles];
    for (const article of list) engine.store.track(article);
    engine.store.index.add(list.flatMap((article) => article.passages));
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
    const terms = analyze(partial.slice(0, this.limits.maxQuestionChars));
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
    return this.toHits(this.store.index.prefixSearch(terms, scopes, limit));
  }

  getPassage(id: string, options: ScopeOptions = {}): Passage | undefined {
    return this.store.getPassage(id, options);
  }

  /** For the eval harness: the excerpt the answer step would take from one given passage. */
  pickExcerpt(question: string, passage: Passage): ExcerptChoice | null {
    const context = this.answerContext(undefined);
    const planned = planFor(question, context);
    return planned.ok ? pickExcerpt(planned.plan, passage, context.reader) : null;
  }

  // ---- Corpus ------------------------------------------------------------------------------------------

  listArticles(options: ScopeOptions & { ownOnly?: boolean } = {}): Article[] {
    return this.store.listArticles(options);
  }

  /** Every article of every scope (the terminal's `corpus list`). */
  allArticles(): Article[] {
    return this.store.allArticles();
  }

  /** Totals of the whole corpus, or (with a guildId) of what that server sees: the global files and its own. */
  stats(options: ScopeOptions = {}): CorpusStats {
    return this.store.stats(options);
  }

  addFile(name: string, bytes: Uint8Array, options: AddFileOptions = {}): Promise<Article> {
    return this.edits.addFile(name, bytes, options);
  }

  removeFile(name: string, options: ScopeOptions = {}): Promise<Article> {
    return this.edits.removeFile(name, options);
  }

  /** Deletes a file the corpus reports as skipped (see CorpusEdits.removeSkippedFile). */
  removeSkippedFile(name: string, options: ScopeOptions = {}): Promise<SkippedFile> {
    return this.edits.removeSkippedFile(name, options);
  }

  /**
   * What a server's own article files take now: how many, and their bytes on disk. `except` (a file being
   * replaced) is left out.
   */
  serverUsage(guildId: string, except?: string): Promise<{ files: number; bytes: number }> {
    return this.edits.serverUsage(guildId, except);
  }

  // ---- Aliases ----------------------------------------------------------------------------------------

  addAlias(name: string, meaning: string, options: ScopeOptions = {}): Promise<AliasEntry> {
    return this.edits.addAlias(name, meaning, options);
  }

  removeAlias(name: string, options: ScopeOptions = {}): Promise<AliasEntry> {
    return this.edits.removeAlias(name, options);
  }

  listAliases(options: ScopeOptions & { ownOnly?: boolean } = {}): AliasEntry[] {
    return this.store.listAliases(options);
  }

  /** Every alias of every scope (the terminal's `corpus alias list`), by name. */
  allAliases(): AliasEntry[] {
    return this.store.allAliases();
  }

  // ---- The folder ---------------------------------------------------------------------------------------

  /**
   * Re-reads the corpus folder: all of it, or (with a guildId) only the global files and that server's own,
   * so one server's admin never re-reads another's files; the stats are then that server's view.
   */
  reload(options: ScopeOptions = {}): Promise<CorpusStats> {
    return this.queue.run(async () => {
      await this.sync.load(options.guildId === undefined ? undefined : scopesFor(options.guildId));
      return this.stats(options);
    });
  }

  watch(onChange?: (event: WatchEvent) => void, onReady?: () => void): () => Promise<void> {
    return this.sync.watch(onChange, onReady);
  }

  /**
   * With `guildScopes: 'held'` (a shard process): loads the own files of these servers not held yet (one read
   * of the folder for all of them) and holds them from now on. `exclusive`: these are all the servers held, so
   * the articles of any other server (restored from the snapshot, from a shard count since changed) are dropped.
   */
  holdGuilds(guildIds: Iterable<string>, options: { exclusive?: boolean } = {}): Promise<CorpusStats> {
    return this.queue.run(async () => {
      const held = this.held;
      if (!held) return this.stats();
      const wanted = new Set(guildIds);
      if (options.exclusive) {
        for (const guildId of held) if (!wanted.has(guildId)) held.delete(guildId);
        const keep = (scope: string) => scope === GLOBAL_SCOPE || wanted.has(scope);
        if (this.sync.forget(keep)) this.snapshots.schedule();
      }
      const added = [...wanted].filter((guildId) => !held.has(guildId));
      for (const guildId of added) held.add(guildId);
      if (added.length > 0) await this.sync.load(added);
      return this.stats();
    });
  }

  /** Writes any pending snapshot now, waits for changes under way and stops the parser (call before exit). */
  async close(): Promise<void> {
    await this.snapshots.flush();
    await this.queue.idle();
    await this.parser.close();
  }

  // ---- Internals ---------------------------------------------------------------------------------------

  private answerContext(guildId: string | undefined, maxCitations?: number): AnswerContext {
    const scopes = scopesFor(guildId);
    return {
      index: this.store.index,
      aliases: this.store.aliases,
      passage: (id) => this.store.passage(id),
      passageIn: (file, n) => this.store.passageIn(file, n),
      reader: this.reader,
      ...(this.relatedness ? { relatedness: this.relatedness } : {}),
      scopes,
      sourceNames: this.store.sources.visibleTo(scopes),
      filesOfSource: (name) => this.store.sources.filesOf(name, scopes),
      maxQuestionChars: this.limits.maxQuestionChars,
      ...(maxCitations ? { maxCitations } : {}),
    };
  }

  private toHits(ranked: { id: string; score: number }[]): SearchHit[] {
    return ranked.flatMap(({ id, score }) => {
      const passage = this.store.passage(id);
      return passage ? [hitOf(passage, score)] : [];
    });
  }
}

const WITHOUT_TERM_VECTORS = 'word vectors unavailable: answering with exact words only';
const WITHOUT_SYNONYMS = 'synonyms unavailable: answering with the word vectors alone';

/**
 * What `open` finds beside the word vectors (the term vectors, the WordNet synonyms), or undefined (logged as
 * `unavailable`) when it cannot be had: answers then do without it.
 */
async function loadBesideVectors<T>(
  options: EngineOptions,
  openAt: (path: string, options: { log: (message: string) => void }) => Promise<T>,
  unavailable: string,
): Promise<T | undefined> {
  const path = options.vectorsPath ?? DEFAULT_VECTORS_PATH;
  if (path === '') return undefined;
  const logger = options.logger ?? silentLogger;
  try {
    return await openAt(path, { log: (message) => logger.info(message) });
  } catch (error) {
    logger.warn({ err: error, path }, unavailable);
    return undefined;
  }
}
