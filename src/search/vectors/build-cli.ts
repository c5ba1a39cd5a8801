/**
 * Builds the compact word-vector file from the installed package and says what it cost:
 *   npx tsx src/search/vectors/build-cli.ts [--out PATH] [--source PACKAGE_FOLDER]
 * Always converts (even when a valid file is there), then loads the result once to check it.
 */
import { parseArgs } from 'node:util';
import { convertVectors } from './convert.js';
import { DEFAULT_VECTORS_PATH, findVectorSource, VECTORS_PACKAGE } from './store.js';
import { WordVectors } from './word-vectors.js';
import { readFileSync } from 'node:fs';

const { values } = parseArgs({
  options: {
    // Where to write; the bot reads DEFAULT_VECTORS_PATH unless told otherwise.
    out: { type: 'string', default: DEFAULT_VECTORS_PATH },
    // Another package folder (package.json + JSON) than the installed one: for trying other vector sets.
    source: { type: 'string' },
  },
});
const out = values.out ?? DEFAULT_VECTORS_PATH;
const source = findVectorSource(values.source);
if (!source) {
  process.stderr.write(`${VECTORS_PACKAGE} is not installed (npm ci), and no --source was given\n`);
  process.exit(1);
}
const stats = await convertVectors(source.json, out, { source: source.id });
const started = performance.now();
const vectors = WordVectors.fromBytes(readFileSync(out));
const loadMs = performance.now() - started;
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;
process.stdout.write(
  [
    `wrote ${out} from ${source.id}`,
    `  ${stats.words} words x ${stats.dimensions} dimensions, ${mb(stats.bytes)}`,
    `  conversion ${(stats.ms / 1000).toFixed(2)} s, peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
    `  load check ${loadMs.toFixed(0)} ms (${vectors.size} words; killed/dead ${vectors.cosine('killed', 'dead').toFixed(3)})`,
  ].join('\n') + '\n',
);
