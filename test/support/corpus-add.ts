/**
 * `/corpus add` as the suites send it through the loopback Discord (end-to-end and reliability alike): a file
 * the loopback CDN serves, or an attachment described by hand (another host, a size that lies), uploaded by a
 * server manager unless told otherwise.
 */
import {
  type CommandOption,
  type InteractionHandle,
  type LoopbackDiscord,
  option,
} from '../loopback/discord.js';
import type { ServedFile } from '../loopback/discord.js';

/** Member permission bits as Discord sends them: Manage Server, Administrator. */
export const MANAGE_SERVER = '32';
export const ADMINISTRATOR = '8';

/** Bytes to serve (text is encoded as UTF-8, served as text/plain), or an attachment as it stands. */
export type Upload = { name: string; bytes: Uint8Array | string } | ServedFile;

export interface CorpusAddOptions {
  /** More options of `/corpus add`: title, url, replace. */
  extra?: CommandOption[];
  user?: string;
  /** The member's permissions (default Manage Server). */
  permissions?: string;
}

export function corpusAdd(
  discord: LoopbackDiscord,
  guildId: string,
  upload: Upload,
  { extra = [], user = 'admin', permissions = MANAGE_SERVER }: CorpusAddOptions = {},
): InteractionHandle {
  const file = 'id' in upload ? upload : discord.serveFile(upload.name, bytesOf(upload.bytes), 'text/plain');
  return discord.slash({
    guildId,
    user,
    permissions,
    name: 'corpus',
    options: [option.subcommand('add', [option.attachment('file', file), ...extra])],
    // A served file is resolved by the loopback itself; one described by hand is resolved as given.
    resolved: { attachments: { [file.id]: file } },
  });
}

function bytesOf(bytes: Uint8Array | string): Uint8Array {
  return typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
}
