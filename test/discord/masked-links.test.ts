/**
 * Quoted text never carries a live link: random Markdown full of masked links, nested brackets, backslashes,
 * mentions and code spans, rendered by safeText (and bolded, quoted, or as a whole answer, passage and search
 * result), holds no `[text](url)` a Discord-like recogniser would make clickable, no autolinked URL, and reads
 * the same as the input once the escapes are removed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../src/answer/types.js';
import type { Passage } from '../../src/corpus/types.js';
import { renderAnswer } from '../../src/discord/render/answer.js';
import { hasLiveMention, boldTerms, safeText, blockquote } from '../../src/discord/render/markdown.js';
import { renderPassage } from '../../src/discord/render/passage.js';
import { renderSearchResults } from '../../src/discord/render/search.js';
import { liveLinks } from '../support/live-links.js';

/** What Discord shows: `\x` is x for any x that is not a letter, digit or space; `**` unescaped is bold. */
function unescape(text: string): string {
  let shown = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\' && i + 1 < text.length && !/[0-9A-Za-z\s]/.test(text[i + 1]!)) {
      shown += text[++i];
    } else if (char === '*' && text[i + 1] === '*') {
      i++;
    } else {
      shown += char;
    }
  }
  return shown.replaceAll('\u200b', '');
}

const PIECES = [
  '[claim your prize](http://evil.invalid)',
  '[a [nested] link](https://evil.invalid/x)',
  '[x](<http://evil.invalid>)',
  '[x]( http://evil.invalid "title")',
  '[`code`](http://evil.invalid)',
  '`[in code](http://evil.invalid)`',
  '```\n[block](http://evil.invalid)\n```',
  '\\[escaped](http://evil.invalid)',
  '\\\\[double](http://evil.invalid)',
  'https://example.com/a_(b)',
  '<https://example.com/x>',
  'http://evil.invalid',
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@&123456789012345678>',
  '[',
  ']',
  '(',
  ')',
  '\\',
  '`',
  '*',
  '**',
  '_',
  '~~',
  '||',
  '<',
  '>',
  ':',
  '/',
  '# ',
  '> ',
  '- ',
  '\n',
  ' ',
  'prize',
  'harbour',
  'word',
];
const markdown = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 6 }) },
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('masked links in quoted text', () => {
  it('the known cases: every bracket and parenthesis escaped, URLs not autolinked', () => {
    const shown = safeText('[claim your prize](http://evil.invalid)');
    expect(liveLinks(shown)).toEqual([]);
    expect(unescape(shown)).toBe('[claim your prize](http://evil.invalid)');
    expect(liveLinks(safeText('x [a](b) and [c](d)'))).toEqual([]);
    expect(liveLinks(safeText('see https://example.com/a'))).toEqual([]);
    // the recogniser itself finds what it should
    expect(liveLinks('\\[a](b) [c](d)')).toEqual(['[c](d)']);
    expect(liveLinks('\\\\[c](d)')).toEqual(['[c](d)']);
    expect(liveLinks('go https://example.com now')).toEqual(['https://example.com']);
  });

  it('property: safeText, bolded and quoted, leaves no live link or mention and reads the same', () => {
    fc.assert(
      fc.property(markdown, fc.subarray(['prize', 'harbour', 'word', 'evil', 'code']), (text, terms) => {
        const plain = text.replaceAll('\u200b', '');
        const shown = safeText(text);
        expect(liveLinks(shown), shown).toEqual([]);
        expect(hasLiveMention(shown)).toBe(false);
        expect(unescape(shown)).toBe(plain);
        const bolded = boldTerms(shown, terms);
        expect(liveLinks(bolded), bolded).toEqual([]);
        expect(unescape(bolded)).toBe(plain);
        const quoted = blockquote(bolded);
        expect(liveLinks(quoted)).toEqual([]);
      }),
      { numRuns: 500, seed: 20260601 },
    );
  });

  it('property: answers, passages and search results quoting such text hold no live link but their own', () => {
    fc.assert(
      fc.property(markdown, markdown, (text, title) => {
        const passage: Passage = {
          id: 'a.md#1',
          file: 'a.md',
          title,
          url: 'https://example.org/a',
          index: 1,
          total: 1,
          text: text || 'x',
        } as Passage;
        const citation = {
          n: 1,
          passageId: passage.id,
          file: passage.file,
          title,
          url: passage.url,
          passage: 1,
          total: 1,
          text: passage.text,
          score: 1,
        } as unknown as Citation;
        const answer = {
          status: 'answered',
          question: title,
          excerpt: passage.text,
          citations: [citation, { ...citation, n: 2 }],
          matchedTerms: ['prize', 'evil'],
          suggestions: [],
        } as unknown as Answer;
        const messages = [
          renderAnswer(answer),
          renderPassage(passage),
          renderSearchResults(title, [citation as never]),
        ];
        for (const message of messages) {
          for (const embed of message.embeds ?? []) {
            // Our own links: the article link the renderers add ("[Open article](<url>)", "[Title](<url>)").
            const parts = [
              embed.description ?? '',
              embed.title ?? '',
              ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]),
            ];
            for (const part of parts) {
              expect(liveLinks(part.replaceAll('](<https://example.org/a>)', ']')), part).toEqual([]);
            }
          }
        }
      }),
      { numRuns: 200, seed: 20260602 },
    );
  });
});
