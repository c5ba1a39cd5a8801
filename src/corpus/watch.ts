/**
 * Watches the corpus folder so files added, changed or removed while the bot runs are picked up without a
 * restart. Reports corpus-relative POSIX paths; the engine decides what each change means (it compares
 * content hashes, so its own atomic writes are recognised and ignored).
 */
import { relative, sep } from 'node:path';
import { watch } from 'chokidar';
import { fileKindOf } from './file-types.js';

export function startWatcher(
  corpusDir: string,
  onFile: (file: string) => unknown,
  onReady?: () => void,
): () => Promise<void> {
  const toRelative = (path: string) => relative(corpusDir, path).split(sep).join('/');
  const watcher = watch(corpusDir, {
    ignoreInitial: true,
    // Dotfiles include the temp files of atomic writes and the overrides manifest.
    ignored: (path) =>
      toRelative(path)
        .split('/')
        .some((part) => part.startsWith('.')),
    // Wait until a file stops growing, so a half-copied file is not read.
    awaitWriteFinish: { stabilityThreshold: 200, pollInterval: 50 },
  });
  const handle = (path: string) => {
    const file = toRelative(path);
    if (fileKindOf(file)) void onFile(file);
  };
  watcher.on('add', handle).on('change', handle).on('unlink', handle);
  // After the first scan: a file written before it would count as already there (ignoreInitial).
  if (onReady) watcher.once('ready', onReady);
  return () => watcher.close();
}
