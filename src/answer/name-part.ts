/**
 * "The khorasan group", "the khorasan guys": a word of a name's long form, asked alone, stands for the name
 * ("Islamic State Khorasan Province", ISKP) when the corpus never writes it apart from the name: every passage
 * holding it holds the acronym too. "Balochistan" does not stand for the Balochistan Liberation Army (BLA):
 * "border regions like Balochistan" says it alone. Only the passages the asking server sees are read: another
 * server's articles never decide what a word means here.
 */
import { passageNumberOf } from '../corpus/passage-id.js';
import type { Alias, AliasBook } from '../search/aliases.js';
import type { PassageIndex } from '../search/passage-index.js';

/** A word in more passages than this is no rare name's word: its passages are not read. */
const MAX_PASSAGES = 50;

export function namePartAliases(
  terms: readonly string[],
  specific: ReadonlySet<string>,
  found: readonly Alias[],
  sources: { index: PassageIndex; aliases: AliasBook; scopes: string[] },
): Alias[] {
  const named: Alias[] = [];
  const known = (term: string) =>
    [...found, ...named].some((alias) => alias.acronym === term || alias.longForm.includes(term));
  for (const term of terms) {
    if (!specific.has(term) || known(term)) continue;
    const ids = sources.index.passagesWith(term, sources.scopes);
    if (ids.length === 0 || ids.length > MAX_PASSAGES) continue;
    const files = new Set(ids.map((id) => id.slice(0, passageNumberOf(id)?.hash ?? id.length)));
    for (const alias of sources.aliases.withPart(term, files, sources.scopes)) {
      if (alias.longForm.length < 2 || terms.includes(alias.acronym)) continue;
      const withAcronym = new Set(sources.index.passagesWith(alias.acronym, sources.scopes));
      if (ids.every((id) => withAcronym.has(id))) named.push(alias);
    }
  }
  return named;
}
