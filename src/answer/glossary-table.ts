/**
 * What the language readers (tagalog.ts, spanish.ts, portuguese.ts, bahasa.ts, banglish.ts) share: their
 * glossary tables read into word -> English pairs, and how they tell a name in capitals from a shouted word.
 */

/** A word in capitals ("ISKP", "EUA"): a name or an acronym, unless the whole message is in capitals. */
export const ACRONYM = /^\p{Lu}{2,}$/u;

/** Is the message typed all in capitals (so capitals say nothing of names)? */
export function isShouting(text: string): boolean {
  return !/\p{Ll}/u.test(text);
}

/**
 * A glossary table: each line is word forms, a colon, and their English ("patay namatay napatay: died"). Each
 * form is keyed as `keyOf` writes it (a reader that looks words up without accents keys them so).
 */
export function glossary(
  table: string,
  keyOf: (form: string) => string = (form) => form,
): Array<[string, string]> {
  return table
    .trim()
    .split('\n')
    .flatMap((line) => {
      const [forms = '', english = ''] = line.split(':');
      return forms
        .trim()
        .split(/\s+/)
        .map((form): [string, string] => [keyOf(form), english.trim()]);
    });
}
