/**
 * Chat around a question changes nothing: slang ("srsly", "fr", "ngl"), hesitations ("umm"), openers ("hey quick
 * q,", "genuinely curious,", "can someone explain", "anyone know", "so like", "Q:", "i read the article
 * yesterday."), thanks, Markdown, quotes and hashtags around the message, Markdown on a word in it ("**which**
 * group"), a mention typed out ("@Citebot"), a reaction first ("this ^ and", "thats crazy, ..."), pauses ("how... many") and what
 * it ends with ("??", "...", emoji). Each decorated form gives the plain question's status and excerpt.
 */
import { describe, expect, it } from 'vitest';
import { withStretchedWordsCut, writeOutShorthand } from '../../src/answer/shorthand.js';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# The river town',
  '',
  'Velmora is a river town of about 9,000 people on the east bank, known for its rowing club and its salt ' +
    'market. The old bridge was rebuilt in 1998 after a flood carried away two of its arches.',
  '',
  'The rowing club was founded by fishermen in 1921. Its members race every spring and repair their boats ' +
    'through the long winter months, and the club’s plan to build a second boathouse has failed twice.',
].join('\n');

const QUESTIONS = [
  'what is velmora',
  'when was the rowing club founded',
  'who founded the rowing club',
  'did the boathouse plan work',
  'how many people live in velmora',
];

const DECORATIONS: Array<(question: string) => string> = [
  (q) => `${q} srsly`,
  (q) => `${q} fr`,
  (q) => `ngl ${q}`,
  (q) => `tldr ${q}`,
  (q) => `hey quick q, ${q}`,
  (q) => `genuinely curious, ${q}`,
  (q) => `can someone explain ${q}`,
  (q) => `anyone know ${q}`,
  (q) => `so like ${q}`,
  (q) => `${q}??`,
  (q) => `${q}...`,
  (q) => `${q} 🤔`,
  (q) => `> **${q}**`,
  (q) => `umm ${q}`,
  (q) => `hmmm ${q}`,
  (q) => `${q} thanks in advance`,
  (q) => `i read the article yesterday. ${q}`,
  (q) => `Q: ${q}`,
  (q) => `plz help: ${q}`,
  (q) => `"${q}"`,
  (q) => `${q} #help`,
  (q) => q.replace(' ', '... '),
  // Markdown on a word inside, a mention typed out, a reaction before the question.
  (q) => q.replace(/^(\S+)/, '**$1**'),
  (q) => q.replace(/(\S+)$/, '*$1*'),
  (q) => q.replace(/^(\S+) (\S+)/, '$1 `$2`'),
  (q) => `@Citebot ${q}`,
  (q) => `this ^ and ${q}`,
  (q) => `+1 ${q}`,
  // A reaction opening the sentence that asks.
  (q) => `thats crazy, ${q}`,
  (q) => `wow so sad - ${q}`,
  // A word stretched for feeling.
  (q) => `sooo ${q}`,
  (q) => q.replace(/^(\S*?)([aeiou])/, '$1$2$2$2'),
  (q) => `${q} plsss`,
];

describe('chat around a question', () => {
  it('gives the plain question’s answer', async () => {
    const { engine } = await articleEngineWithVectors('velmora.md', ARTICLE);
    for (const question of QUESTIONS) {
      const plain = engine.ask(question);
      expect(plain.status, question).toBe('answered');
      for (const decorate of DECORATIONS) {
        const decorated = decorate(question);
        const answer = engine.ask(decorated);
        expect([answer.status, answer.excerpt], decorated).toEqual([plain.status, plain.excerpt]);
      }
    }
  });

  it('drops slang and openers but keeps the question’s words', () => {
    expect(writeOutShorthand('hey quick q, who founded it srsly').trim()).toBe(', who founded it');
    expect(writeOutShorthand('can someone explain why the club failed').trim()).toBe('why the club failed');
    // "Right now" is now, as "rn" is: no word "right" for the answer to hold.
    expect(writeOutShorthand('who runs the club right now').trim()).toBe('who runs the club now');
    // A tag closing a claim asks nothing of the answer; "the right" is a word the answer may hold.
    expect(writeOutShorthand('the club was founded in 1990 right?').trim()).toBe(
      'the club was founded in 1990',
    );
    expect(writeOutShorthand('the coach quit, didnt he').trim()).toBe('the coach quit');
    expect(writeOutShorthand('who sits on the right').trim()).toBe('who sits on the right');
    // "Left exposed", "so unprotected": vulnerable; a plot exposed is no such thing.
    expect(writeOutShorthand('why was the town left exposed')).toContain('vulnerable');
    expect(writeOutShorthand('so the town was left without protection?')).toContain('vulnerable');
    expect(writeOutShorthand('why was the harbour so unprotected')).toContain('vulnerable');
    expect(writeOutShorthand('how was the plot exposed')).not.toContain('vulnerable');
    // "Come about", "came out of": emerged (from), the word an article uses.
    expect(writeOutShorthand('how did the club come about').replace(/\s+/g, ' ').trim()).toBe(
      'how did the club emerged',
    );
    expect(writeOutShorthand('the club came out of which league').replace(/\s+/g, ' ').trim()).toBe(
      'the club emerged from which league',
    );
  });
});

describe('a word stretched for feeling', () => {
  it('is read as typed plainly, names and numerals left as spelt', () => {
    expect(withStretchedWordsCut('sooo whyyy did it happen plsss')).toBe('so why did it happen pls');
    expect(withStretchedWordsCut('that was goood')).toBe('that was good');
    expect(withStretchedWordsCut('what did the IEEE say about Super Bowl XXXIII')).toBe(
      'what did the IEEE say about Super Bowl XXXIII',
    );
    expect(withStretchedWordsCut('SOOO WHO FOUNDED IT')).toBe('SO WHO FOUNDED IT');
  });
});
