/** Seeded randomness, so every sample, shuffle and synthetic corpus is the same from run to run. */
export type Random = () => number;

/** mulberry32: tiny, fast, good enough for sampling; returns floats in [0, 1). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomInt(random: Random, maxExclusive: number): number {
  return Math.floor(random() * maxExclusive);
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[randomInt(random, items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Fisher-Yates on a copy. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** A deterministic subset of at most `n` items, kept in their original order. */
export function sampleInOrder<T>(items: readonly T[], n: number | undefined, seed: number): T[] {
  if (n === undefined || n >= items.length) return [...items];
  const chosen = new Set(shuffled([...items.keys()], seededRandom(seed)).slice(0, n));
  return items.filter((_, i) => chosen.has(i));
}
