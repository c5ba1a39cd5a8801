/**
 * Corpus edits: what a person changes through the engine (an upload, a removal, a taught or forgotten alias),
 * each checked first (names, quotas, the alias rules), then written to the corpus folder atomically, then
 * applied to the article store, all as one step of the change queue. Anything refused is a CorpusError whose
 * message can be shown as it is.
 */
import { lstat } from 'node:fs/promises';
import type { AddFileOptions, AliasEntry, ScopeOptions } from '../engine-api.js';
import { decodeText, formatBytes } from '../corpus/decode.js';
import { CorpusError, reasonOf } from '../corpus/errors.js';
import { readCorpusFile, removeCorpusFile, resolveCorpusPath, writeCorpusFile } from '../corpus/folder.js';
import { aliasFileFor, isAliasFile, listedPath, relPathFor, safeFileName } from '../corpus/names.js';
import { type Override, writeOverride } from '../corpus/overrides.js';
import type { ParsePool } from './parse-pool.js';
import type { Article, SkippedFile } from '../corpus/types.js';
import type { Logger } from '../logger.js';
import { appendAlias, checkAlias, checkName, parseAliasFile, removeAlias } from '../search/taught-aliases.js';
import type { Limits } from './options.js';
import type { ChangeQueue } from './queue.js';
import { type ArticleStore, entryOf, skippedScope } from './store.js';

export class CorpusEdits {
  constructor(
    private readonly corpusDir: string,
    private readonly limits: Limits,
    private readonly store: ArticleStore,
    private readonly parser: ParsePool,
    private readonly queue: ChangeQueue,
    private readonly logger: Logger,
  ) {}

  addFile(name: string, bytes: Uint8Array, options: AddFileOptions = {}): Promise<Article> {
    return this.queue.run(async () => {
      const file = relPathFor(safeFileName(name), options.guildId);
      const replacing = this.store.article(file) !== undefined;
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
      const parsed = await this.parser.parse(file, bytes, { maxBytes: this.limits.maxFileBytes, override });
      const article = parsed.article;
      // Written (or cleared) always: a crash mid-removal may have left a stale override for this name.
      await writeOverride(this.corpusDir, file, Object.keys(override).length > 0 ? override : undefined);
      await writeCorpusFile(this.corpusDir, file, bytes);
      await this.store.replaceArticleInSlices(file, article, parsed.aliases);
      this.logger.info(
        { file, passages: article.passages.length, ...(replacing ? { replaced: true } : {}) },
        'corpus file added',
      );
      return article;
    });
  }

  removeFile(name: string, options: ScopeOptions = {}): Promise<Article> {
    return this.queue.run(async () => {
      // A corpus path ("guilds/1/notes.md") from the terminal, or a name. A file dropped into the folder may
      // have a name an upload could not ("notes ünïcode.txt"): the name as listed is looked up first (only a
      // file the corpus holds is found), then as an upload's name.
      const byPath = name.includes('/') && !options.guildId;
      const listed = byPath ? name.trim() : listedPath(name.trim(), options.guildId);
      const file =
        byPath || this.store.article(listed) ? listed : relPathFor(safeFileName(name), options.guildId);
      const article = this.store.article(file);
      if (!article || (options.guildId !== undefined && article.scope !== options.guildId)) {
        throw new CorpusError(`There is no file named "${name}" in this corpus.`);
      }
      await removeCorpusFile(this.corpusDir, file);
      await writeOverride(this.corpusDir, file, undefined);
      this.store.replaceArticle(file, undefined);
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
    return this.queue.run(async () => {
      const trimmed = name.trim();
      const file = listedPath(trimmed, options.guildId);
      const skip = this.store.skippedFile(file);
      const inScope = skip && (options.guildId === undefined || skippedScope(skip.file) === options.guildId);
      if (!skip || !inScope || isAliasFile(file)) {
        throw new CorpusError(`There is no file named "${name}" in this corpus.`);
      }
      // The one remover: the path must be inside the corpus folder, and a folder is never removed.
      await removeCorpusFile(this.corpusDir, skip.file);
      await writeOverride(this.corpusDir, skip.file, undefined);
      this.store.forgetSkipped(skip.file);
      this.logger.info({ file: skip.file }, 'skipped corpus file removed');
      return skip;
    });
  }

  addAlias(name: string, meaning: string, options: ScopeOptions = {}): Promise<AliasEntry> {
    return this.queue.run(async () => {
      const file = aliasFileFor(options.guildId);
      const checked = checkAlias(name, meaning);
      if ('problem' in checked) throw new CorpusError(checked.problem);
      // The file on disk is what is edited: a hand edit the watcher has not applied yet is kept.
      const current = this.readAliasText(file);
      const { aliases } = parseAliasFile(current);
      const same = aliases.find((taught) => taught.alias.acronym === checked.alias.acronym);
      if (same) {
        throw new CorpusError(
          `“${same.name}” already means “${same.meaning}” here; remove it first to give it another meaning`,
        );
      }
      if (options.guildId !== undefined && aliases.length >= this.limits.maxAliasesPerServer) {
        throw new CorpusError(
          `this server already has ${aliases.length} aliases, the most it may have; remove one first`,
        );
      }
      const bytes = Buffer.from(appendAlias(current, name, meaning), 'utf8');
      await writeCorpusFile(this.corpusDir, file, bytes);
      const added = this.store
        .applyAliasFile(file, bytes)
        .find((taught) => taught.alias.acronym === checked.alias.acronym);
      if (!added) throw new Error(`the alias written to ${file} did not read back`);
      this.logger.info({ file, name: added.name, meaning: added.meaning }, 'alias added');
      return entryOf(added, file);
    });
  }

  removeAlias(name: string, options: ScopeOptions = {}): Promise<AliasEntry> {
    return this.queue.run(async () => {
      const file = aliasFileFor(options.guildId);
      const term = termOfName(name);
      const current = this.readAliasText(file);
      const found = parseAliasFile(current).aliases.find((taught) => taught.alias.acronym === term);
      if (!found || term === undefined) {
        const declared = this.store
          .listAliases({ ...options, ownOnly: true })
          .find((entry) => term !== undefined && termOfName(entry.name) === term);
        throw new CorpusError(
          declared
            ? `“${declared.name}” is declared in the front matter of ${declared.file}; edit or remove that file to change it`
            : `there is no alias called “${name.trim()}” here`,
        );
      }
      const bytes = Buffer.from(removeAlias(current, term), 'utf8');
      await writeCorpusFile(this.corpusDir, file, bytes);
      this.store.applyAliasFile(file, bytes);
      this.logger.info({ file, name: found.name }, 'alias removed');
      return entryOf(found, file);
    });
  }

  /**
   * What a server's own article files take now: how many, and their bytes on disk (measured, so a file
   * changed by hand counts as it is). `except` (a file being replaced) is left out.
   */
  async serverUsage(guildId: string, except?: string): Promise<{ files: number; bytes: number }> {
    const own = this.store.listArticles({ guildId, ownOnly: true }).filter((a) => a.file !== except);
    const sizes = await Promise.all(
      own.map((article) =>
        lstat(resolveCorpusPath(this.corpusDir, article.file)).then(
          (info) => info.size,
          () => 0,
        ),
      ),
    );
    return { files: own.length, bytes: sizes.reduce((sum, size) => sum + size, 0) };
  }

  /** Refuses (CorpusError, naming the limit and the use now) an upload that takes a server over a quota. */
  private async checkQuota(guildId: string, file: string, size: number): Promise<void> {
    const { maxFilesPerServer, maxBytesPerServer } = this.limits;
    const used = await this.serverUsage(guildId, file);
    if (used.files + 1 > maxFilesPerServer) {
      throw new CorpusError(
        `this server already has ${used.files} article file${used.files === 1 ? '' : 's'}, and its limit is ` +
          `${maxFilesPerServer}: remove one first, or replace one`,
      );
    }
    if (used.bytes + size > maxBytesPerServer) {
      throw new CorpusError(
        `this server's files may take ${formatBytes(maxBytesPerServer)} in all; they take ` +
          `${formatBytes(used.bytes)} now, and this file of ${formatBytes(size)} would make ` +
          `${formatBytes(used.bytes + size)}: remove a file first`,
      );
    }
  }

  /** An alias file's text, or '' when there is none yet; CorpusError when it is there but unreadable. */
  private readAliasText(file: string): string {
    const maxBytes = this.limits.maxFileBytes;
    try {
      const bytes = readCorpusFile(this.corpusDir, file, maxBytes);
      return bytes.length === 0 ? '' : decodeText(bytes, maxBytes);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
      throw new CorpusError(`${file} cannot be read (${reasonOf(error)}); fix or delete it first`);
    }
  }
}

/** The search term of an alias name, or undefined when it cannot be one. */
function termOfName(name: string): string | undefined {
  const checked = checkName(name);
  return typeof checked === 'string' ? undefined : checked.term;
}
