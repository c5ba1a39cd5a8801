import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  discordLimitProblems,
  fitRendered,
  fitsDiscordLimits,
  truncateWords,
} from '../../src/discord/render/limits.js';
import { textMessage } from '../../src/discord/render/payload.js';

describe('truncateWords', () => {
  it('leaves text that fits alone', () => {
    expect(truncateWords('short text', 20)).toBe('short text');
    expect(truncateWords('exactly ten', 11)).toBe('exactly ten');
  });

  it('cuts at the last whole word and adds an ellipsis', () => {
    expect(truncateWords('the quick brown fox jumps', 16)).toBe('the quick brown…');
    expect(truncateWords('the quick brown fox jumps', 15)).toBe('the quick…');
  });

  it('keeps a word that ends exactly at the limit', () => {
    // "the quick" is 9 characters: with the ellipsis it takes 10.
    expect(truncateWords('the quick brown', 10)).toBe('the quick…');
  });

  it('drops trailing whitespace before the ellipsis', () => {
    expect(truncateWords('alpha,   beta gamma', 12)).toBe('alpha,…');
  });

  it('cuts a single over-long word mid-word, never inside a surrogate pair', () => {
    expect(truncateWords('a'.repeat(50), 10)).toBe(`${'a'.repeat(9)}…`);
    const emoji = '😀'.repeat(10); // each is two UTF-16 units
    const cut = truncateWords(emoji, 6);
    expect(cut.length).toBeLessThanOrEqual(6);
    expect(cut).toBe('😀😀…');
  });

  it('handles tiny limits', () => {
    expect(truncateWords('hello world', 0)).toBe('');
    expect(truncateWords('hello world', 1)).toBe('…');
  });

  it('property: never longer than the limit, always a prefix at a word boundary when there is one', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.integer({ min: 1, max: 200 }),
        (text, max) => {
          const cut = truncateWords(text, max);
          expect(cut.length).toBeLessThanOrEqual(max);
          if (text.length <= max) {
            expect(cut).toBe(text);
            return;
          }
          expect(cut.endsWith('…')).toBe(true);
          const kept = cut.slice(0, -1);
          expect(text.startsWith(kept)).toBe(true);
          const room = text.slice(0, max);
          if (/\s/.test(room.slice(1)) && kept.length > 0) {
            // It ended where the text had whitespace next.
            expect(/^\s/.test(text.slice(kept.length))).toBe(true);
          }
        },
      ),
    );
  });
});

describe('fitRendered', () => {
  it('truncates the raw text so the rendered text fits, never splitting what render adds', () => {
    const raw = 'a*b '.repeat(100);
    const render = (text: string) => text.replaceAll('*', '\\*');
    const out = fitRendered(raw, 50, render);
    expect(out.length).toBeLessThanOrEqual(50);
    expect(out).not.toMatch(/(^|[^\\])\*/); // every * still escaped
    expect(out.endsWith('…')).toBe(true);
  });

  it('returns the full rendering when it fits', () => {
    expect(fitRendered('hello', 50, (text) => `**${text}**`)).toBe('**hello**');
  });
});

describe('fitsDiscordLimits', () => {
  it('accepts a plain message and flags the problems of a bad one', () => {
    expect(fitsDiscordLimits(textMessage('hi'))).toBe(true);
    const bad = {
      content: 'x'.repeat(2001),
      embeds: [{ title: 't'.repeat(257), description: 'd'.repeat(4097), fields: [{ name: '', value: 'v' }] }],
      allowedMentions: { parse: ['everyone'] },
    };
    const problems = discordLimitProblems(bad as never);
    expect(problems).toEqual(
      expect.arrayContaining([
        'content over 2,000',
        'allowedMentions.parse is not []',
        'embed 0 title over 256',
        'embed 0 description over 4,096',
        'embed 0 field name length 0',
      ]),
    );
  });

  it('counts all embeds together against 6,000 and checks custom_id length and uniqueness', () => {
    const embeds = [1, 2].map(() => ({ description: 'd'.repeat(3500) }));
    expect(discordLimitProblems({ embeds, allowedMentions: { parse: [] } })).toContain(
      'embeds over 6,000 in total',
    );
    const button = (custom_id: string) => ({ type: 2, style: 1, label: 'x', custom_id }) as const;
    const components = [
      { type: 1, components: [button('a'.repeat(101)), button('b'), button('b')] },
    ] as const;
    const problems = discordLimitProblems({
      content: 'x',
      components: components as never,
      allowedMentions: { parse: [] },
    });
    expect(problems).toContain('custom_id length 101');
    expect(problems).toContain('duplicate custom_id b');
  });
});
