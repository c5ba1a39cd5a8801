/**
 * A reply that quotes another member ("> pretty sure it was the river\nnah, what sank the boat"): the quoted
 * lines are someone else's words, the question is the member's own. A message that is all quote is read as
 * typed.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';
import { HARBOUR_REPORT } from './harbour-report.js';

const ARTICLE = HARBOUR_REPORT;

describe('a reply quoting another message', () => {
  it('answers the question asked, not the words quoted', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', ARTICLE);
    const fine = engine.ask(
      '> pretty sure the council paid for the new chains\nnah <@123456789012345678> why was the keeper fined',
    );
    expect(fine.status).toBe('answered');
    expect(fine.excerpt).toContain('the mooring chains had not been checked for years');
    // The quote names what the article says; the question asks what it does not.
    expect(
      engine.ask('> they turned away forty boats\nok but how much did the new chains cost??').status,
    ).toBe('no_answer');
    // Everything after ">>> " is quoted.
    const after = engine.ask(
      'why was the keeper fined\n>>> forty boats were turned away\nand the yachts too',
    );
    expect(after.excerpt).toContain('the mooring chains had not been checked for years');
  });

  it('reads a message that is all quote as typed', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', ARTICLE);
    // A reply asking about the quote's subject by pronoun: "it" is the keeper's fine, the quote's claim left out.
    const fine = engine.ask('> the fine was like fifty quid\nnah how much was it actually');
    expect(fine.status).toBe('answered');
    expect(fine.excerpt).toContain('fined two hundred pounds');
    // Own lines that ask nothing ("quoting myself bc nobody answered"): the quote is the question.
    const requoted = engine.ask('> how many boats were turned away??\nquoting myself bc nobody answered');
    expect(requoted.excerpt).toContain('turned away forty boats');
    const quoted = engine.ask('> how many boats were turned away??');
    expect(quoted.status).toBe('answered');
    expect(quoted.excerpt).toContain('turned away forty boats');
  });
});
