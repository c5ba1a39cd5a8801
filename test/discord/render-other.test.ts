import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types.js';
import { ownFileChoices, passageChoices, searchChoices } from '../../src/discord/render/choices.js';
import { renderAdded, renderCorpusList, renderReloaded } from '../../src/discord/render/corpus.js';
import { parseButtonId, passageButtonId, sourcesButtonId } from '../../src/discord/render/custom-ids.js';
import { renderHelp } from '../../src/discord/render/help.js';
import { choicesFitDiscordLimits, discordLimitProblems } from '../../src/discord/render/limits.js';
import { hasLiveMention } from '../../src/discord/render/markdown.js';
import { renderPassage, renderPassageNotFound } from '../../src/discord/render/passage.js';
import { renderSearchResults } from '../../src/discord/render/search.js';
import { hit, passage, visibleText } from './fixtures.js';

function article(file: string, title: string, passages = 3): Article {
  return {
    file,
    scope: file.startsWith('guilds/') ? file.split('/')[1]! : 'global',
    title,
    hash: 'h',
    passages: Array.from({ length: passages }, (_, i) => ({
      ...passage(),
      id: `${file}#${i + 1}`,
      file,
      index: i + 1,
    })),
  };
}

describe('custom ids', () => {
  it('round-trip and stay within 100 characters', () => {
    expect(parseButtonId(passageButtonId('a.txt#4')!)).toEqual({ kind: 'passage', passageId: 'a.txt#4' });
    expect(parseButtonId(passageButtonId(`${'p'.repeat(100)}#1`, 2)!)).toEqual({ kind: 'cite', n: 2 });
    expect(passageButtonId(`${'p'.repeat(100)}#1`)).toBeUndefined();
    expect(parseButtonId(sourcesButtonId(3, 'what: is it?'))).toEqual({
      kind: 'sources',
      page: 3,
      question: 'what: is it?',
    });
    expect(sourcesButtonId(1, 'q'.repeat(200))).toBe('sources:1:');
    expect(parseButtonId('sources:x:y')).toBeUndefined();
    expect(parseButtonId('something-else')).toBeUndefined();
  });
});

describe('renderPassage', () => {
  it('shows the whole passage, its article title linked, and its position', () => {
    const message = renderPassage(passage({ text: 'Ships *docked* here. @everyone' }));
    const embed = message.embeds![0]!;
    expect(embed.title).toBe('The Harbour');
    expect(embed.url).toBe('https://example.com/harbour');
    expect(embed.description).toBe('Ships \\*docked\\* here. @\u200beveryone');
    expect(embed.fields).toEqual([
      { name: 'Position', value: 'passage 4 of 9', inline: true },
      { name: 'Link', value: '[Open article](<https://example.com/harbour>)', inline: true },
    ]);
    expect(embed.footer?.text).toBe('harbour.txt · passage 4 of 9');
    expect(discordLimitProblems(message)).toEqual([]);
  });

  it('shortens a passage too long for Discord on a word boundary and says so', () => {
    const message = renderPassage(
      passage({ text: 'word '.repeat(3000), title: 'T'.repeat(1000), url: undefined }),
    );
    expect(discordLimitProblems(message)).toEqual([]);
    expect(message.embeds![0]!.description!.endsWith('word…')).toBe(true);
    expect(message.embeds![0]!.footer?.text).toContain('shortened to fit Discord');
  });

  it('unknown id: polite, with did-you-mean ids and titles', () => {
    const message = renderPassageNotFound('harbor.txt#4', [
      hit(1, { passageId: 'harbour.txt#4', title: 'The Harbour' }),
    ]);
    expect(message.content).toContain("I couldn't find a passage with the id “harbor.txt#4”.");
    expect(message.content).toContain('Did you mean:\n• harbour.txt#4 — The Harbour (passage 1 of 9)');
    expect(discordLimitProblems(message)).toEqual([]);
  });
});

describe('renderSearchResults', () => {
  it('lists the best passages with titles and short excerpts, and passage buttons', () => {
    const message = renderSearchResults(
      'harbour lighthouse',
      [1, 2, 3, 4, 5, 6].map((n) => hit(n)),
    );
    const embed = message.embeds![0]!;
    expect(embed.title).toBe('Search: harbour lighthouse');
    expect(embed.fields).toHaveLength(5);
    expect(embed.fields![0]!.value).toContain('**harbour**');
    expect(message.components![0]!.components).toHaveLength(5);
    expect(discordLimitProblems(message)).toEqual([]);
  });

  it('says when nothing matched', () => {
    const message = renderSearchResults('@everyone zzz', []);
    expect(message.embeds![0]!.description).toContain('No passages matched');
    for (const text of visibleText(message)) expect(hasLiveMention(text)).toBe(false);
  });
});

describe('autocomplete choices', () => {
  const longHit = hit(1, {
    title: 'A very long title '.repeat(10),
    text: 'and even longer text '.repeat(20),
  });

  it('/search: the typed text first, then passages by id; names cut on word boundaries', () => {
    const choices = searchChoices('harbour', [longHit, hit(2)]);
    expect(choices[0]).toEqual({ name: 'Search for “harbour”', value: 'harbour' });
    expect(choices[1]!.value).toBe('article-1.txt#1');
    expect(choices[1]!.name.endsWith('…')).toBe(true);
    expect(choices[1]!.name).toMatch(/title…$|long…$|A very…$|very…$/);
    expect(choicesFitDiscordLimits(choices)).toBe(true);
  });

  it('never more than 25, values at most 100 (long ids fall back to the query)', () => {
    const hits = Array.from({ length: 40 }, (_, i) =>
      hit(i + 1, { passageId: i === 0 ? 'x'.repeat(150) : `f${i}.txt#1` }),
    );
    const choices = searchChoices('q'.repeat(300), hits);
    expect(choices).toHaveLength(25);
    expect(choicesFitDiscordLimits(choices)).toBe(true);
    expect(passageChoices(hits).map((choice) => choice.value)).not.toContain('x'.repeat(150));
    expect(choicesFitDiscordLimits(passageChoices(hits))).toBe(true);
  });

  it('/corpus remove: only the given (own) files, matched by name or title', () => {
    const own = [
      article('guilds/123/notes.md', 'Meeting notes'),
      article('guilds/123/rules.txt', 'Server rules'),
    ];
    expect(ownFileChoices('rul', own)).toEqual([{ name: 'Server rules (rules.txt)', value: 'rules.txt' }]);
    expect(ownFileChoices('', own)).toHaveLength(2);
  });
});

describe('corpus and help replies', () => {
  it('list: own files, then the global count; ephemeral', () => {
    const message = renderCorpusList([article('guilds/123/notes.md', 'Meeting *notes*')], 12);
    expect(message.flags).toBe(MessageFlags.Ephemeral);
    expect(message.embeds![0]!.description).toBe(
      '• **Meeting \\*notes\\*** — notes.md (3 passages)\n\nEveryone also shares 12 global articles.',
    );
  });

  it('list: long lists end with "…and N more" within limits', () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      article(`guilds/1/file-${i}.txt`, `Title ${i} `.repeat(10)),
    );
    const message = renderCorpusList(many, 1);
    expect(discordLimitProblems(message)).toEqual([]);
    expect(message.embeds![0]!.description).toMatch(
      /…and \d+ more\n\nEveryone also shares 1 global article\.$/,
    );
  });

  it('added / reloaded', () => {
    expect(renderAdded(article('guilds/1/a.md', 'A', 1)).content).toBe('Added **A** (1 passage) as a.md.');
    const reloaded = renderReloaded({
      articles: 3,
      passages: 20,
      skipped: [{ file: 'bad.bin', reason: 'not text' }],
    });
    expect(reloaded.content).toBe(
      'Reloaded the articles: 3 articles, 20 passages.\nSkipped 1 file:\n• bad.bin: not text',
    );
  });

  it('help: usage and up to five titles', () => {
    const articles = Array.from({ length: 7 }, (_, i) => article(`a${i}.txt`, `Article ${i}`));
    const message = renderHelp(articles, false);
    const know = message.embeds![0]!.fields![0]!.value;
    expect(know).toContain('7 articles (21 passages in all), including:');
    expect(know).toContain('• Article 4');
    expect(know).not.toContain('Article 5');
    expect(know).toContain('…and 2 more');
    expect(message.embeds![0]!.description).toContain('/ask');
    expect(discordLimitProblems(message)).toEqual([]);
  });
});
