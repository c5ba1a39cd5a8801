/**
 * Passages added to an index that already holds some: what MiniSearch's `addAll` does (document tables,
 * field lengths and their running averages, postings in the term tree, in the same order), and the same
 * postings appended to the flat postings scoring reads, each passage analysed once. A test compares the
 * result with `addAll`'s.
 */
import type { Passage } from '../../corpus/types.js';
import { analyzeIds, termById, withTermIds } from '../analyzer.js';
import { type PassageSearch, TEXT_FIELD, TITLE_FIELD } from './passage-search.js';
import { keepSentences, sentencesToKeep } from './keep-sentences.js';

/** A field's distinct term ids with their frequencies, in the order first met. */
function frequencies(ids: ArrayLike<number>): Map<number, number> {
  const counted = new Map<number, number>();
  for (let i = 0; i < ids.length; i++) counted.set(ids[i]!, (counted.get(ids[i]!) ?? 0) + 1);
  return counted;
}

/** Adds passages after those already indexed; throws before changing anything when an id is indexed already. */
export function appendPassages(search: PassageSearch, passages: readonly Passage[]): void {
  const ids = new Set<string>();
  for (const { id } of passages) {
    if (search.shortIds.has(id) || ids.has(id)) throw new Error(`MiniSearch: duplicate ID ${id}`);
    ids.add(id);
  }
  const flat = search.postings;
  withTermIds(() => {
    /** Term id -> term number in the flat postings, for this call. */
    const numbers = new Map<number, number>();
    const numberOf = (id: number) => {
      let number = numbers.get(id);
      if (number === undefined) numbers.set(id, (number = flat.numberFor(termById(id))));
      return number;
    };
    const titleIds: number[] = [];
    for (const passage of passages) {
      titleIds.length = 0;
      analyzeIds(passage.title, titleIds);
      // The text's terms, from its sentences' when they are the same (as in the bulk build).
      const read = sentencesToKeep(passage.text);
      let textIds: ArrayLike<number> | undefined = read?.whole ? read.ids : undefined;
      if (!textIds) {
        const ids: number[] = [];
        analyzeIds(passage.text, ids);
        textIds = ids;
      }
      const fields = [frequencies(titleIds), frequencies(textIds)] as const;
      const shortId = search.addDocument(passage.id, passage.scope, [fields[0].size, fields[1].size]);
      flat.setPassage(shortId, fields[0].size, fields[1].size, passage.scope);
      for (const field of [TITLE_FIELD, TEXT_FIELD]) {
        for (const [id, frequency] of fields[field]!) {
          search.addPosting(termById(id), field, shortId, frequency);
          flat.append(numberOf(id), field, shortId, frequency);
        }
      }
      if (read) keepSentences(search.sentences, shortId, read, [titleIds, textIds], numberOf);
    }
  });
}
