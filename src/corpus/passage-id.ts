/**
 * Passage ids are `<file>#<n>` (`passagesOf`), n counting from 1 in the article's order: read here without
 * making strings for the parts, so a table of 1M passages can find one by its file instead of keeping a Map
 * entry per passage.
 */

/** Whether `id` is `${file}#${n}` (checked without making that string). */
export function isPassageIdOf(id: string, file: string, n: number): boolean {
  return (
    n > 0 &&
    id.length > file.length + 1 &&
    id.charCodeAt(file.length) === HASH &&
    id.startsWith(file) &&
    numberAt(id, file.length + 1) === n
  );
}

/** Where the `#` before a passage id's number is, and the number; undefined when the id has no such end. */
export function passageNumberOf(id: string): { hash: number; n: number } | undefined {
  const hash = id.lastIndexOf('#');
  const n = hash < 0 ? -1 : numberAt(id, hash + 1);
  return n > 0 ? { hash, n } : undefined;
}

const HASH = 35; // '#'

/** The decimal number `text` ends with from `from` (no sign, no leading zero), or -1. */
function numberAt(text: string, from: number): number {
  if (from >= text.length || (text.charCodeAt(from) === 48 && from + 1 < text.length)) return -1;
  let n = 0;
  for (let i = from; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n <= Number.MAX_SAFE_INTEGER ? n : -1;
}
