/** The corpus module's public surface: import from here rather than from the individual files. */
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
  type ParseOptions,
  parseArticle,
  sha256Hex,
} from './parse.js';
export { type Sentence, splitSentences } from './sentences.js';
export { MAX_PASSAGE_CHARS, MIN_PASSAGE_CHARS, splitPassages, type TextRange } from './split.js';
export * from './types.js';
