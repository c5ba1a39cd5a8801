/**
 * A polite message's greeting, thanks, sign-off and words about the asker are left out before the question
 * is read; what the asker read or heard, and a question that says nothing by itself, keep their context.
 */
import { describe, expect, it } from 'vitest';
import { withoutCourtesies } from '../../src/answer/courtesies.js';
import { articleEngineWithVectors } from './article-engine.js';

describe('withoutCourtesies', () => {
  it('leaves out a reaction said beside the question', () => {
    expect(withoutCourtesies('damn thats crazy. how many died at the pier tho?')).toBe(
      'how many died at the pier tho?',
    );
    expect(withoutCourtesies('Scary. Which cities are they hitting now')).toBe(
      'Which cities are they hitting now',
    );
    expect(withoutCourtesies('who ran the port back then? feels relevant')).toBe(
      'who ran the port back then?',
    );
    // A short sentence naming the topic is no reaction.
    expect(withoutCourtesies('Pier bombing. how many died?')).toBe('Pier bombing. how many died?');
  });

  it('keeps only the question of a polite message', () => {
    expect(
      withoutCourtesies(
        'Good afternoon, everyone. I am a retired nurse. How many people were killed at the pier? Kind regards.',
      ),
    ).toBe('How many people were killed at the pier?');
    expect(withoutCourtesies('Hello. Just a short one from me, if I may: what is the VFL? Thank you.')).toBe(
      'what is the VFL?',
    );
    expect(
      withoutCourtesies('GOOD MORNING. MY GRANDSON SET UP THIS DISCORD FOR ME. WHO LEADS THE UNION, PLEASE?'),
    ).toBe('WHO LEADS THE UNION, PLEASE?');
    expect(withoutCourtesies('Who reported it? Many thanks, Margaret.')).toBe('Who reported it?');
    expect(withoutCourtesies('good evening. what does vfl stand for? sorry, new tablet. thank you.')).toBe(
      'what does vfl stand for?',
    );
    // Thanks for anything, apologies, an addressee after "Dear", "again" after a greeting, pardon asked.
    expect(
      withoutCourtesies(
        'Dear helper, I hope this finds you well. Hello again, thank you for your patience with an old man. Who leads the union?',
      ),
    ).toBe('Who leads the union?');
    expect(withoutCourtesies('Hello, with apologies. Forgive the lowercase. who leads the union?')).toBe(
      'who leads the union?',
    );
    expect(
      withoutCourtesies(
        'Hello once more. I do apologise for my curiosity. I am grateful for your time. Who leads it?',
      ),
    ).toBe('Who leads it?');
    // A sentence of thanks that asks is a question.
    expect(withoutCourtesies('Hello. Thanks for that, but who leads the union?')).toBe(
      'Thanks for that, but who leads the union?',
    );
  });

  it('keeps what the asker read, a topic before a colon, and a bare request’s context', () => {
    expect(
      withoutCourtesies('Hello. I read that the strike was timed. With what did it coincide? Thanks.'),
    ).toBe('I read that the strike was timed. With what did it coincide?');
    expect(withoutCourtesies('Hello. Harbour strike: what sort of building, please? Thank you.')).toBe(
      'Harbour strike: what sort of building, please?',
    );
    expect(withoutCourtesies('I am curious what the union called the port. Would you tell me?')).toBe(
      'I am curious what the union called the port. Would you tell me?',
    );
    // A single sentence, or a message with no question, is left as it is.
    expect(withoutCourtesies('how many died at the pier')).toBe('how many died at the pier');
    expect(withoutCourtesies('Good morning. Thank you.')).toBe('Good morning. Thank you.');
  });
});

const PORT = [
  '# Harbour strike',
  '',
  'Dockers at the port of Velmar walked out on Monday. The strike killed no one, but the blockade left 12 fishermen injured.',
  '',
  'The Army was sent to the port on Tuesday.',
].join('\n');

describe('a polite question, asked of an article', () => {
  it('is answered as the bare question is', async () => {
    const { engine } = await articleEngineWithVectors('port.md', PORT);
    const polite =
      'Good evening, ladies and gentlemen. My late husband served in the Army, so I take an interest. How many fishermen were injured in the blockade? With warm regards.';
    const answer = engine.ask(polite);
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('12 fishermen injured');
  });
});
