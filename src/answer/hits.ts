/** A passage as a search hit (the shape citations and `/search` results share). */
import type { Passage } from '../corpus/types.js';
import type { SearchHit } from './types.js';

export function hitOf(passage: Passage, score: number): SearchHit {
  return {
    passageId: passage.id,
    file: passage.file,
    title: passage.title,
    ...(passage.url ? { url: passage.url } : {}),
    passage: passage.index,
    total: passage.total,
    ...(passage.page !== undefined ? { page: passage.page } : {}),
    text: passage.text,
    score,
  };
}
