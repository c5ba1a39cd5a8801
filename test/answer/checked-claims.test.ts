/**
 * A claim put to the articles with a detail wrong ("the fire killed like 30 right?", "was it built in 1890",
 * "Valley Courier or the BBC") is settled by quoting the article's own figure or name; a question that only
 * asks about a year or a name the articles never write is still declined. On an article written for these
 * tests, not the seed corpus.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors, articlesEngineWithVectors } from './article-engine.js';

const MILL = [
  '# The old mill fire',
  '',
  'The fire at the old mill killed 3 workers and injured 14 on Tuesday night.',
  '',
  'The mill was built in 1887 by a family of weavers from the valley.',
  '',
  'A night watchman told the Valley Courier that the flames spread through the roof in minutes.',
  '',
  'Investigators say faulty wiring is the most likely cause of the blaze.',
  '',
  'A week earlier an attack on the mill warehouse was claimed by a local gang.',
].join('\n');

describe('claims checked against the articles', () => {
  it('quotes the figure that settles a number or year the question has wrong', async () => {
    const { engine } = await articleEngineWithVectors('mill.md', MILL);
    for (const [question, fragment] of [
      ['the mill fire killed like 30 workers right?', 'killed 3 workers'],
      ['fact check: the fire injured 40 people at the mill', 'injured 14'],
      ['hey quick q, fact check: the fire injured 40 people at the mill', 'injured 14'],
      ['was the mill built in 1890', 'built in 1887'],
      ['i thought the mill was built in 1920 or so? who built it', 'family of weavers'],
      // Put as a negative question, or as a tag after the question.
      ["wasn't it like 30 workers killed in the mill fire?", 'killed 3 workers'],
      ['WASNT IT 40 INJURED AT THE MILL', 'injured 14'],
      ['when was the old mill built \u2014 was that in 1920?', 'built in 1887'],
      // A statement with the figure guessed, asked with "?" or closed by a tag.
      ['the mill fire injured like 40 ppl?', 'injured 14'],
      ['the old mill was built in like 1920 wasnt it', 'built in 1887'],
      ['the mill fire killed like 30 workers, correct?', 'killed 3 workers'],
    ]) {
      const answer = engine.ask(question!);
      expect(answer.status, question).toBe('answered');
      expect(answer.excerpt, question).toContain(fragment);
    }
  });

  it('answers the one of two alternatives the article names', async () => {
    const { engine } = await articleEngineWithVectors('mill.md', MILL);
    const answer = engine.ask('did the watchman talk to the valley courier or the bbc');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('told the Valley Courier');
    expect(engine.ask('did the fire kill 3 or 13 workers').excerpt).toContain('killed 3 workers');
    // A name guessed after the question, which no article writes.
    for (const question of [
      'which paper did the watchman talk to \u2014 Reuters?',
      'which paper did the watchman talk to, reuters?',
    ])
      expect(engine.ask(question).excerpt, question).toContain('told the Valley Courier');
  });

  it('asks the excerpt to say one of two phrases chosen between, not a word near one', async () => {
    const { engine } = await articleEngineWithVectors('mill.md', MILL);
    expect(engine.ask('what caused the blaze, arson or faulty wiring?').excerpt).toContain('faulty wiring');
    // "An attack" says neither how: not "bombs" (though near in meaning), nor "a shooting".
    expect(engine.ask('how did the gang attack the warehouse, gunmen or bombs?').status).toBe('no_answer');
    expect(engine.ask('was the warehouse attack a shooting or a bombing').status).toBe('no_answer');
    expect(engine.ask('who attacked the warehouse').excerpt).toContain('claimed by a local gang');
  });

  it('still declines a year, a number or names the article never writes when they are what is asked', async () => {
    const { engine } = await articleEngineWithVectors('mill.md', MILL);
    for (const question of [
      'how many workers died in the 2019 fire',
      'did the watchman talk to the bbc or cnn',
      'was the fire at the mill in 2019',
      'what did the bbc say about the mill fire',
    ]) {
      const answer = engine.ask(question);
      expect(answer.status, `${question}: ${answer.excerpt}`).toBe('no_answer');
    }
  });
});

const HARBOUR = [
  '# Storm in Leeds harbour',
  '',
  'The storm in Leeds sank 2 boats and flooded the harbour road on Monday.',
].join('\n');

describe('a name from another article in a claim', () => {
  it('is not settled by an article that never names it', async () => {
    const engine = await articlesEngineWithVectors([
      ['mill.md', MILL],
      ['harbour.md', HARBOUR],
    ]);
    for (const question of [
      'is the old mill in leeds?',
      'the mill was built in leeds right?',
      'did the old mill in leeds burn down?',
    ]) {
      const answer = engine.ask(question);
      expect(answer.status, `${question}: ${answer.excerpt}`).toBe('no_answer');
    }
    // Asked without the claim, the mill article answers.
    expect(engine.ask('how many workers died at the old mill').excerpt).toContain('killed 3 workers');
  });
});

describe('a year another article writes, in a claim', () => {
  it('is checked like one no article writes: the year that settles it is quoted', async () => {
    const engine = await articlesEngineWithVectors([
      ['mill.md', MILL],
      ['dam.md', '# The valley dam\n\nThe valley dam was finished in 1890 and raised in 1925.\n'],
    ]);
    const answer = engine.ask('was the old mill built in 1890');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('built in 1887');
    // A claimed year with no year near the thing asked about is still declined.
    expect(engine.ask('did the mill fire happen in 1925?').status).toBe('no_answer');
  });
});
