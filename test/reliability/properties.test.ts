/**
 * Property tests over random corpora and questions, end to end through the real parser, index and answer
 * step, then the pure Discord renderers: every excerpt is a verbatim substring of the cited passage, and every
 * rendered message (answer, more sources, search results, passage, autocomplete) fits Discord's limits and
 * carries no live mention. Articles mix words with Markdown, mentions, URLs, emoji, zero-width and RTL marks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parse.js';
import type { Article } from '../../src/corpus/types.js';
import { CITATIONS_FOR_ANSWER, renderAnswer } from '../../src/discord/render/answer.js';
import { passageChoices, searchChoices } from '../../src/discord/render/choices.js';
import { choicesFitDiscordLimits, discordLimitProblems } from '../../src/discord/render/limits.js';
import { renderPassage } from '../../src/discord/render/passage.js';
import type { BotMessage } from '../../src/discord/render/payload.js';
import { renderSearchResults } from '../../src/discord/render/search.js';
import { renderSourcesPage } from '../../src/discord/render/sources.js';
import { Engine } from '../../src/engine.js';
import { LIVE_MENTION } from './harness.js';

const WORDS = [
  'quokka',
  'zebra',
  'council',
  'treaty',
  'river',
  'Islamabad',
  'forty-two',
  '1997',
  'attack',
  'province',
  'Sabahat',
  'Khan',
  'claimed',
  'relocated',
  'operations',
  'harbor',
  'signal',
  'café',
  'naïve',
  'Zürich',
];
const HOSTILE = [
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&123456789012345678>',
  '**',
  '__',
  '~~',
  '`',
  '```',
  '||',
  '> ',
  '# ',
  '-# ',
  '[x](https://evil.example)',
  'https://example.com/a_b*c',
  '\\',
  '\u200b',
  '\u202e',
  '\u202c',
  '\u2060',
  '🔥',
  '👩‍👩‍👧',
  'Mr.',
  'U.S.',
  '—',
  '“',
  '”',
  '<',
  '>',
  '\n',
];

const token = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
);
const sentence = fc
  .array(token, { minLength: 3, maxLength: 40 })
  .map((parts) => `${parts.join(' ')}${['.', '?', '!', ''][parts.length % 4]}`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 8 }).map((s) => s.join(' '));
const articleText = fc
  .record({
    title: fc.array(token, { minLength: 1, maxLength: 30 }).map((parts) => parts.join(' ')),
    paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 8 }),
    markdown: fc.boolean(),
  })
  .map(({ title, paragraphs, markdown }) =>
    markdown
      ? { ext: 'md', text: `# ${title.replace(/\n/g, ' ')}\n\n${paragraphs.join('\n\n')}\n` }
      : { ext: 'txt', text: `${title.replace(/\n/g, ' ')}\n\n${paragraphs.join('\n\n')}\n` },
  );
const corpus = fc.array(articleText, { minLength: 1, maxLength: 4 });
const question = fc
  .array(token, { minLength: 1, maxLength: 14 })
  .map((parts) => parts.join(' '))
  .chain((text) => fc.constantFrom(text, `${text}?`, `how many ${text}?`, `who is ${text}?`));

function build(texts: { ext: string; text: string }[]): { engine: Engine; articles: Article[] } {
  const articles: Article[] = [];
  texts.forEach(({ ext, text }, i) => {
    try {
      articles.push(parseArticle(`a${i}.${ext}`, 'global', Buffer.from(text), { maxBytes: 1 << 20 }));
    } catch {
      // An article the parser refuses (e.g. no text left) is simply not in the corpus.
    }
  });
  return { engine: Engine.fromArticles(articles), articles };
}

/** Every string a person would read, and the problems Discord or our no-ping rule would have with it. */
function problemsOf(message: BotMessage): string[] {
  const problems = discordLimitProblems(message);
  const texts = [message.content ?? ''];
  for (const embed of message.embeds ?? []) {
    texts.push(
      embed.title ?? '',
      embed.description ?? '',
      embed.footer?.text ?? '',
      embed.author?.name ?? '',
    );
    for (const field of embed.fields ?? []) texts.push(field.name, field.value);
  }
  for (const row of message.components ?? [])
    for (const button of row.components) texts.push('label' in button ? (button.label ?? '') : '');
  const live = texts.join('\n').match(LIVE_MENTION);
  if (live) problems.push(`live mention ${live.join(', ')}`);
  return problems;
}

describe('property: random corpora and questions', () => {
  it('an answered excerpt is always a verbatim substring of citations[0].text', () => {
    let answered = 0;
    fc.assert(
      fc.property(corpus, fc.array(question, { minLength: 1, maxLength: 5 }), (texts, questions) => {
        const { engine, articles } = build(texts);
        // Questions taken from the articles themselves, so many are answered.
        const fromText = articles.flatMap((a) =>
          a.passages.slice(0, 2).map((p) => p.text.split(/\s+/).slice(0, 8).join(' ')),
        );
        for (const q of [...questions, ...fromText]) {
          const answer = engine.ask(q, { maxCitations: CITATIONS_FOR_ANSWER });
          if (answer.status !== 'answered') continue;
          answered++;
          expect(answer.excerpt).not.toBeNull();
          expect(answer.citations[0]!.text.includes(answer.excerpt!)).toBe(true);
          expect(engine.getPassage(answer.citations[0]!.passageId)?.text).toBe(answer.citations[0]!.text);
        }
      }),
      { numRuns: 120, seed: 20261122 },
    );
    expect(answered).toBeGreaterThan(30); // the property is not vacuous
  });

  it('every rendered message fits Discord’s limits and carries no live mention', () => {
    fc.assert(
      fc.property(corpus, question, fc.nat(), (texts, q, pick) => {
        const { engine, articles } = build(texts);
        const fromText = articles[pick % Math.max(1, articles.length)]?.passages[0]?.text.slice(0, 200) ?? q;
        for (const asked of [q, fromText]) {
          const answer = engine.ask(asked, { maxCitations: 12 });
          expect(problemsOf(renderAnswer(answer)), `answer to ${JSON.stringify(asked)}`).toEqual([]);
          if (answer.citations.length > 4) expect(problemsOf(renderSourcesPage(answer, 1))).toEqual([]);
          const hits = engine.search(asked, { limit: 5 });
          expect(problemsOf(renderSearchResults(asked, hits))).toEqual([]);
          const suggestions = engine.suggest(asked.slice(0, 20), { limit: 24 });
          const choices = [
            ...searchChoices(asked.slice(0, 100), suggestions),
            ...passageChoices(suggestions),
          ];
          expect(choicesFitDiscordLimits(choices.slice(0, 25))).toBe(true);
        }
        for (const article of articles) {
          for (const passage of article.passages.slice(0, 3))
            expect(problemsOf(renderPassage(passage))).toEqual([]);
        }
      }),
      { numRuns: 120, seed: 20261123 },
    );
  });
});
