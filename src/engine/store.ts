/**
 * The article store: what the engine knows of its corpus, in memory. The articles and their passages, the
 * search index over them, the aliases (learned from the text, declared in front matter, taught in alias
 * files) and the files that are not articles, each with why. Only the store changes these, so an article's
 * passages, index entries and aliases come and go with it. It reads and writes no files: folder sync and the
 * edits read the bytes and hand them over.
 */
import { SourceNames } from '../corpus/source-names.js';
import type { AliasEntry, CorpusStats, ScopeOptions } from '../engine-api.js';
import { decodeText } from '../corpus/decode.js';
import { scopeOf } from '../corpus/names.js';
import { sha256Hex } from '../corpus/article.js';
import { LazyArticle, numbersItsPassages, passageCountOf, passageIdsOf } from '../corpus/lazy-article.js';
import { isPassageIdOf, passageNumberOf } from '../corpus/passage-id.js';
import { type Article, GLOBAL_SCOPE, type Passage, type SkippedFile } from '../corpus/types.js';
import type { Logger } from '../logger.js';
import { type Alias, AliasBook, learnArticleAliases } from '../search/aliases.js';
import { PassageIndex } from '../search/passage-index.js';
import {
  type AliasProblem,
  parseAliasFile,
  readAliasLines,
  type TaughtAlias,
} from '../search/taught-aliases.js';
import type { Limits } from './options.js';

/** Passages an upload adds to the index between turns of the event loop (about 10 ms of work). */
const PASSAGES_PER_SLICE = 256;

export class ArticleStore {
  /** The search index over every passage of every article. */
  index = PassageIndex.empty();
  readonly aliases = new AliasBook();
  /** The outlets the articles come from, by their web address ("according to the media line"). */
  readonly sources = new SourceNames();
  private readonly articles = new Map<string, Article>();
  /**
   * Passages are found through their article (ids are `<file>#<n>`: corpus/passage-id.ts), not by a Map entry
   * each (1M of them at a start); a passage whose id is not of that form is kept here.
   */
  private readonly otherPassages = new Map<string, Passage>();
  private passageCount = 0;
  /** Alias files (`aliases.txt`) as last applied: their hash (to skip our own writes) and their aliases. */
  private readonly aliasFiles = new Map<string, { hash: string; aliases: TaughtAlias[] }>();
  /** Aliases articles declare in their front matter, by file. */
  private readonly declaredAliases = new Map<string, TaughtAlias[]>();
  /** Alias lines that could not be read, by the file they are in (reported among the skipped). */
  private readonly aliasProblems = new Map<string, SkippedFile[]>();
  private skipped: SkippedFile[] = [];

  /** `articlesChanged` is told after each article added, replaced or dropped one by one (the snapshot). */
  constructor(
    private readonly logger: Logger,
    private readonly limits: Pick<Limits, 'maxFileBytes' | 'maxAliasesPerServer'>,
    private readonly articlesChanged: () => void = () => {},
  ) {}

  // ---- Reading -----------------------------------------------------------------------------------------

  article(file: string): Article | undefined {
    return this.articles.get(file);
  }

  /** A passage by id, whatever its scope. */
  passage(id: string): Passage | undefined {
    const other = this.otherPassages.get(id);
    if (other) return other;
    const numbered = passageNumberOf(id);
    if (!numbered) return undefined;
    const article = this.articles.get(id.slice(0, numbered.hash));
    // A snapshot's article makes that passage alone, not all of its passages.
    const passage =
      article instanceof LazyArticle ? article.passageAt(numbered.n - 1) : article?.passages[numbered.n - 1];
    return passage?.id === id ? passage : undefined;
  }

  /**
   * Passage `n` (from 1) of a file's article: what `passage` gives for the id `<file>#<n>`, without making
   * that id and reading it back (answers look up the context passages of every candidate).
   */
  passageIn(file: string, n: number): Passage | undefined {
    if (this.otherPassages.size > 0) return this.passage(`${file}#${n}`);
    const article = this.articles.get(file);
    const passage = article instanceof LazyArticle ? article.passageAt(n - 1) : article?.passages[n - 1];
    return passage && isPassageIdOf(passage.id, file, n) ? passage : undefined;
  }

  /** A passage by id, only if visible from that scope. */
  getPassage(id: string, options: ScopeOptions = {}): Passage | undefined {
    const passage = this.passage(id);
    return passage && scopesFor(options.guildId).includes(passage.scope) ? passage : undefined;
  }

  /** The files of every article, in no order. */
  files(): string[] {
    return [...this.articles.keys()];
  }

  /** Every article in the order it was added (the snapshot's order). */
  articlesAsAdded(): IterableIterator<Article> {
    return this.articles.values();
  }

  /** How many articles and passages, and files skipped (alias lines not counted). */
  counts(): { articles: number; passages: number; skipped: number } {
    return { articles: this.articles.size, passages: this.passageCount, skipped: this.skipped.length };
  }

  listArticles(options: ScopeOptions & { ownOnly?: boolean } = {}): Article[] {
    const scopes = listedScopes(options);
    return this.allArticles().filter((article) => scopes.includes(article.scope));
  }

  /** Every article of every scope, by file. */
  allArticles(): Article[] {
    return [...this.articles.values()].sort((a, b) => a.file.localeCompare(b.file));
  }

  /** Totals of the whole corpus, or (with a guildId) of what that server sees: the global files and its own. */
  stats(options: ScopeOptions = {}): CorpusStats {
    if (options.guildId === undefined)
      return { articles: this.articles.size, passages: this.passageCount, skipped: this.allSkipped() };
    const scopes = scopesFor(options.guildId);
    const articles = this.listArticles(options);
    return {
      articles: articles.length,
      passages: articles.reduce((sum, article) => sum + passageCountOf(article), 0),
      skipped: this.allSkipped().filter((skip) => scopes.includes(skippedScope(skip.file))),
    };
  }

  listAliases(options: ScopeOptions & { ownOnly?: boolean } = {}): AliasEntry[] {
    const scopes = listedScopes(options);
    return this.allAliases().filter((entry) => scopes.includes(entry.scope));
  }

  /** Every alias of every scope, by name. */
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

  // ---- Articles ----------------------------------------------------------------------------------------

  /**
   * Registers an article's passages and aliases (not the index: callers batch index additions). A snapshot
   * gives the aliases it learned before, saving a pass over the whole text.
   */
  track(article: Article, aliases?: Alias[]): void {
    this.articles.set(article.file, article);
    this.sources.add(article.file, article.scope, article.url);
    this.passageCount += passageCountOf(article);
    // A snapshot's article makes its passages when first read, numbered as ids go: none to set aside.
    if (!numbersItsPassages(article)) {
      article.passages.forEach((passage, i) => {
        if (!isPassageIdOf(passage.id, article.file, i + 1)) this.otherPassages.set(passage.id, passage);
      });
    }
    this.aliases.add(article.file, article.scope, aliases ?? learnArticleAliases(article));
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

  /** Forgets a file's article: its passages (in the index too) and every alias it taught. */
  untrack(file: string): void {
    const old = this.articles.get(file);
    if (!old) return;
    const ids = passageIdsOf(old);
    this.index.discard(ids);
    this.passageCount -= ids.length;
    for (const id of ids) this.otherPassages.delete(id);
    this.sources.remove(file);
    this.aliases.remove(file);
    this.aliases.remove(declaredSource(file));
    this.declaredAliases.delete(file);
    this.aliasProblems.delete(file);
    this.articles.delete(file);
  }

  /** Swaps one file's article in the index (or drops it): the incremental update path. */
  replaceArticle(file: string, article: Article | undefined, aliases?: Alias[]): void {
    this.untrack(file);
    if (article) {
      this.track(article, aliases);
      this.index.add(article.passages);
    }
    this.forgetSkipped(file);
    this.articlesChanged();
  }

  /**
   * `replaceArticle` for an upload: the passages go into the index a slice at a time, with a turn of the event
   * loop between slices, so a 2 MiB file (about 9,500 passages, 0.3 s to index) never holds up questions for
   * more than a slice. Questions in between may find part of the new article; never the old one beside it.
   */
  async replaceArticleInSlices(file: string, article: Article, aliases?: Alias[]): Promise<void> {
    this.untrack(file);
    this.track(article, aliases);
    for (let start = 0; start < article.passages.length; start += PASSAGES_PER_SLICE) {
      if (start > 0) await new Promise((resolve) => setImmediate(resolve));
      this.index.add(article.passages.slice(start, start + PASSAGES_PER_SLICE));
    }
    this.forgetSkipped(file);
    this.articlesChanged();
  }

  // ---- Skipped files -----------------------------------------------------------------------------------

  /** Skipped files, then alias lines that are not aliases. */
  allSkipped(): SkippedFile[] {
    return [...this.skipped, ...[...this.aliasProblems.values()].flat()];
  }

  /** A skipped file (not an alias line) by its corpus path. */
  skippedFile(file: string): SkippedFile | undefined {
    return this.skipped.find((skip) => skip.file === file);
  }

  addSkipped(skip: SkippedFile): void {
    this.skipped.push(skip);
  }

  forgetSkipped(file: string): void {
    this.skipped = this.skipped.filter((skip) => skip.file !== file);
  }

  /** The skipped files of the scopes just read (`inScope`) become `skipped`; other scopes' stay. */
  replaceSkipped(inScope: (file: string) => boolean, skipped: readonly SkippedFile[]): void {
    this.skipped = [...this.skipped.filter((skip) => !inScope(skip.file)), ...skipped];
  }

  // ---- Alias files -------------------------------------------------------------------------------------

  /** The hash of an alias file's bytes as last applied, or undefined when it is not applied. */
  aliasFileHash(file: string): string | undefined {
    return this.aliasFiles.get(file)?.hash;
  }

  /** Whether an alias file is known: applied, or reported as unreadable. */
  knowsAliasFile(file: string): boolean {
    return this.aliasFiles.has(file) || this.aliasProblems.has(file);
  }

  /** Alias lines of a file reported as not aliases. */
  aliasProblemCount(file: string): number {
    return this.aliasProblems.get(file)?.length ?? 0;
  }

  /** Every file with aliases or alias problems on record (alias files and articles alike). */
  aliasSources(): string[] {
    return [...new Set([...this.aliasFiles.keys(), ...this.aliasProblems.keys()])];
  }

  /**
   * Applies an alias file's bytes: its good lines become the file's aliases (replacing what it taught
   * before), its bad ones are reported. Throws CorpusError when the file cannot be decoded.
   */
  applyAliasFile(file: string, bytes: Uint8Array): TaughtAlias[] {
    // An empty alias file teaches nothing (it is not an error, unlike an empty article).
    const parsed = parseAliasFile(bytes.length === 0 ? '' : decodeText(bytes, this.limits.maxFileBytes));
    const scope = scopeOf(file);
    const most = this.limits.maxAliasesPerServer;
    let aliases = parsed.aliases;
    const problems = [...parsed.problems];
    if (scope !== GLOBAL_SCOPE && aliases.length > most) {
      for (const extra of aliases.slice(most)) {
        problems.push({ line: extra.line, reason: `a server may have at most ${most} aliases` });
      }
      aliases = aliases.slice(0, most);
    }
    this.aliases.add(
      file,
      scope,
      aliases.map((taught) => taught.alias),
    );
    this.aliasFiles.set(file, { hash: sha256Hex(bytes), aliases });
    this.reportAliasProblems(
      file,
      problems.sort((a, b) => a.line - b.line),
    );
    return aliases;
  }

  dropAliasFile(file: string): void {
    this.aliases.remove(file);
    this.aliasFiles.delete(file);
    this.aliasProblems.delete(file);
  }

  /** Keeps (and logs) the problems of a file's alias lines, or of the whole alias file when `fileReason` is set. */
  reportAliasProblems(file: string, problems: readonly AliasProblem[], fileReason?: string): void {
    const skipped = fileReason
      ? [{ file, reason: fileReason }]
      : problems.map(({ line, reason }) => ({ file: `${file}:${line}`, reason }));
    if (skipped.length > 0) this.aliasProblems.set(file, skipped);
    else this.aliasProblems.delete(file);
    for (const skip of skipped) this.logger.warn(skip, 'alias skipped');
  }
}

/** A question from a server sees the global corpus and that server's own files, never another's. */
export function scopesFor(guildId: string | undefined): string[] {
  return guildId ? [GLOBAL_SCOPE, guildId] : [GLOBAL_SCOPE];
}

/** What a listing shows: what the server sees, or (`ownOnly`) its own files alone. */
function listedScopes(options: ScopeOptions & { ownOnly?: boolean }): string[] {
  return options.ownOnly ? [options.guildId ?? GLOBAL_SCOPE] : scopesFor(options.guildId);
}

/** The scope of a file, or of a skipped folder: `guilds/<id>` (an unreadable folder) is that server's too. */
export function skippedScope(file: string): string {
  return scopeOf(`${file}/-`);
}

export function entryOf(taught: TaughtAlias, file: string): AliasEntry {
  return { name: taught.name, meaning: taught.meaning, file, line: taught.line, scope: scopeOf(file) };
}

/** The AliasBook source of the aliases a file's front matter declares (apart from those its text teaches). */
function declaredSource(file: string): string {
  return `${file}\0front matter`;
}
