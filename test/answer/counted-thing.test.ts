/**
 * A count question's number must count what was asked about: "The attack killed at least 52" answers "how
 * many were killed at the shrine", not "how many children were killed", when the article never speaks of
 * children.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parse.js';
import { Engine } from '../../src/engine.js';

const ARTICLE = [
  'Shrine bombing in Sindh',
  '',
  'A suicide bomber struck a crowded Sufi shrine in Sindh province on Thursday evening.',
  '',
  'The attack killed at least 52, and wounded more than 105. Police sealed off the area.',
].join('\n');

async function engine(): Promise<Engine> {
  const article = await parseArticle('shrine.md', 'global', Buffer.from(ARTICLE), { maxBytes: 1 << 20 });
  return Engine.fromArticles([article]);
}

describe('what a count question counts', () => {
  it('answers with the number beside the verb when the article speaks of what is counted', async () => {
    const answer = (await engine()).ask('how many were killed at the shrine');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('killed at least 52');
  });

  it('declines when what is counted is spoken of nowhere near the number', async () => {
    const answer = (await engine()).ask('how many children were killed at the shrine');
    expect(answer.status).toBe('no_answer');
  });
});
