/**
 * Watches the corpus folder so files added, changed or removed while the bot runs are picked up without a
 * restart. Reports corpus-relative POSIX paths; the engine decides what each change means (it compares
 * content hashes, so its own atomic writes are recognised and ignored).
 */
import { join, relative, sep } from 'node:path';
import { watch } from 'chokidar';
import { fileKindOf } from './file-types.js';
import { scanCorpusFolder } from './folder.js';

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
  // A file written into a folder just made can be missed while the watcher is still taking the folder on
  // (seen under load): each new folder is read again once it has settled. Reporting a file twice is harmless,
  // the engine compares content hashes.
  const timers = new Set<NodeJS.Timeout>();
  watcher.on('addDir', (folder) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      void filesIn(folder).then((files) => files.forEach(handle));
    }, NEW_FOLDER_SETTLE_MS);
    timers.add(timer);
  });
  // After the first scan: a file written before it would count as already there (ignoreInitial).
  if (onReady) watcher.once('ready', onReady);
  return () => {
    for (const timer of timers) clearTimeout(timer);
    return watcher.close();
  };
}

/** How long after a new folder appears it is read again (a copy of a folder tree takes a moment). */
const NEW_FOLDER_SETTLE_MS = 500;

/**
 * The article and alias files below a folder as the corpus folder is read at start (scanCorpusFolder: scratch
 * and dot names skipped, links followed only inside), as absolute paths; none if the folder is gone.
 */
async function filesIn(folder: string): Promise<string[]> {
  try {
    const { files, aliasFiles } = await scanCorpusFolder(folder);
    return [...files, ...aliasFiles].map((file) => join(folder, file));
  } catch {
    return [];
  }
}
