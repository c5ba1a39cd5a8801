/** A coarse question type, to see which kinds of question the pipeline gets wrong. */
export function questionType(question: string): string {
  const q = question.toLowerCase();
  const patterns: [string, RegExp][] = [
    ['how many/much', /\bhow (many|much)\b/],
    ['how (other)', /\bhow\b/],
    ['when / what year', /\bwhen\b|\bwhat (year|century|decade|date|day|month|time)\b/],
    ['who / whom / whose', /\bwho(m|se)?\b/],
    ['where', /\bwhere\b/],
    ['why', /\bwhy\b/],
    ['which', /\bwhich\b/],
    ['what', /\bwhat\b/],
  ];
  return patterns.find(([, pattern]) => pattern.test(q))?.[0] ?? 'other (no wh-word)';
}
