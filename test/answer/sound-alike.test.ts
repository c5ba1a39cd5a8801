/**
 * Names spelled by their sound: a spelling the dictionary knows ("mohamed" for Moahammed) reads as the
 * corpus's name; one it lacks two letters off ("nurani" for Noorani) is corrected, saying so; a name the
 * dictionary knows two letters off ("Edison" for "Edsen") is someone else; another server's names are never
 * heard.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { articleEngineWithVectors } from './article-engine.js';
import { useTempDirs, writeFiles } from '../engine/fixtures.js';

const ARTICLE = [
  '# Shrine attack',
  '',
  '“Everyone was running and searching for families,” Moahammed Shehzad, 25, told the agency.',
  '',
  'The blast occurred as pilgrims were chanting at the shrine of the saint Shah Noorani.',
  '',
  '“They have offshoots in ten countries,” Reuven Ehrlich of the Information Centre said.',
  '',
  'Tom Edsen, a guard at the gate, said the doors had been shut an hour before.',
  '',
  'The attack coincided with a strike in the north, drawing the police elsewhere and leaving the capital vulnerable.',
].join('\n');

describe('names spelled by their sound', () => {
  it('read as the name the article writes', async () => {
    const { engine } = await articleEngineWithVectors('shrine.md', ARTICLE);
    for (const [question, fragment] of [
      ['what did mohamed shehzad say', 'Moahammed Shehzad, 25'],
      ['what did mohamed shahzad say', 'Moahammed Shehzad, 25'],
      ['what were pilgrims doing at the nurani shrine', 'chanting at the shrine'],
      ['what did erlich say about offshoots', 'offshoots in ten countries'],
      // Typed all in capitals, a name is no acronym: read by its sound as in lower case.
      ['WHO IS REUBEN EHRLICH', 'Reuven Ehrlich of the Information Centre'],
      ['who is reuben ehrlich', 'Reuven Ehrlich of the Information Centre'],
    ] as const) {
      const answer = engine.ask(question);
      expect(answer.status, question).toBe('answered');
      expect(answer.excerpt, question).toContain(fragment);
    }
  });

  it('corrects a name two letters off that sounds the same, saying so', async () => {
    const { engine } = await articleEngineWithVectors('shrine.md', ARTICLE);
    const answer = engine.ask('what were pilgrims doing at the nurani shrine');
    expect(answer.correctedQuestion).toBe('what were pilgrims doing at the Noorani shrine');
    expect(answer.excerpt).toContain('chanting at the shrine');
  });

  it('reads a rare word that sounds like a corpus word one letter away as that word', async () => {
    const { engine } = await articleEngineWithVectors('shrine.md', ARTICLE);
    const answer = engine.ask('why was the capitol left vulnerable');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('leaving the capital vulnerable');
  });

  it('not when the question names someone the dictionary knows, two letters off', async () => {
    const { engine } = await articleEngineWithVectors('shrine.md', ARTICLE);
    expect(engine.ask('what did edison say about the doors').status).not.toBe('answered');
  });
});

describe("another server's names", () => {
  const tempDir = useTempDirs('citebot-sound-', 'file');
  const opened: Engine[] = [];
  afterEach(async () => {
    for (const engine of opened.splice(0)) await engine.close();
  });

  it('are never heard in a question asked elsewhere', async () => {
    const dir = path.join(await tempDir(), 'corpus');
    const guild = '111111111111111111';
    await writeFiles(dir, {
      [`guilds/${guild}/shrine.md`]: ARTICLE,
      'harbour.md': '# Harbour\n\nThe harbour was dredged to a depth of 9 metres in 2019.\n',
    });
    const engine = await Engine.open({ corpusDir: dir, indexPath: '', vectorsPath: '' });
    opened.push(engine);
    expect(engine.ask('what did mohamed shahzad say', { guildId: guild }).excerpt).toContain(
      'Moahammed Shehzad',
    );
    const elsewhere = engine.ask('what did mohamed shahzad say', { guildId: '222222222222222222' });
    expect(elsewhere.status).toBe('no_answer');
    expect(JSON.stringify(elsewhere)).not.toMatch(/Moahammed|Shehzad/);
  });
});
