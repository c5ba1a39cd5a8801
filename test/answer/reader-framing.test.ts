/**
 * How a question is put, read past before its words are weighed: a student's framing, a figure guessed after
 * the last comma, the article named by its topic, Latin and French a formal reader writes, "what was the
 * extent of", chat's "4" for "for", and idioms whose plain word the articles write.
 */
import { describe, expect, it } from 'vitest';
import { writeOutShorthand } from '../../src/answer/shorthand.js';
import { articleEngineWithVectors } from './article-engine.js';

const words = (text: string) => writeOutShorthand(text).split(/\s+/).filter(Boolean).join(' ');

describe('a reader framing a question', () => {
  it('drops a student framing, keeping what is asked', () => {
    expect(words('for my essay, what kind of place was bombed?')).toBe(', what kind of place was bombed?');
    expect(words('what evidence is there that the port had gone quiet?')).toBe('the port had gone quiet?');
    expect(words('what evidence is there of how strong the storm was')).toBe('how strong the storm was');
    expect(words('for my essay i need the quote about the flood')).toBe('the flood');
    // "For the class" or "in the report" may be the topic: only "for my / our ...".
    expect(words('what is the name for the class of ships')).toBe('what is the name for the class of ships');
  });

  it('drops a figure guessed after the last comma, not a date', () => {
    expect(words('how many ships sank after 2019, something around 40?')).toBe(
      'how many ships sank after 2019?',
    );
    expect(words('how old was the captain exactly, like 50?')).toBe('how old was the captain exactly?');
    // A figure in words, as often guessed.
    expect(words('how many ships sank in the storm, about ten?')).toBe('how many ships sank in the storm?');
    expect(words('what did the town call itself on December 12, 1964?')).toContain('December 12, 1964?');
    // Words guessed say what is asked, and stay.
    expect(words('which ships sank in the storm, any names?')).toBe(
      'which ships sank in the storm, any names?',
    );
  });

  it('reads past the article named by its topic, and formal Latin', () => {
    expect(words("whats the port's end game according to that piece about the harbour strike")).toBe(
      "whats the port's ultimate goal",
    );
    expect(words('what is their modus operandi')).toBe('what is their methods');
    expect(words('the captain’s verdict vis-à-vis the strike')).toBe(
      'the captain’s verdict about the strike',
    );
    expect(words('the main route, per the analysts?')).toBe('the main route, according to the analysts?');
    expect(words('how many ships per day')).toBe('how many ships per day');
    expect(words('what was the extent of the damage to the pier')).toBe('what was the damage to the pier');
    // Elsewhere "the extent of" is a topic.
    expect(words("what is Luther's thought about the extent of his church")).toBe(
      "what is Luther's thought about the extent of his church",
    );
  });

  it("reads chat's 4 for 'for' only where a word takes it", () => {
    expect(words('what did the strike serve as 4 the union')).toBe(
      'what did the strike serve as for the union',
    );
    expect(words('they were looking 4 their families')).toBe('they were looking for their families');
    expect(words('what was it responsible 4 people')).toBe('what was it responsible 4 people');
  });
});

const PORT = [
  '# Harbour strike',
  '',
  'Dockers at the port of Velmar walked out on Monday. The port had been quiet for a year before the strike.',
  '',
  'The strike coincided with a blockade by the Fishermen’s League, drawing the police elsewhere.',
  '',
  'Maria Lopez, a senior analyst at the Institute for Coastal Studies, said the union’s activity sharply intensified after 2019, with 40 stoppages.',
].join('\n');

describe('idioms and framings, asked of an article', () => {
  it('answers with the sentence that says it in plain words', async () => {
    const { engine } = await articleEngineWithVectors('port.md', PORT);
    const cases: Array<[string, string]> = [
      ['what think tank is maria lopez with', 'Institute for Coastal Studies'],
      ['what did the strike line up with', 'coincided with a blockade'],
      ['after which year did the union activity pick up', 'sharply intensified after 2019'],
      ['how many stoppages after 2019, something around 40?', 'with 40 stoppages'],
      ['what evidence is there that the port had gone quiet before the strike?', 'quiet for a year'],
    ];
    for (const [question, fragment] of cases) {
      const answer = engine.ask(question);
      expect(answer.status, question).toBe('answered');
      expect(answer.excerpt, question).toContain(fragment);
    }
  });
});
