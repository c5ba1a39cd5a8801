/** Text helpers shared by the eval and the bench. */

export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The whole-pipeline check: a gold answer appears in the text (case-insensitive, whitespace-normalised). */
export function containsAnyAnswer(text: string | null | undefined, answers: readonly string[]): boolean {
  if (!text) return false;
  const haystack = normaliseSpace(text);
  return answers.some((answer) => {
    const needle = normaliseSpace(answer);
    return needle.length > 0 && haystack.includes(needle);
  });
}

/**
 * A plain sentence splitter for the baseline column only (the product has its own): break after . ! ?
 * when the next sentence starts with a capital, digit or quote.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]["')\]]?)\s+(?=["'([]?[A-Z0-9])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
