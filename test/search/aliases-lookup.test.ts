/**
 * `AliasBook.expand` looks aliases up by the question's terms instead of scanning every alias: the same
 * expansions and aliases, in the same order, as the scan it replaced (kept below as the reference), over
 * random books built and changed by random adds and removes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Alias, AliasBook, type Expansion } from '../../src/search/aliases.js';

/** The scan `expand` did before the term index (src/search/aliases.ts at edfbc7b). */
class ScanningAliasBook {
  private readonly byScope = new Map<string, Map<string, { alias: Alias; files: Set<string> }>>();
  private readonly byFile = new Map<string, { scope: string; keys: string[] }>();

  add(file: string, scope: string, aliases: Alias[]): void {
    this.remove(file);
    const scopeAliases = this.byScope.get(scope) ?? new Map<string, { alias: Alias; files: Set<string> }>();
    this.byScope.set(scope, scopeAliases);
    const keys: string[] = [];
    for (const alias of aliases) {
      const key = `${alias.acronym}=${alias.longForm.join(' ')}`;
      const entry = scopeAliases.get(key) ?? { alias, files: new Set<string>() };
      entry.files.add(file);
      scopeAliases.set(key, entry);
      keys.push(key);
    }
    this.byFile.set(file, { scope, keys });
  }

  aliasesOf(file: string): Alias[] {
    const known = this.byFile.get(file);
    const scopeAliases = known && this.byScope.get(known.scope);
    return known?.keys.flatMap((key) => scopeAliases?.get(key)?.alias ?? []) ?? [];
  }

  remove(file: string): void {
    const known = this.byFile.get(file);
    if (!known) return;
    const scopeAliases = this.byScope.get(known.scope);
    for (const key of known.keys) {
      const entry = scopeAliases?.get(key);
      entry?.files.delete(file);
      if (entry && entry.files.size === 0) scopeAliases?.delete(key);
    }
    this.byFile.delete(file);
  }

  expand(terms: string[], scopes: string[]): { expansions: Expansion[]; aliases: Alias[] } {
    const present = new Set(terms);
    const added = new Map<string, number>();
    const aliases: Alias[] = [];
    for (const scope of scopes) {
      for (const { alias } of this.byScope.get(scope)?.values() ?? []) {
        if (present.has(alias.acronym)) {
          for (const term of alias.longForm) if (!present.has(term)) added.set(term, 0.5);
          aliases.push(alias);
        } else if (containsSequence(terms, alias.longForm)) {
          added.set(alias.acronym, 1);
          aliases.push(alias);
        }
      }
    }
    return { expansions: [...added].map(([term, boost]) => ({ term, boost })), aliases };
  }
}

function containsSequence(terms: string[], sequence: string[]): boolean {
  outer: for (let i = 0; i + sequence.length <= terms.length; i++) {
    for (let j = 0; j < sequence.length; j++) if (terms[i + j] !== sequence[j]) continue outer;
    return true;
  }
  return false;
}

// A small vocabulary, so aliases overlap and questions hit them often.
const term = fc.constantFrom('isk', 'islam', 'state', 'khorasan', 'provinc', 'ttp', 'taliban', 'a', 'b', 'c');
const alias: fc.Arbitrary<Alias> = fc.record({
  acronym: term,
  longForm: fc.array(term, { minLength: 0, maxLength: 4 }),
});
const file = fc.constantFrom('a.txt', 'b.txt', 'c.md', 'guilds/1/d.txt', 'aliases.txt');
const scope = fc.constantFrom('global', '111', '222');
const operation = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), file, scope, aliases: fc.array(alias, { maxLength: 6 }) }),
  fc.record({ kind: fc.constant('remove' as const), file }),
);
const question = fc.record({
  terms: fc.array(term, { maxLength: 8 }),
  scopes: fc.array(scope, { maxLength: 3 }),
});

describe('AliasBook lookup by term', () => {
  it('expands exactly as a scan of every alias did', () => {
    fc.assert(
      fc.property(
        fc.array(operation, { maxLength: 12 }),
        fc.array(question, { minLength: 1, maxLength: 8 }),
        (operations, questions) => {
          const book = new AliasBook();
          const reference = new ScanningAliasBook();
          for (const op of operations) {
            if (op.kind === 'add') {
              book.add(op.file, op.scope, op.aliases);
              reference.add(op.file, op.scope, op.aliases);
            } else {
              book.remove(op.file);
              reference.remove(op.file);
            }
            for (const q of questions)
              expect(book.expand(q.terms, q.scopes)).toEqual(reference.expand(q.terms, q.scopes));
          }
          for (const name of ['a.txt', 'b.txt', 'c.md', 'guilds/1/d.txt', 'aliases.txt'])
            expect(book.aliasesOf(name)).toEqual(reference.aliasesOf(name));
        },
      ),
      { numRuns: 400, seed: 14 },
    );
  });
});
