/**
 * Autocompleted options arrive as a picked choice's value, or as whatever was typed, which may be a choice's
 * name copied in full. These turn such a value back into what it stands for, on the server.
 */
import type { SearchHit } from '../answer/types.js';
import { hitOf } from '../answer/hits.js';
import type { Passage } from '../corpus/types.js';
import type { EngineApi } from '../engine-api.js';
import { passageChoiceName, queryInSearchForName } from './render/choices.js';

/** The passage `value` names: its id, or the name of a passage choice we offered. */
export function resolvePassage(
  engine: EngineApi,
  value: string,
  guildId: string | undefined,
): Passage | undefined {
  const byId = engine.getPassage(value, { guildId });
  if (byId) return byId;
  // Long names match nothing as prefixes (suggest) but rank their own passage high as words (search).
  const candidates = [
    ...engine.suggest(value, { guildId, limit: 25 }),
    ...engine.search(value, { guildId, limit: 10 }),
  ];
  const named = candidates.find((hit) => passageChoiceName(hit) === value);
  return named ? engine.getPassage(named.passageId, { guildId }) : undefined;
}

/** Free text to search for: the typed text, unwrapped from a "Search for “…”" choice name if need be. */
export function resolveQueryText(value: string): string {
  return queryInSearchForName(value) ?? value;
}

export function passageAsHit(passage: Passage): SearchHit {
  return hitOf(passage, Number.POSITIVE_INFINITY);
}
