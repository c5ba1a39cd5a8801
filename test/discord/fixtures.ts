/** Hand-built engine results for rendering tests (the renderers are pure: no engine needed). */
import type { Answer, Citation, SearchHit } from '../../src/answer/types.js';
import type { Passage } from '../../src/corpus/types.js';

export function citation(n: number, overrides: Partial<Citation> = {}): Citation {
  return {
    n,
    passageId: `article-${n}.txt#${n}`,
    file: `article-${n}.txt`,
    title: `Article ${n}`,
    url: `https://example.com/articles/${n}`,
    passage: n,
    total: 9,
    text: `Passage text number ${n} about the harbour and its lighthouse.`,
    score: 10 - n,
    ...overrides,
  };
}

export function answered(overrides: Partial<Answer> = {}): Answer {
  return {
    status: 'answered',
    question: 'When was the lighthouse built?',
    excerpt: 'The lighthouse was built in 1852 by the harbour board.',
    matchedTerms: ['lighthouse', 'built'],
    citations: [1, 2, 3, 4].map((n) => citation(n)),
    confidence: 0.9,
    suggestions: [],
    ...overrides,
  };
}

export function notFound(overrides: Partial<Answer> = {}): Answer {
  return {
    status: 'no_answer',
    question: 'Who painted the lighthuose?',
    excerpt: null,
    matchedTerms: [],
    citations: [citation(1), citation(2)],
    reason: { code: 'not_found', message: 'Nothing in the articles answers that.' },
    confidence: 0.1,
    suggestions: ['lighthouse'],
    ...overrides,
  };
}

export function hit(n: number, overrides: Partial<SearchHit> = {}): SearchHit {
  const { n: _n, ...rest } = citation(n);
  return { ...rest, ...overrides };
}

export function passage(overrides: Partial<Passage> = {}): Passage {
  return {
    id: 'harbour.txt#4',
    file: 'harbour.txt',
    scope: 'global',
    index: 4,
    total: 9,
    title: 'The Harbour',
    url: 'https://example.com/harbour',
    text: 'The harbour was dredged in 1901. Ships of deeper draught could then dock.',
    ...overrides,
  };
}

/** Every string a person would see in a message: content, titles, descriptions, fields, footers, labels. */
export function visibleText(message: {
  content?: string;
  embeds?: {
    title?: string;
    description?: string;
    footer?: { text: string };
    fields?: { name: string; value: string }[];
  }[];
}): string[] {
  const texts = [message.content ?? ''];
  for (const embed of message.embeds ?? []) {
    texts.push(embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '');
    for (const field of embed.fields ?? []) texts.push(field.name, field.value);
  }
  return texts;
}
