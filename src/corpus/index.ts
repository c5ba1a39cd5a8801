/**
 * The corpus module's public surface: import from here rather than from the individual files. Files ->
 * articles -> passages, with no search and no Discord in it:
 *
 * - `decode.ts` bytes -> canonical text; `file-types.ts` which files can be articles; `formats/` text, Markdown
 *   and HTML (the text, title, url, author, date a file holds); `meta.ts` titles and the one URL check.
 * - `split.ts` text -> passages (exact substrings), `sentences.ts` sentence splitting, shared with answering.
 * - `parse.ts` one file's bytes -> an Article (`articleFromBytes`: the one way articles are made), with the
 *   title/url given at upload (`overrides.ts`); the engine runs it off the main thread (engine/parse-pool.ts).
 * - `names.ts` safe file names and scopes; `folder.ts` the corpus folder (the one reader, atomic writes, paths
 *   kept inside); `watch.ts` changes while running; `guild-retention.ts` files of servers the bot has left.
 * - `types.ts` the plain data (Article, Passage...), `errors.ts` CorpusError (a message safe to show).
 */
export { decodeText, formatBytes } from './decode.js';
export { CorpusError, reasonOf } from './errors.js';
export { extensionOf, type FileKind, fileKindOf, SUPPORTED_EXTENSIONS } from './file-types.js';
export {
  listCorpusFiles,
  normaliseRelPath,
  readCorpusFile,
  removeCorpusFile,
  resolveCorpusPath,
  writeCorpusFile,
  writeFileAtomic,
} from './folder.js';
export { MAX_FILE_NAME_CHARS, relPathFor, safeFileName, scopeOf } from './names.js';
export {
  type ArticleOptions,
  applyOverrides,
  articleFromBytes,
  articleFromFile,
  type ParseOptions,
  parseArticle,
  parseArticleAsync,
  sha256Hex,
} from './parse.js';
export { type Sentence, splitSentences } from './sentences.js';
export { MAX_PASSAGE_CHARS, MIN_PASSAGE_CHARS, splitPassages, type TextRange } from './split.js';
export * from './types.js';
