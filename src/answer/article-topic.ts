/**
 * The question's words that name what an article is about: in the title it gives itself, and said (nearly)
 * only by it among the articles the asker sees. "who made lumen originally" of "Lumen 3.0 is here": every
 * sentence of the article speaks of its subject though few repeat it, so an excerpt that lacks the word still
 * holds it. A word other articles use as well ("pakistan" in both seed articles) names no one article's
 * subject, and stays a word to match.
 */
import type { Passage } from '../corpus/types.js';
import type { QueryPlan } from './query-plan.js';
import type { RankSources } from './rank.js';
import { headlineOf } from './headline-answer.js';

export const ARTICLE_TOPIC_SETTINGS = {
  /** Share of the passages holding the word that must be this article's. */
  minArticleShare: 0.8,
  /** Strength at which the excerpt is taken to hold the word (as a pronoun holds a name said before). */
  strength: 0.8,
} as const;

/** The plan's weighted terms that name the passage's article's subject, among `terms`. */
export function articleTopicTerms(
  plan: QueryPlan,
  passage: Passage,
  sources: RankSources,
  terms: readonly string[],
): string[] {
  if (terms.length === 0) return [];
  // Only a title the file gives itself: one made from the opening sentence names no subject, only that
  // sentence's words ("The recent bombing at an Islamabad mosque by ...").
  const first = passage.index === 1 ? passage : sources.passageIn(passage.file, 1);
  if (!first || headlineOf(first) === undefined) return [];
  // One article alone has nothing to be told apart from: every word of its title would be its subject.
  if (sources.index.passagesVisibleTo(sources.scopes) <= passage.total) return [];
  const title = sources.reader.titleTerms(passage);
  return terms.filter((term) => {
    if ((plan.weights.get(term) ?? 0) <= 0 || !title.includes(term)) return false;
    const ids = sources.index.passagesWith(term, sources.scopes);
    if (ids.length === 0) return false;
    const prefix = `${passage.file}#`;
    let own = 0;
    for (const id of ids) if (id.startsWith(prefix)) own++;
    return own / ids.length >= ARTICLE_TOPIC_SETTINGS.minArticleShare;
  });
}
