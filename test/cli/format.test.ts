import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerJson, emphasise, formatAnswer, plural } from '../../src/cli/format.js';
import { parseArticle } from '../../src/corpus/parse.js';
import { Engine } from '../../src/engine.js';
import { SEED_A, SEED_B, SEED_DIR } from '../engine/fixtures.js';

describe('answer formatting', () => {
  let engine: Engine;

  beforeAll(async () => {
    const articles = await Promise.all(
      [SEED_A, SEED_B].map(async (file) =>
        parseArticle(file, 'global', await readFile(path.join(SEED_DIR, file)), { maxBytes: 1 << 21 }),
      ),
    );
    engine = Engine.fromArticles(articles);
  });

  it('answerJson: status, the excerpt as answer, citations with citations[0] the excerpt’s passage', () => {
    const answer = engine.ask('Which shrine was attacked?');
    const json = answerJson(answer);
    expect(Object.keys(json)).toEqual(['question', 'status', 'answer', 'citations']);
    expect(json.question).toBe('Which shrine was attacked?');
    expect(json.status).toBe('answered');
    expect(json.answer).toBe(answer.excerpt);
    const citations = json.citations as Array<Record<string, unknown>>;
    expect(citations).toHaveLength(answer.citations.length);
    expect(citations[0]).toEqual({
      file: SEED_B,
      title: 'Islamic State Attack in Pakistan Kills More Than 50',
      url: 'https://themedialine.org',
      passage: `${SEED_B}#1`,
      text: answer.citations[0]!.text,
    });
    expect(citations[0]!.text as string).toContain(json.answer as string);
    // An article without a URL has url null (the key is always there).
    expect(answerJson(engine.ask('How many attacks did ISKP claim?')).citations).toContainEqual(
      expect.objectContaining({ file: SEED_A, url: null }),
    );
  });

  it('answerJson: no_answer carries a null answer, the reason and any suggestions', () => {
    const json = answerJson(engine.ask('Pakstn'));
    expect(json.status).toBe('no_answer');
    expect(json.answer).toBeNull();
    expect(json.reason).toBe('The articles I have say nothing about “pakstn”.');
    expect(json.suggestions).toEqual(expect.arrayContaining(['Pakistan']));
    const corrected = answerJson(engine.ask('Khorasn'));
    expect(corrected).toMatchObject({ status: 'answered', correctedQuestion: 'Khorasan' });
    expect(answerJson(engine.ask('   '))).toEqual({
      question: '   ',
      status: 'no_answer',
      answer: null,
      citations: [],
      reason: 'Please type a question: it was empty.',
    });
  });

  it('formatAnswer: the excerpt quoted, then numbered sources; plain text without colour', () => {
    const answer = engine.ask('How many attacks did ISKP claim?');
    const text = formatAnswer(answer);
    const lines = text.split('\n');
    expect(lines[0]).toBe(`> ${answer.excerpt}`);
    expect(lines[1]).toBe('');
    expect(lines[2]).toBe('Sources:');
    expect(lines[3]).toBe(`[1] ${answer.citations[0]!.title} — passage 2 of 6 (${SEED_A}#2)`);
    expect(text).not.toContain('\u001b[');
  });

  it('formatAnswer: marks every line of an excerpt that spans paragraphs as quoted', async () => {
    const article = await parseArticle(
      'flood.md',
      'global',
      Buffer.from(
        '# Flood in the valley\n\nThe flood that struck the Swat valley in August 2022 killed 14 people and ' +
          'washed away the old bridge at Bahrain, leaving hundreds of families cut off for weeks.\n',
      ),
      { maxBytes: 1 << 20 },
    );
    const answer = Engine.fromArticles([article]).ask('when did the flood come');
    expect(answer.excerpt).toContain('\n');
    const quoted = formatAnswer(answer).split('\n\n')[0]!.split('\n');
    expect(quoted.length).toBeGreaterThan(1);
    for (const line of quoted) expect(line.startsWith('>')).toBe(true);
  });

  it('plural: singular for one, in every count the CLI prints', () => {
    expect([0, 1, 2, 1234].map((n) => plural(n, 'passage'))).toEqual([
      '0 passages',
      '1 passage',
      '2 passages',
      '1,234 passages',
    ]);
  });

  it('formatAnswer: bolds matched words on a colour terminal, whole words only', () => {
    expect(emphasise('ISKP and ISKPs and the ISKP’s', ['ISKP'], true)).toBe(
      '\u001b[1mISKP\u001b[22m and ISKPs and the \u001b[1mISKP\u001b[22m’s',
    );
    expect(emphasise('a (b) c', ['(b)'], true)).toBe('a \u001b[1m(b)\u001b[22m c');
    expect(emphasise('ISKP', ['ISKP'], false)).toBe('ISKP');
    const coloured = formatAnswer(engine.ask('How many attacks did ISKP claim?'), true);
    expect(coloured).toContain('\u001b[1mISKP\u001b[22m');
  });

  it('formatAnswer: a no-answer shows the reason, "did you mean" and the closest sources', () => {
    expect(formatAnswer(engine.ask('Pakstn attacks'))).toContain('Did you mean: Pakistan attacks');
    const text = formatAnswer(engine.ask('how many fighters does ISKP have'));
    expect(text.split('\n')[0]).toBe(
      "I couldn't find a passage that answers that. These are the closest I have.",
    );
    expect(formatAnswer(engine.ask('Khorasn')).split('\n')[0]).toBe('Showing the answer for: Khorasan');
    // Two words typed as one: answered as the two, saying so.
    expect(formatAnswer(engine.ask('when did islamic state tookover mosul')).split('\n')[0]).toBe(
      'Showing the answer for: when did islamic state took over mosul',
    );
    expect(text).toContain('\nClosest passages:\n[1] ');
    expect(text).toMatch(/\[1\] .+ — passage \d+ of \d+/);
  });
});
