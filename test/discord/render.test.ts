import { ButtonStyle, MessageFlags } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import { NOT_FOUND_TEXT, renderAnswer } from '../../src/discord/render/answer.js';
import { parseButtonId, questionFromFooter } from '../../src/discord/render/custom-ids.js';
import { discordLimitProblems, fitsDiscordLimits } from '../../src/discord/render/limits.js';
import { hasLiveMention } from '../../src/discord/render/markdown.js';
import { mentioning } from '../../src/discord/render/payload.js';
import { renderSourcesPage } from '../../src/discord/render/sources.js';
import { answered, citation, notFound, visibleText } from './fixtures.js';

const customIds = (message: ReturnType<typeof renderAnswer>) =>
  (message.components ?? []).flatMap((row) =>
    row.components.map((button) => ('custom_id' in button ? button.custom_id : '')),
  );

const VOTES = ['vote:y:article-1.txt#1', 'vote:n:article-1.txt#1'];

describe('renderAnswer: answered', () => {
  const message = renderAnswer(answered());
  const embed = message.embeds![0]!;

  it('quotes the excerpt verbatim with the matched terms bold, then the linked citation', () => {
    expect(embed.description).toBe(
      '> The **lighthouse** was **built** in 1852 by the harbour board.\n\n' +
        '[1] [Article 1](<https://example.com/articles/1>) — passage 1 of 9',
    );
  });

  it('lists up to three further sources as fields', () => {
    expect(embed.fields?.map((field) => field.name)).toEqual([
      '[2] Article 2 — passage 2 of 9',
      '[3] Article 3 — passage 3 of 9',
      '[4] Article 4 — passage 4 of 9',
    ]);
    expect(embed.fields?.[0]?.value).toContain('[Open article](<https://example.com/articles/2>)');
  });

  it('keeps the question in the footer, and never pings', () => {
    expect(embed.footer?.text).toContain('Question: When was the lighthouse built?');
    expect(questionFromFooter(embed.footer?.text)).toBe('When was the lighthouse built?');
    expect(message.allowedMentions).toEqual({ parse: [] });
    expect(fitsDiscordLimits(message)).toBe(true);
  });

  it('offers the full passage; "More sources" only when there are more than shown', () => {
    expect(customIds(message)).toEqual(['passage:article-1.txt#1', ...VOTES]);
    const more = renderAnswer(answered({ citations: [1, 2, 3, 4, 5].map((n) => citation(n)) }));
    expect(customIds(more)).toEqual([
      'passage:article-1.txt#1',
      'sources:1:When was the lighthouse built?',
      ...VOTES,
    ]);
    expect(more.components?.[0]?.components[0]).toMatchObject({
      label: 'Show full passage',
      style: ButtonStyle.Primary,
    });
  });

  it('links only http(s) urls and shows the title plainly otherwise', () => {
    const noUrl = renderAnswer(
      answered({ citations: [citation(1, { url: undefined, title: 'Plain_title' })] }),
    );
    expect(noUrl.embeds![0]!.description).toContain('[1] Plain\\_title — passage 1 of 9');
    const badUrl = renderAnswer(answered({ citations: [citation(1, { url: 'javascript:alert(1)' })] }));
    expect(badUrl.embeds![0]!.description).not.toContain('javascript');
  });
});

describe('renderAnswer: no answer', () => {
  it('says so plainly, suggests words and lists the closest passages', () => {
    const message = renderAnswer(notFound());
    const embed = message.embeds![0]!;
    expect(embed.description).toContain(NOT_FOUND_TEXT);
    expect(embed.description).toContain('Did you mean “lighthouse”?');
    expect(embed.fields?.map((field) => field.name)).toEqual([
      '[1] Article 1 — passage 1 of 9',
      '[2] Article 2 — passage 2 of 9',
    ]);
    expect(customIds(message)).toEqual(['passage:article-1.txt#1']);
    expect(fitsDiscordLimits(message)).toBe(true);
  });

  it('with nothing close: just the sentence, no buttons', () => {
    const message = renderAnswer(notFound({ citations: [], suggestions: [] }));
    expect(message.embeds![0]!.description).toBe(NOT_FOUND_TEXT);
    expect(message.components).toEqual([]);
  });

  it('an invalid question gets the reason', () => {
    const message = renderAnswer(
      notFound({
        question: '',
        citations: [],
        reason: { code: 'invalid', message: 'Please ask a *real* question.' },
      }),
    );
    expect(message.embeds![0]!.description).toBe('Please ask a \\*real\\* question.');
    expect(fitsDiscordLimits(message)).toBe(true);
  });

  it('small talk ("thanks!") gets the reply alone, not "I couldn\'t find that"', () => {
    const message = renderAnswer(
      notFound({
        question: 'thanks!',
        citations: [],
        reason: { code: 'small_talk', message: "You're welcome!" },
      }),
    );
    expect(message.embeds![0]!.description).toBe("You're welcome!");
    expect(message.components).toEqual([]);
    expect(message.allowedMentions).toEqual({ parse: [] });
  });
});

describe('mentions never ping', () => {
  const hostile = '@everyone @here <@123456789012345678> <@&456789012345678901> look';

  it('in questions, excerpts, titles and sources', () => {
    const message = renderAnswer(
      answered({
        question: `${hostile}?`,
        excerpt: `${hostile} at this.`,
        matchedTerms: ['everyone', 'here', 'look'],
        citations: [1, 2].map((n) => citation(n, { title: hostile, text: hostile })),
      }),
    );
    for (const text of visibleText(message)) expect(hasLiveMention(text)).toBe(false);
    expect(message.allowedMentions).toEqual({ parse: [] });
    // The question read back from the footer is the original, mentions intact (as text to search for).
    expect(questionFromFooter(message.embeds![0]!.footer?.text)).toBe(`${hostile}?`);
  });

  it('the /ask mention option pings that one user only', () => {
    const message = mentioning(renderAnswer(answered()), '123456789012345678');
    expect(message.content).toBe('<@123456789012345678>');
    expect(message.allowedMentions).toEqual({ parse: [], users: ['123456789012345678'] });
  });
});

describe('Discord limits with huge inputs', () => {
  const long = (word: string, times: number) => Array.from({ length: times }, () => word).join(' ');

  it('a 20,000-character excerpt and 1,000-character titles still fit, cut on word boundaries', () => {
    const message = renderAnswer(
      answered({
        question: long('question', 500),
        excerpt: long('lighthouse*built', 1200),
        citations: [1, 2, 3, 4, 5].map((n) =>
          citation(n, { title: long('Title', 200), text: long('passage', 3000) }),
        ),
      }),
    );
    expect(discordLimitProblems(message)).toEqual([]);
    const embed = message.embeds![0]!;
    expect(embed.description).toMatch(/…\n\n\[1\]/);
    // Cut after a whole word: the excerpt's last word before the ellipsis is complete, escapes and bold intact.
    expect(embed.description).toMatch(/ \*\*lighthouse\*\*\\\*\*\*built\*\*…\n/);
    expect(embed.title!.length).toBeLessThanOrEqual(256);
    for (const id of customIds(message)) expect(id.length).toBeLessThanOrEqual(100);
  });

  it('a question too long for a custom_id leaves it to be read from the embed', () => {
    const question = long('why', 60);
    const message = renderAnswer(answered({ question, citations: [1, 2, 3, 4, 5].map((n) => citation(n)) }));
    const sources = customIds(message).find((id) => id.startsWith('sources:'))!;
    expect(sources).toBe('sources:1:');
    expect(parseButtonId(sources)).toEqual({ kind: 'sources', page: 1 });
    expect(questionFromFooter(message.embeds![0]!.footer?.text)).toBe(question);
  });

  it('a passage id too long for a custom_id becomes a citation number', () => {
    const passageId = `guilds/123456789012345678/${'x'.repeat(90)}.md#3`;
    const message = renderAnswer(answered({ citations: [citation(1, { passageId })] }));
    expect(customIds(message)).toEqual(['cite:1', 'vote:y:', 'vote:n:']);
    expect(parseButtonId('vote:n:')).toEqual({ kind: 'vote', helpful: false });
    expect(parseButtonId('vote:y:a.md#2')).toEqual({ kind: 'vote', helpful: true, passageId: 'a.md#2' });
  });
});

describe('renderSourcesPage', () => {
  const many = answered({ citations: Array.from({ length: 15 }, (_, i) => citation(i + 1)) });

  it('shows the sources after the first four, five per page, with paging and passage buttons', () => {
    const page1 = renderSourcesPage(many, 1);
    expect(page1.embeds![0]!.fields?.map((field) => field.name.slice(0, 3))).toEqual([
      '[5]',
      '[6]',
      '[7]',
      '[8]',
      '[9]',
    ]);
    expect(customIds(page1)).toEqual([
      'sources:2:When was the lighthouse built?',
      'passage:article-5.txt#5',
      'passage:article-6.txt#6',
      'passage:article-7.txt#7',
      'passage:article-8.txt#8',
      'passage:article-9.txt#9',
    ]);
    const page2 = renderSourcesPage(many, 2);
    expect(customIds(page2).slice(0, 2)).toEqual([
      'sources:1:When was the lighthouse built?',
      'sources:3:When was the lighthouse built?',
    ]);
    expect(fitsDiscordLimits(page1) && fitsDiscordLimits(page2)).toBe(true);
  });

  it('says so when there is nothing more', () => {
    const message = renderSourcesPage(answered(), 1);
    expect(message.embeds![0]!.description).toBe('There are no more sources for this question.');
    expect(message.components).toEqual([]);
  });
});

// ---- Property: any answer renders within Discord's limits and with no live mention -----------------------

const nastyText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc
    .array(
      fc.constantFrom(
        '@everyone',
        '@here',
        '<@123456789012345678>',
        '<@&1234>',
        '**',
        '_',
        '`',
        '```',
        '\\',
        '||',
        '~~',
        '> ',
        '# ',
        '-# ',
        '[a](https://x.y)',
        ' ',
        '\n',
        'word',
        '😀',
        'x'.repeat(120),
      ),
      { maxLength: 300 },
    )
    .map((parts) => parts.join('')),
);

const citationArb = fc.record({
  n: fc.integer({ min: 1, max: 30 }),
  passageId: fc.string({ minLength: 1, maxLength: 150 }),
  file: fc.string({ minLength: 1, maxLength: 150 }),
  title: nastyText,
  url: fc.option(fc.oneof(fc.webUrl(), fc.string({ maxLength: 50 })), { nil: undefined }),
  passage: fc.integer({ min: 1, max: 500 }),
  total: fc.integer({ min: 1, max: 500 }),
  text: fc.oneof(nastyText, fc.constant('long '.repeat(5000))),
  score: fc.double({ noNaN: true }),
});

const answerArb: fc.Arbitrary<Answer> = fc.record({
  status: fc.constantFrom('answered', 'no_answer'),
  question: nastyText,
  excerpt: fc.option(fc.oneof(nastyText, fc.constant('lighthouse '.repeat(3000))), { nil: null }),
  matchedTerms: fc.array(
    fc.oneof(fc.constantFrom('everyone', 'here', 'word', 'long', 'a'), fc.string({ maxLength: 12 })),
    { maxLength: 6 },
  ),
  citations: fc.array(citationArb, { maxLength: 12 }),
  reason: fc.option(
    fc.record({ code: fc.constantFrom('invalid', 'not_found', 'small_talk'), message: nastyText }),
    {
      nil: undefined,
    },
  ),
  confidence: fc.double({ min: 0, max: 1, noNaN: true }),
  suggestions: fc.array(nastyText, { maxLength: 8 }),
}) as fc.Arbitrary<Answer>;

describe('property: random answers', () => {
  it('always fit Discord limits and contain no unescaped mention', () => {
    fc.assert(
      fc.property(answerArb, fc.integer({ min: 1, max: 4 }), (answer, page) => {
        for (const message of [renderAnswer(answer), renderSourcesPage(answer, page)]) {
          expect(discordLimitProblems(message)).toEqual([]);
          for (const text of visibleText(message)) expect(hasLiveMention(text)).toBe(false);
          expect(message.allowedMentions).toEqual({ parse: [] });
          expect(message.flags === undefined || message.flags === MessageFlags.Ephemeral).toBe(true);
        }
      }),
      { numRuns: 300, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) },
    );
  });
});
