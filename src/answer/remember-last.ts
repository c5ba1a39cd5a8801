/**
 * A pure test of a text remembered for the text it last read. Reading one question asks each language's
 * test of the same message several times (each reader first checks that no other language claims the
 * message, and "did you mean" and the stray-word stage ask again); the answer for the last text is kept, no
 * more: nothing grows, and a new text is read afresh.
 *
 * @example const isSpanish = rememberingLast(readsAsSpanish); isSpanish(text); isSpanish(text) // read once
 */
export function rememberingLast<T>(read: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let last: T;
  return (text: string): T => {
    if (text !== lastText) {
      last = read(text);
      lastText = text;
    }
    return last;
  };
}
