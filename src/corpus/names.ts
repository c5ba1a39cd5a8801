/**
 * Names and paths of corpus files: what an upload or a CLI argument may be called, and which scope a
 * corpus-relative path belongs to (`guilds/<id>/...` is that server's; everything else is global).
 */
import { CorpusError } from './errors.js';
import { fileKindOf, unsupportedReason } from './file-types.js';
import { GLOBAL_SCOPE, type Scope } from './types.js';

export const MAX_FILE_NAME_CHARS = 100;
export const GUILDS_DIR = 'guilds';
/** The file of taught aliases (`NAME = meaning` lines): `aliases.txt` (global) or `guilds/<id>/aliases.txt`. */
export const ALIAS_FILE_NAME = 'aliases.txt';

/** Reserved device names on Windows, whatever the extension (CON.txt is still CON). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const GUILD_ID = /^\d{1,25}$/;

/**
 * Checks an uploaded/typed file name and returns the name to store it under (runs of spaces become '-').
 * Only a plain file name is accepted: letters, digits, '.', '_', '-' and spaces, with a supported extension.
 */
export function safeFileName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new CorpusError('the file name is empty');
  if (/[\x00-\x1f\x7f]/.test(trimmed)) throw new CorpusError('the file name contains control characters');
  if (/[/\\]/.test(trimmed)) throw new CorpusError('the file name must not contain folders (/ or \\)');
  if (trimmed.includes('..')) throw new CorpusError("the file name must not contain '..'");
  if (trimmed.startsWith('.')) throw new CorpusError('the file name must not start with a dot');
  if (trimmed.length > MAX_FILE_NAME_CHARS) {
    throw new CorpusError(
      `the file name is too long (${trimmed.length} characters; the limit is ${MAX_FILE_NAME_CHARS})`,
    );
  }
  const normalised = trimmed.replace(/\s+/g, '-');
  const bad = normalised.match(/[^A-Za-z0-9._-]/u);
  if (bad) {
    throw new CorpusError(
      `the file name may only use letters A-Z, digits, '.', '_', '-' and spaces (found '${bad[0]}')`,
    );
  }
  if (normalised.toLowerCase() === ALIAS_FILE_NAME) {
    throw new CorpusError(
      `${ALIAS_FILE_NAME} is reserved for the list of aliases (names people use); choose another file name`,
    );
  }
  const stem = normalised.split('.')[0] ?? '';
  if (WINDOWS_RESERVED.test(stem)) throw new CorpusError(`${stem} is a reserved file name; choose another`);
  if (!fileKindOf(normalised)) throw new CorpusError(unsupportedReason(normalised));
  return normalised;
}

/** `guilds/<id>/...` → id (digits only); anything else → 'global'. */
export function scopeOf(relPath: string): Scope {
  const parts = relPath.split('/');
  if (parts.length >= 3 && parts[0] === GUILDS_DIR && GUILD_ID.test(parts[1] ?? '')) return parts[1]!;
  return GLOBAL_SCOPE;
}

/** Is this a Discord server id as the corpus folder names them (digits only)? */
export function isGuildId(id: string): boolean {
  return GUILD_ID.test(id);
}

/**
 * The corpus path of a file as `corpus list` names it, in a server's folder or the global one, unchecked: for
 * looking a file up among those the corpus holds, never for writing one (see relPathFor).
 */
export function listedPath(name: string, guildId?: string): string {
  return guildId === undefined ? name : `${GUILDS_DIR}/${guildId}/${name}`;
}

/** Where an upload called `name` is stored: `<name>` (global) or `guilds/<guildId>/<name>`. */
export function relPathFor(name: string, guildId?: string): string {
  const safe = safeFileName(name);
  if (guildId === undefined) return safe;
  if (!GUILD_ID.test(guildId)) throw new CorpusError('the server id must be digits');
  return `${GUILDS_DIR}/${guildId}/${safe}`;
}

/**
 * Is this corpus-relative path a file of taught aliases rather than an article? Any file called aliases.txt
 * (in any case), scoped like an article in its place would be.
 */
export function isAliasFile(relPath: string): boolean {
  return relPath.slice(relPath.lastIndexOf('/') + 1).toLowerCase() === ALIAS_FILE_NAME;
}

/** The alias file the commands write: `aliases.txt` (global) or `guilds/<guildId>/aliases.txt`. */
export function aliasFileFor(guildId?: string): string {
  if (guildId === undefined) return ALIAS_FILE_NAME;
  if (!GUILD_ID.test(guildId)) throw new CorpusError('the server id must be digits');
  return `${GUILDS_DIR}/${guildId}/${ALIAS_FILE_NAME}`;
}
