/**
 * Session 62: a figure hedged after the question ("set around 2017?", "on the trees from around 2018?") is a
 * guess the answer settles, not a name the articles must write; one the question rests on before it ("the
 * new projector was like 4 grand, who installed it?") is not. And "what night of the week" asks a weekday, which
 * "next month" does not give.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors, articlesEngineWithVectors, expectAnswered } from './article-engine.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

const FILM_SOCIETY = [
  '---',
  'title: Penhallow Film Society season review',
  '---',
  '',
  'Posted by Hazel Kemble, treasurer, on 20 May.',
  '',
  'We screened 14 films this season, all on Friday nights with doors at 7pm. Membership closed the season at 118.',
  '',
  'The AGM will be held at the Institute Hall next month; a date will be set soon. Parking permits will be emailed out next week.',
].join('\n');

describe('guesses and weekdays (session 62)', () => {
  it('reads a figure hedged after the question as a guess', async () => {
    // Two of the twenty-third six's articles: a cider pressing day's report and a film society's review.
    const read = (file: string) => readFile(path.join(HERE, 'twenty-third-six', file), 'utf8');
    const engine = await articlesEngineWithVectors([
      ['cider-pressing-day-report.md', await read('cider-pressing-day-report.md')],
      ['film-society-season-review.md', await read('film-society-season-review.md')],
    ]);
    expectAnswered(engine, [
      ['what was the old record for juice, set around 2017?', 'beats the old best of 455 litres'],
      ['which apple fruited for the first time, on the trees from around 2018?', "Ashmead's Kernel"],
    ]);
    expect(engine.ask('the new projector was like 4 grand, who installed it?').status).toBe('no_answer');
  });

  it('asks a weekday by "what night of the week"', async () => {
    const { engine } = await articleEngineWithVectors('film.md', FILM_SOCIETY);
    expectAnswered(engine, [['what night of the week are the showings on', 'Friday nights']]);
    expect(engine.ask('what night of the week is the agm').status).toBe('no_answer');
  });
});
