/**
 * Plain data shared by the whole engine. Nothing here knows about Discord.
 *
 * A corpus is a folder of article files. Files at the top level (and in any folder except `guilds/`) belong
 * to the global scope; files under `guilds/<guildId>/` belong to that Discord server only.
 */
import type { FileSeen } from './file-seen.js';

/** `'global'` or a Discord guild (server) id. */
export type Scope = string;
export const GLOBAL_SCOPE: Scope = 'global';

export interface ArticleMeta {
  /** Shown in citations. Taken from front matter, an HTML <title>/<h1>, the text itself, or derived. */
  title: string;
  url?: string;
  author?: string;
  date?: string;
}

export interface Passage {
  /** Stable id `<file>#<n>`, e.g. `003_fade041aaa763602.txt#4`: the same text keeps the same id after a reindex. */
  id: string;
  /** Corpus-relative POSIX path of the article file, e.g. `guilds/123/notes.md`. */
  file: string;
  scope: Scope;
  /** 1-based position of the passage in its article. */
  index: number;
  /** Number of passages in the article. */
  total: number;
  /** The article's title (denormalised so a passage can be cited on its own). */
  title: string;
  url?: string;
  /** Verbatim text of the passage as it stands in the file (after decoding; never rewritten). */
  text: string;
  /** The 1-based page the passage is on (PDF files; a passage never crosses a page), cited as "page 4". */
  page?: number;
}

/**
 * An alias declared in a file (a Markdown file's front matter `aliases:`): `text` is `NAME = meaning` on
 * `line` of the file, or `problem` says why the entry could not be one. The engine checks and applies them.
 */
export interface AliasLine {
  line: number;
  text: string;
  problem?: string;
}

export interface Article extends ArticleMeta {
  /** Corpus-relative POSIX path, e.g. `000_7fad598d500c70a1.txt` or `guilds/123/notes.md`. */
  file: string;
  scope: Scope;
  /** sha256 (hex) of the file's bytes: what the index snapshot is checked against. */
  hash: string;
  passages: Passage[];
  /** Aliases the file declares (Markdown front matter `aliases:`), scoped like the file. */
  aliasLines?: AliasLine[];
  /** The file's metadata when it was read, if settled (corpus/file-seen.ts): a start checks it without reading. */
  seen?: FileSeen;
}

/** A file that could not become an article, and why (said to the person who added it). */
export interface SkippedFile {
  file: string;
  reason: string;
}
