/**
 * Autocompleted options arrive as a picked choice's value, or as whatever was typed, which may be a choice's
 * name copied in full. These turn such a value back into what it stands for, on the server: the passage
 * `/passage` shows, and the passages `/search` lists.
 */
import type { SearchHit } from '../answer/types.js';
import { hitOf } from '../answer/hits.js';
import type { Passage } from '../corpus/types.js';
import type { EngineApi } from '../engine-api.js';
import { passageChoiceName, queryInSearchForName } from './render/choices.js';

/** How many search hits a typed choice name is looked for among (long names rank their own passage high). */
const NAME_SEARCH = 10;

/** The passage `value` names: its id, or the name of a passage choice we offered. */
export function resolvePassage(
  engine: EngineApi,
  value: string,
  guildId: string | undefined,
): Passage | undefined {
  return (
    engine.getPassage(value, { guildId }) ??
    passageNamed(engine, value, guildId, engine.search(value, { guildId, limit: NAME_SEARCH }))
  );
}

/**
 * /search's value: a picked passage (its id or choice name) shows first, then others from its article's
 * title; a "Search for “…”" choice, or free text, is searched as typed (once: the search that looked for a
 * choice name is the one listed).
 */
export function resolveSearch(
  engine: EngineApi,
  value: string,
  guildId: string | undefined,
  limit: number,
): SearchHit[] {
  const typed = queryInSearchForName(value);
  if (typed !== undefined) return engine.search(typed, { guildId, limit });
  const byId = engine.getPassage(value, { guildId });
  if (byId) return withRelated(engine, byId, guildId, limit);
  const found = engine.search(value, { guildId, limit: Math.max(limit, NAME_SEARCH) });
  const named = passageNamed(engine, value, guildId, found);
  return named ? withRelated(engine, named, guildId, limit) : found.slice(0, limit);
}

/** `picked` first, then the passages its article's title finds. */
function withRelated(
  engine: EngineApi,
  picked: Passage,
  guildId: string | undefined,
  limit: number,
): SearchHit[] {
  const related = engine.search(picked.title, { guildId, limit });
  const others = related.filter((hit) => hit.passageId !== picked.id);
  return [hitOf(picked, Number.POSITIVE_INFINITY), ...others].slice(0, limit);
}

/** The passage whose choice name `value` is, among autocomplete's suggestions and the search hits `found`. */
function passageNamed(
  engine: EngineApi,
  value: string,
  guildId: string | undefined,
  found: readonly SearchHit[],
): Passage | undefined {
  // Long names match nothing as prefixes (suggest) but rank their own passage high as words (search).
  const candidates = [...engine.suggest(value, { guildId, limit: 25 }), ...found];
  const named = candidates.find((hit) => passageChoiceName(hit) === value);
  return named ? engine.getPassage(named.passageId, { guildId }) : undefined;
}
