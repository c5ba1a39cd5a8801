/**
 * A question as the question-shape patterns read it: lower case, apostrophes dropped ("what's" -> "whats"),
 * spaces single. One module both answer-type.ts and asked-words.ts use (each imports the other's words).
 */
export function plainQuestion(question: string): string {
  return question
    .toLowerCase()
    .replace(/[\u2019']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
