/**
 * The corpus layer's error: thrown for anything a person did wrong (a bad upload, an unknown file, a bad name),
 * so its `message` is safe to show. It lives here, at the bottom, because the corpus files throw it; the engine's
 * public face (engine-api.ts) re-exports it for the CLI and the bot.
 */
export class CorpusError extends Error {
  override name = 'CorpusError';
}

/** Why a corpus file could not be read or used, in words for the person who put it there. */
export function reasonOf(error: unknown): string {
  if (error instanceof CorpusError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  return code ? `cannot read the file (${code})` : `cannot read the file (${(error as Error).message})`;
}
