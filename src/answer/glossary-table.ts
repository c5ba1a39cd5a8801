/**
 * What the language readers (tagalog.ts, spanish.ts, portuguese.ts, bahasa.ts, banglish.ts) share: their
 * glossary tables read into word -> English pairs, and how they tell a name in capitals from a shouted word.
 */

/** A word in capitals ("ISKP", "EUA"): a name or an acronym, unless the whole message is in capitals. */
export const ACRONYM = /^\p{Lu}{2,}$/u;

/** The punctuation around a word ("¿cuántos?"): what `withoutEdges` cuts off. */
const WORD_EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * A token of a message without the punctuation around it ("isso?" is "isso"). One that opens and closes with
 * an ASCII letter or digit, as most do, has none: it is given back without a pattern run (the readers cut
 * every token of every question so).
 */
export function withoutEdges(token: string): string {
  const plainEdges =
    asciiLetterOrDigit(token.charCodeAt(0)) && asciiLetterOrDigit(token.charCodeAt(token.length - 1));
  return plainEdges ? token : token.replace(WORD_EDGES, '');
}

function asciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Is the message typed all in capitals (so capitals say nothing of names)? */
export function isShouting(text: string): boolean {
  return !/\p{Ll}/u.test(text);
}

/**
 * Is the message typed all in capitals, or with every word capitalised ("Was The Shrine Bomber A Man Or A
 * Woman")? Then its capitals say nothing of names, and it is read as if typed in lower case.
 */
export function capitalsSayNothing(text: string): boolean {
  if (isShouting(text)) return true;
  const words = text.match(/\p{L}[\p{L}'\u2019-]*/gu) ?? [];
  return words.length > 1 && words.every((word) => /^\p{Lu}/u.test(word));
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
