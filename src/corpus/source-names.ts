/**
 * The outlets the articles come from, by the name their web address gives them ("themedialine" of
 * https://themedialine.org, "reuters" of https://www.reuters.com/...), kept per scope as articles come and go,
 * so that a question naming an article by its outlet ("according to the media line") can be read as naming
 * the article (src/answer/source-framing.ts).
 */
import type { Scope } from './types.js';

/** Second-level labels under a country's code that name no outlet ("bbc.co.uk", "abc.net.au"). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'or', 'ne', 'go']);
/** Host labels that are no outlet's name ("www.", "m.", "edition.cnn.com", "news.yahoo.com"). */
const NOT_A_NAME = new Set(['www', 'm', 'mobile', 'amp', 'edition', 'news', 'en', 'blog', 'blogs']);
/** Shorter names are too likely to be a word of the question ("ft", "ap"). */
const MIN_NAME_LETTERS = 4;

/**
 * The outlet's name an article's URL gives: its host's label before the public suffix, lowercase letters and
 * digits only ("themedialine", "reuters", "bbc" is too short); undefined for no URL or an address by number.
 * @example sourceNameOf('https://www.reuters.com/world/x') === 'reuters'
 */
export function sourceNameOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  if (/^[\d.]+$|:/.test(host)) return undefined;
  const labels = host.split('.').filter(Boolean);
  labels.pop(); // the top-level domain
  if (labels.length > 1 && SECOND_LEVEL.has(labels.at(-1)!)) labels.pop();
  const name = labels
    .reverse()
    .find((label) => !NOT_A_NAME.has(label))
    ?.replace(/[^a-z0-9]/g, '');
  return name !== undefined && name.length >= MIN_NAME_LETTERS ? name : undefined;
}

/** Outlet names by scope and file, counted so that one file's removal keeps a name other files share. */
export class SourceNames {
  private readonly byFile = new Map<string, { scope: Scope; name: string }>();
  private readonly counts = new Map<Scope, Map<string, number>>();

  /** Records a file's outlet (none when its URL names none); a file seen again replaces what it had. */
  add(file: string, scope: Scope, url: string | undefined): void {
    this.remove(file);
    const name = sourceNameOf(url);
    if (name === undefined) return;
    this.byFile.set(file, { scope, name });
    const counts = this.counts.get(scope) ?? new Map<string, number>();
    counts.set(name, (counts.get(name) ?? 0) + 1);
    this.counts.set(scope, counts);
  }

  remove(file: string): void {
    const entry = this.byFile.get(file);
    if (!entry) return;
    this.byFile.delete(file);
    const counts = this.counts.get(entry.scope);
    const left = (counts?.get(entry.name) ?? 1) - 1;
    if (left > 0) counts?.set(entry.name, left);
    else counts?.delete(entry.name);
  }

  /** The files these scopes see whose outlet has this name ("themedialine"), in the order they were added. */
  filesOf(name: string, scopes: readonly Scope[]): string[] {
    const files: string[] = [];
    for (const [file, entry] of this.byFile)
      if (entry.name === name && scopes.includes(entry.scope)) files.push(file);
    return files;
  }

  /** The outlet names of the articles these scopes see. */
  visibleTo(scopes: readonly Scope[]): string[] {
    const names = new Set<string>();
    for (const scope of scopes) for (const name of this.counts.get(scope)?.keys() ?? []) names.add(name);
    return [...names];
  }
}
