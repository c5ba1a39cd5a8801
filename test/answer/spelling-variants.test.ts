/**
 * British and American spellings of one word: "organised" asked reads the corpus's "organized". Not when the
 * corpus writes another word of the same stem ("organization" asked, "organized" written: both stem to "organ").
 */
import { describe, expect, it } from 'vitest';
import { spellingVariantAliases } from '../../src/answer/spelling-variants.js';
import { articleEngineWithVectors } from './article-engine.js';

describe('British and American spellings', () => {
  it('read the corpus word spelled the other way, only where the corpus writes that very word', () => {
    const written = new Map([
      ['organ', 'organized'],
      ['recogn', 'recognized'],
    ]);
    const aliases = (word: string, term: string) =>
      spellingVariantAliases({
        unknown: [term],
        surfaces: new Map([[term, [word]]]),
        hasTerm: (other) => written.has(other),
        writtenAs: (other) => written.get(other),
      });
    expect(aliases('organised', 'organis')).toEqual([{ acronym: 'organ', longForm: ['organis'] }]);
    expect(aliases('organisation', 'organis')).toEqual([]);
    // Another form of the same verb: "recognise" asked, "recognized" written.
    expect(aliases('recognise', 'recognis')).toEqual([{ acronym: 'recogn', longForm: ['recognis'] }]);
    expect(aliases('colour', 'colour')).toEqual([]);
  });

  it('answers a question spelled the other way', async () => {
    const { engine } = await articleEngineWithVectors(
      'council-report.md',
      [
        '# Rangers',
        '',
        'The river rangers are a loosely organized group of volunteers who patrol the banks at night and report poachers to the police.',
        '',
        'The council recognized the rangers last spring and gave them two boats, a radio and a small hut by the bridge for the winter months.',
      ].join('\n'),
    );
    const answer = engine.ask('who recognised the rangers');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('The council recognized the rangers');
  });
});
