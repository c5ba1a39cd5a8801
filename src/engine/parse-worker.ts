/**
 * The worker thread behind corpus/parse-pool.ts: parses uploaded files (decode, format, split, and the
 * aliases the text teaches) off the main thread, so a large upload never holds up other servers' questions.
 * Messages in: { id, file, bytes, options }; out: { id, article, aliases } or { id, error }.
 */
import { parentPort } from 'node:worker_threads';
import { CorpusError } from '../corpus/errors.js';
import { learnArticleAliases } from '../search/aliases.js';
import { articleFromFile } from '../corpus/parse.js';
import type { ParseJob, ParseReply } from './parse-pool.js';

const port = parentPort;
if (!port) throw new Error('parse-worker.ts runs as a worker thread (see parse-pool.ts)');

port.on('message', async (job: ParseJob) => {
  let reply: ParseReply;
  try {
    const article = await articleFromFile(job.file, job.bytes, job.options);
    const aliases = learnArticleAliases(article);
    reply = { id: job.id, article, aliases };
  } catch (error) {
    reply = {
      id: job.id,
      error: { message: (error as Error).message, corpus: error instanceof CorpusError },
    };
  }
  port.postMessage(reply);
});
