/**
 * Autocomplete choices: at most 25, names and values 1-100 characters. Names are plain text (Discord shows
 * no Markdown in them and they never ping), so they are shortened on word boundaries but not escaped.
 */
import type { SearchHit } from '../../answer/types.js';
import type { Article } from '../../corpus/types.js';
import type { AliasEntry } from '../../engine-api.js';
import { type Choice, LIMITS, truncateWords } from './limits.js';
import { oneLine } from './markdown.js';

function choiceName(text: string): string {
  return truncateWords(oneLine(text), LIMITS.choiceName) || '…';
}

/** A passage as an autocomplete choice name: "Title — passage N: text…". */
export function passageChoiceName(hit: SearchHit): string {
  return choiceName(`${oneLine(hit.title) || hit.file} — passage ${hit.passage}: ${oneLine(hit.text)}`);
}

function unique(choices: Choice[]): Choice[] {
  const seen = new Set<string>();
  return choices
    .filter((choice) => {
      if (seen.has(choice.value)) return false;
      seen.add(choice.value);
      return true;
    })
    .slice(0, LIMITS.choices);
}

const searchForName = (query: string) => `Search for “${query}”`;

/** The query inside a "Search for “…”" choice name, if that is what `value` is. */
export function queryInSearchForName(value: string): string | undefined {
  return /^Search for “(.+)”$/s.exec(value)?.[1];
}

/** /search: what was typed first (searched as free text), then matching passages by id. */
export function searchChoices(typed: string, hits: readonly SearchHit[]): Choice[] {
  const query = oneLine(typed);
  const choices: Choice[] = [];
  if (query)
    choices.push({
      name: choiceName(searchForName(query)),
      value: truncateWords(query, LIMITS.choiceValue),
    });
  for (const hit of hits) {
    // A passage id too long for a value falls back to the query text: the server resolves either.
    const value =
      hit.passageId.length <= LIMITS.choiceValue ? hit.passageId : truncateWords(query, LIMITS.choiceValue);
    if (value) choices.push({ name: passageChoiceName(hit), value });
  }
  return unique(choices);
}

/** /passage: passages by id (ids that do not fit a value are left out: they could not be looked up). */
export function passageChoices(hits: readonly SearchHit[]): Choice[] {
  return unique(
    hits
      .filter((hit) => hit.passageId.length <= LIMITS.choiceValue)
      .map((hit) => ({ name: passageChoiceName(hit), value: hit.passageId })),
  );
}

/** A server's own file name: the part after guilds/<id>/ (what it was uploaded as). */
export function ownFileName(article: Pick<Article, 'file'>): string {
  return article.file.replace(/^guilds\/[^/]+\//, '');
}

/** /corpus remove: the server's own files whose name or title contains what was typed. */
export function ownFileChoices(typed: string, articles: readonly Article[]): Choice[] {
  const needle = oneLine(typed).toLowerCase();
  return unique(
    articles
      .filter((article) => `${ownFileName(article)} ${article.title}`.toLowerCase().includes(needle))
      .filter((article) => ownFileName(article).length <= LIMITS.choiceValue)
      .map((article) => ({
        name: choiceName(`${oneLine(article.title) || ownFileName(article)} (${ownFileName(article)})`),
        value: ownFileName(article),
      })),
  );
}

/** /corpus alias remove: the server's own aliases whose name or meaning contains what was typed. */
export function aliasChoices(typed: string, aliases: readonly AliasEntry[]): Choice[] {
  const needle = oneLine(typed).toLowerCase();
  return unique(
    aliases
      .filter((entry) => `${entry.name} ${entry.meaning}`.toLowerCase().includes(needle))
      .filter((entry) => entry.name.length <= LIMITS.choiceValue)
      .map((entry) => ({ name: choiceName(`${entry.name} = ${entry.meaning}`), value: entry.name })),
  );
}
