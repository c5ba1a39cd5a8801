/**
 * A count or date question's name must stand near the number: "how many were killed in Europe" is not
 * answered by a toll in one paragraph because the article names Europe paragraphs later. A name in the
 * article's lead (its subject) still counts.
 */
import { describe, expect, it } from 'vitest';
import { articleEngine, articlesEngineWithVectors } from './article-engine.js';
import type { Engine } from '../../src/engine.js';

const FILLER =
  'Officials gave few details, and reporters at the scene described long queues at the hospitals, closed ' +
  'roads and a heavy police presence around the old quarter for most of the following day.';

const ARTICLE = [
  '# Shrine bombing in Sindh',
  '',
  `A suicide bomber struck a crowded Sufi shrine in Sindh province on Thursday evening. ${FILLER}`,
  '',
  `The attack killed at least 52, and wounded more than 105. ${FILLER}`,
  '',
  `Analysts said the group has been losing ground for months. ${FILLER}`,
  '',
  `Mourners gathered at the shrine again the next morning. ${FILLER}`,
  '',
  `Fighters leaving the region are more likely to relocate to North Africa and Europe. ${FILLER}`,
].join('\n');

async function engine(): Promise<Engine> {
  const { article, engine } = await articleEngine('shrine.md', ARTICLE);
  expect(article.passages.length).toBeGreaterThanOrEqual(5);
  return engine;
}

describe('names asked in a count question', () => {
  it('answers when the name stands in the lead, the subject of every passage', async () => {
    const answer = (await engine()).ask('how many were killed in sindh');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('killed at least 52');
  });

  it('declines when the article names the place only paragraphs away from the number', async () => {
    const answer = (await engine()).ask('how many were killed in the attack in europe');
    expect(answer.status).toBe('no_answer');
    expect(answer.excerpt).toBeNull();
  });

  it('declines a count of a place only another article names, however well the rest matches', async () => {
    const engine = await articlesEngineWithVectors([
      [
        'shrine.md',
        '# Shrine attack\n\nThe blast occurred as hundreds of worshippers were dancing and chanting at the shrine of the saint.\n\nThe attack killed at least 52.\n',
      ],
      [
        'mosque.md',
        '# Lahore\n\nA bombing at a Lahore mosque shows the group is growing bolder, analysts say. The group has carried out attacks in Lahore since 2015.\n',
      ],
    ]);
    expect(engine.ask('how many worshippers were at the shrine when the blast occurred').excerpt).toContain(
      'hundreds of worshippers',
    );
    // The shrine's crowd shares "worshippers", "dancing", "blast", "occurred"; the article never names Lahore.
    const answer = engine.ask(
      'how many worshippers were dancing inside the lahore mosque when the blast occurred',
    );
    expect(answer.status).toBe('no_answer');
  });
});
