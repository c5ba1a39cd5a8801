/** "Who wrote the article?" is answered by the byline, or plainly declined when there is none. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parse.js';
import { asksWhoWrote, isByline } from '../../src/answer/authorship.js';
import { Engine } from '../../src/engine.js';

const REPORTED = [
  '# Harbour fire',
  '',
  'A fire destroyed three warehouses at the old harbour on Sunday. Firefighters reported that nobody was hurt.',
  '',
  'The harbour authority said the warehouses would be rebuilt before the fishing season.',
  '',
  'Jane Okafor contributed reporting',
].join('\n');

const UNSIGNED = [
  '# Why the harbour matters',
  '',
  'The harbour is the town’s oldest employer, and its warehouses have stood since 1890. Losing them would ' +
    'cost the fishing fleet its only cold store.',
].join('\n');

async function engineOf(files: Record<string, string>): Promise<Engine> {
  const articles = await Promise.all(
    Object.entries(files).map(([file, text]) =>
      parseArticle(file, 'global', Buffer.from(text), { maxBytes: 1 << 20 }),
    ),
  );
  return Engine.fromArticles(articles);
}

describe('who wrote the article', () => {
  it('reads the question in the ways people ask it, and not questions about reports in the story', () => {
    for (const q of [
      'who wrote the harbour fire article',
      'who helped report the fire story',
      'who is the author of the harbour piece',
      'whats the authors name',
      'who wrote this?',
      'who contributed to the harbour fire story',
      'harbour fire article who contributed',
      'harbour story who wrote',
    ])
      expect(asksWhoWrote(q), q).toBe(true);
    for (const q of [
      'who reported the fire to the police',
      "whats the author's verdict on the harbour",
      'who said the warehouses would be rebuilt',
      'Who wrote that it is difficult to define civil disobedience?',
      'What Doctor Who was written without Doctor Who in it?',
      'who wrote west side story',
      'who contributed to the rebuilding of the harbour',
    ])
      expect(asksWhoWrote(q), q).toBe(false);
  });

  it('knows a byline from a sentence about reporting', () => {
    for (const text of [
      'Jane Okafor contributed reporting',
      'By Jane Okafor',
      'Reporting by Jane Okafor; editing by Sam Lee',
    ])
      expect(isByline({ text }), text).toBe(true);
    for (const text of ['Firefighters reported that nobody was hurt.', 'The fire contributed to the losses.'])
      expect(isByline({ text }), text).toBe(false);
  });

  it('quotes the byline of the article asked about', async () => {
    const engine = await engineOf({ 'fire.md': REPORTED, 'harbour.md': UNSIGNED });
    const answer = engine.ask('who wrote the harbour fire article');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toBe('Jane Okafor contributed reporting');
    expect(answer.citations[0]?.file).toBe('fire.md');
  });

  it('says so when the article names no author, rather than quoting a sentence with the same words', async () => {
    const engine = await engineOf({ 'fire.md': REPORTED, 'harbour.md': UNSIGNED });
    const answer = engine.ask('who is the author of the piece on why the harbour matters');
    expect(answer.status).toBe('no_answer');
    expect(answer.reason?.message).toContain('does not say who wrote it');
    expect(answer.citations[0]?.file).toBe('harbour.md');
  });
});
