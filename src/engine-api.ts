/**
 * The engine's public face: what the CLI, the Discord bot, the eval harness and the benchmarks call.
 * It takes and returns plain data (see corpus/types.ts and answer/types.ts) and knows nothing of Discord.
 */
import type { Answer, AskOptions, SearchHit } from './answer/types.js';
import type { Article, Passage, SkippedFile } from './corpus/types.js';

export interface ScopeOptions {
  /** The Discord server asking; undefined means the global corpus only (terminal, DMs). */
  guildId?: string;
}

export interface AddFileOptions extends ScopeOptions {
  /** Override the title/url found in the file. */
  title?: string;
  url?: string;
  /**
   * Replace a file of the same name (atomically: the old article answers until the new one is written and
   * indexed; its title and url overrides give way to those given now). Without it that name is refused.
   */
  replace?: boolean;
}

/** A change the folder watcher applied; `reason` says why a file was skipped. */
export interface WatchEvent {
  file: string;
  kind: 'added' | 'changed' | 'removed' | 'skipped';
  reason?: string;
}

/** An alias: a one-word name people use (`name`) for what the articles call `meaning`. */
export interface AliasEntry {
  /** As written, e.g. "ISIS". */
  name: string;
  /** As written, e.g. "Islamic State". */
  meaning: string;
  /** Where it is declared: an alias file (`aliases.txt`, `guilds/<id>/aliases.txt`) or an article's front matter. */
  file: string;
  /** Its line in that file. */
  line: number;
  /** `'global'` or the server's id. */
  scope: string;
}

export interface CorpusStats {
  articles: number;
  passages: number;
  /** Files that are not articles, and alias lines that are not aliases (`file:line`), each with why. */
  skipped: SkippedFile[];
}

/**
 * Thrown for anything a person did wrong (bad upload, unknown file, bad name): `message` is safe to show.
 * It lives in corpus/errors.ts, where it is thrown; re-exported here for the CLI and the bot.
 */
export { CorpusError } from './corpus/errors.js';

export interface EngineApi {
  /** Answer a question with a cited verbatim excerpt, or say why not. Never throws for a bad question. */
  ask(question: string, options?: AskOptions): Answer;
  /** Best passages for a query (global + the asking server's files), best first. */
  search(query: string, options?: ScopeOptions & { limit?: number }): SearchHit[];
  /** Fast suggestions while typing (autocomplete): titles and passages, prefix-matched. */
  suggest(partial: string, options?: ScopeOptions & { limit?: number }): SearchHit[];
  /** A passage by id, only if visible from that scope. */
  getPassage(id: string, options?: ScopeOptions): Passage | undefined;
  /** Articles visible from a scope; `ownOnly` lists just the server's own uploads. */
  listArticles(options?: ScopeOptions & { ownOnly?: boolean }): Article[];
  /** Validate, write atomically into the corpus folder (under guilds/<id>/ when guildId is set) and index. */
  addFile(name: string, bytes: Uint8Array, options?: AddFileOptions): Promise<Article>;
  /** Delete a file from the corpus folder and the index. Throws CorpusError if it is not there. */
  removeFile(name: string, options?: ScopeOptions): Promise<Article>;
  /**
   * Teach an alias (`name`, one word, means `meaning`) for a server (or globally): written atomically to its
   * alias file and applied at once. Throws CorpusError (a polite reason) for a bad name or meaning, a name
   * already there, or a server at its limit.
   */
  addAlias(name: string, meaning: string, options?: ScopeOptions): Promise<AliasEntry>;
  /** Forget a taught alias by name (any case). Throws CorpusError if that scope's alias file lacks it. */
  removeAlias(name: string, options?: ScopeOptions): Promise<AliasEntry>;
  /** Aliases in effect from a scope (global + the server's); `ownOnly` lists just the server's own. */
  listAliases(options?: ScopeOptions & { ownOnly?: boolean }): AliasEntry[];
  /**
   * Re-read the corpus folder (changed files re-indexed, gone ones dropped): all of it, or with a guildId only
   * the global files and that server's own; the stats returned are then that server's view.
   */
  reload(options?: ScopeOptions): Promise<CorpusStats>;
  /** Totals of the whole corpus, or with a guildId what that server sees (global files and its own). */
  stats(options?: ScopeOptions): CorpusStats;
  /** Watch the corpus folder and apply changes as they happen; returns a stop function. */
  watch(onChange?: (event: WatchEvent) => void): () => Promise<void>;
}
