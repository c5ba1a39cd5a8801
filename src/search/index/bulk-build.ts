/**
 * The first build of an index, made as MiniSearch's `addAll` makes it but without its radix-tree walk for
 * every token (most of the indexing time): postings are counted into arrays by term id, and each distinct
 * term is put into the tree once. Field lengths, their running averages and the order of terms, fields and
 * documents are what `addAll` gives, so scores are the same (a test compares the two).
 */
import type { Passage } from '../../corpus/types.js';
import { analyzeIds, termById, withTermIds } from '../analyzer.js';
import { PassageSearch, type Postings, type TermData, TEXT_FIELD, TITLE_FIELD } from './passage-search.js';

/** Postings from flat [shortId, tf, shortId, tf, ...]. */
function postingsMap(flat: readonly number[]): Postings {
  const map: Postings = new Map();
  for (let i = 0; i < flat.length; i += 2) map.set(flat[i]!, flat[i + 1]!);
  return map;
}

/** An index of the passages, numbered 0..n-1 in the order given. */
export function buildIndex(passages: readonly Passage[]): PassageSearch {
  return withTermIds(() => {
    const fieldLength: number[][] = [];
    const averageFieldLength = [0, 0];
    // By term id and field, postings as flat [shortId, tf, shortId, tf, ...]: far cheaper to count into
    // than nested Maps; the Maps MiniSearch searches are made once at the end.
    const postingsOf: Array<Array<number[] | undefined>> = [[], []];
    const order: number[] = []; // term ids in the order first met, as `addAll` inserts them
    const titleIds = new Map<string, number[]>();
    const textIds: number[] = [];
    /** Adds one field's terms; returns its length as MiniSearch counts it (distinct terms). */
    const count = (ids: readonly number[], fieldId: number, shortId: number): number => {
      const byTerm = postingsOf[fieldId]!;
      let distinct = 0;
      for (const id of ids) {
        let postings = byTerm[id];
        if (postings === undefined) {
          if (postingsOf[TITLE_FIELD]![id] === undefined && postingsOf[TEXT_FIELD]![id] === undefined)
            order.push(id);
          byTerm[id] = postings = [];
        }
        const last = postings.length - 2;
        if (postings[last] === shortId) postings[last + 1]!++;
        else {
          postings.push(shortId, 1);
          distinct++;
        }
      }
      return distinct;
    };
    passages.forEach((passage, shortId) => {
      // An article's passages share its title: analyse it once.
      let title = titleIds.get(passage.title);
      if (title === undefined) {
        title = [];
        analyzeIds(passage.title, title);
        titleIds.set(passage.title, title);
      }
      textIds.length = 0;
      analyzeIds(passage.text, textIds);
      const lengths = [count(title, TITLE_FIELD, shortId), count(textIds, TEXT_FIELD, shortId)];
      fieldLength[shortId] = lengths;
      // MiniSearch's running average, step for step, so the floating-point result is the same.
      for (const fieldId of [TITLE_FIELD, TEXT_FIELD]) {
        averageFieldLength[fieldId] =
          (averageFieldLength[fieldId]! * shortId + lengths[fieldId]!) / (shortId + 1);
      }
    });
    const search = PassageSearch.withDocuments(
      passages,
      (shortId) => fieldLength[shortId]!,
      averageFieldLength,
    );
    for (const id of order) {
      const data: TermData = new Map();
      const title = postingsOf[TITLE_FIELD]![id];
      const text = postingsOf[TEXT_FIELD]![id];
      // Fields in the order the term first appeared in them, as `addAll` leaves them (a passage's title
      // comes before its text).
      const titleFirst = title !== undefined && (text === undefined || title[0]! <= text[0]!);
      if (titleFirst) data.set(TITLE_FIELD, postingsMap(title));
      if (text !== undefined) data.set(TEXT_FIELD, postingsMap(text));
      if (title !== undefined && !titleFirst) data.set(TITLE_FIELD, postingsMap(title));
      search.setTerm(termById(id), data);
    }
    return search;
  });
}
