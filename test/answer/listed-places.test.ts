/**
 * "Does the charity have clinics in Mali": a place listed as an example ("in about twelve countries including
 * Chad and Mali") is a place the thing is in, though another sentence part puts it elsewhere ("in
 * Switzerland"). Listed places count nothing: how many clinics Mali has is still not said.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Relief charity',
  '',
  'The charity runs clinics in about twelve countries including Chad and Mali and Niger, and its head office is in Switzerland.',
].join('\n');

describe('places listed as examples', () => {
  it('answer whether something is there', async () => {
    const { engine } = await articleEngineWithVectors('charity.md', ARTICLE);
    const answer = engine.ask('does the charity have clinics in mali');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('including Chad and Mali and Niger');
  });

  it('count nothing there, and a place left out of the list is still elsewhere', async () => {
    const { engine } = await articleEngineWithVectors('charity.md', ARTICLE);
    expect(engine.ask('how many clinics does the charity run in mali').status).toBe('no_answer');
    expect(engine.ask('does the charity have clinics in france').status).toBe('no_answer');
  });
});
