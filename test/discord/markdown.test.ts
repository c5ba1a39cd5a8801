import { describe, expect, it } from 'vitest';
import {
  blockquote,
  boldTerms,
  defangMentions,
  hasLiveMention,
  maskedLink,
  safeText,
  safeUrl,
} from '../../src/discord/render/markdown.js';

describe('safeText', () => {
  it('escapes Markdown so text shows as written', () => {
    expect(safeText('*bold* _it_ `code` ~~s~~ ||spoiler||')).toBe(
      '\\*bold\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~ \\|\\|spoiler\\|\\|',
    );
    expect(safeText('# Heading')).toBe('\\# Heading');
    expect(safeText('> quoted')).toBe('\\> quoted');
    expect(safeText('-# small')).toBe('\\-# small');
    expect(safeText('- item')).toBe('\\- item');
    expect(safeText('[click](https://evil.example)')).toBe('\\[click\\]\\(https:\\//evil.example\\)');
    expect(safeText('a [x] [y](z)')).toBe('a \\[x\\] \\[y\\]\\(z\\)');
    expect(safeText('back\\slash')).toBe('back\\\\slash');
  });

  it('defangs @everyone, @here and user/role mentions with a zero-width space', () => {
    const shown = safeText('hey @everyone and @here, ping <@123456789012345678> <@!123> <@&456>');
    expect(hasLiveMention(shown)).toBe(false);
    expect(shown).toContain('@\u200beveryone');
    expect(shown).toContain('@\u200bhere');
    expect(shown).toContain('<@\u200b123456789012345678>');
    expect(shown).toContain('<@\u200b&456>');
    // Removing the zero-width spaces gives back the original text.
    expect(shown.replaceAll('\u200b', '')).toBe(
      'hey @everyone and @here, ping <@123456789012345678> <@!123> <@&456>',
    );
  });

  it('leaves e-mail addresses and other @ alone', () => {
    expect(defangMentions('mail me@example.com or @someone')).toBe('mail me@example.com or @someone');
    expect(defangMentions('@everyoneX')).toBe('@\u200beveryoneX');
    expect(defangMentions('@Everyone')).toBe('@\u200bEveryone');
  });
});

describe('boldTerms', () => {
  it('bolds whole words case-insensitively', () => {
    expect(boldTerms('The Lighthouse and lighthouses', ['lighthouse'])).toBe(
      'The **Lighthouse** and lighthouses',
    );
  });

  it('prefers the longest term and never nests bold', () => {
    expect(boldTerms('New York is new', ['new', 'new york'])).toBe('**New York** is **new**');
  });

  it('does not break escapes: no match right after a backslash or inside an escaped word', () => {
    const escaped = safeText('snake_case and *star* word');
    const bolded = boldTerms(escaped, ['case', 'star', 'word']);
    expect(bolded).toBe('snake\\_case and \\***star**\\* **word**');
  });

  it('skips terms with Markdown characters and leaves URLs alone', () => {
    expect(boldTerms('a*b c', ['a*b'])).toBe('a*b c');
    expect(boldTerms('see https://example.com/harbour harbour', ['harbour'])).toBe(
      'see https://example.com/harbour **harbour**',
    );
  });

  it('bolding a defanged mention cannot revive it', () => {
    const shown = boldTerms(safeText('@everyone look'), ['everyone']);
    expect(hasLiveMention(shown)).toBe(false);
  });
});

describe('links and urls', () => {
  it('links an escaped title to an http(s) url without a preview', () => {
    expect(maskedLink('My *Title* [draft]', 'https://example.com/a b')).toBe(
      '[My \\*Title\\* \\[draft\\]](<https://example.com/a%20b>)',
    );
  });

  it('shows a plain escaped title when the url is missing or not http(s)', () => {
    expect(maskedLink('T_1', undefined)).toBe('T\\_1');
    expect(maskedLink('T', 'javascript:alert(1)')).toBe('T');
    expect(maskedLink('T', 'ftp://example.com')).toBe('T');
  });

  it('normalises urls and refuses unsafe ones', () => {
    expect(safeUrl('https://example.com/a(b)')).toBe('https://example.com/a%28b%29');
    expect(safeUrl('https://user:pw@example.com/')).toBeUndefined();
    expect(safeUrl('not a url')).toBeUndefined();
    expect(safeUrl(`https://example.com/${'a'.repeat(600)}`)).toBeUndefined();
  });

  it('quotes every line', () => {
    expect(blockquote('one\ntwo')).toBe('> one\n> two');
  });
});
