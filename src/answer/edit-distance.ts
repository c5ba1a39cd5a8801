/** Letters apart: how far a typed word is from a corpus word ("did you mean", sound-alike names). */

/** Optimal string alignment distance: Levenshtein plus the swap of two neighbouring letters as one edit. */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  let before = new Array<number>(t.length + 1).fill(0);
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
    }
    before = previous;
    previous = current;
  }
  return previous[t.length]!;
}
