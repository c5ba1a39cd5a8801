/** "What did X say": the answer must come from a passage where X is the one saying something. */
import { describe, expect, it } from 'vitest';
import { askedSpeaker } from '../../src/answer/speaker.js';
import { Engine } from '../../src/engine.js';
import { articleEngineWithVectors, articlesEngineWithVectors } from './article-engine.js';

const BRIDGE = [
  '# Bridge repairs in Alder',
  '',
  'The old bridge in Alder closed in March after cracks were found in two of its arches. Traffic now goes round by the ring road, which adds twenty minutes to a crossing.',
  '',
  'Engineer Tom Reyes said that the repairs would take two years and cost more than the bridge did to build.',
  '',
  'Shops near the bridge in Kestrel Street reported fewer customers since the closure.',
].join('\n');

const ARTICLE = [
  '# Harbour strike in Port Elm',
  '',
  'Dock workers in Port Elm stopped work on Monday over pay. The Mayor of Port Elm visited the strike at the docks on Tuesday.',
  '',
  '“We will not go back until the wage offer is fair,” Maria Lopez, the union’s secretary, told reporters.',
  'She added that the strike could last for weeks.',
  '',
  'Shipping companies moved cargo to the northern port while the docks stayed closed.',
].join('\n');

describe('asked speaker', () => {
  it('reads whose words a question asks for', () => {
    expect(askedSpeaker('what did the mayor say about the strike')?.terms).toEqual(['mayor']);
    expect(askedSpeaker('What does Maria Lopez think of the offer?')?.terms).toEqual(['maria', 'lopez']);
    expect(askedSpeaker('whats lopez saying')?.terms).toEqual(['lopez']);
    // Words for anyone or any place name no one: "the guy from the union place" is the union's.
    expect(askedSpeaker('what did the guy from the union place say about pay')?.terms).toEqual(['union']);
    // In a learner's word order; not a passive ("what store is thought to be the first").
    expect(askedSpeaker('what maria lopez is saying about the offer')?.terms).toEqual(['maria', 'lopez']);
    expect(askedSpeaker('what store is thought to be the first in the city')).toBeUndefined();
    // A view asked of someone is what they said.
    expect(askedSpeaker("WHAT IS MARIA LOPEZ'S VIEW ON THE OFFER?".toLowerCase())?.terms).toEqual([
      'maria',
      'lopez',
    ]);
    expect(askedSpeaker('whats lopez’s take on the strike')?.terms).toEqual(['lopez']);
    // After a lead-in, the clause that asks.
    expect(askedSpeaker('not sure I get it, what did Maria Lopez say about the offer?')?.terms).toEqual([
      'maria',
      'lopez',
    ]);
    expect(askedSpeaker('the strike went on. what happened next, did it end?')).toBeUndefined();
    // "He" after a lead-in that names him: the lead-in's words, of which the plan keeps the names.
    const lead = askedSpeaker('Maria Lopez runs the union. What did she say about the strike?');
    expect(lead?.fromLeadIn).toBe(true);
    expect(lead?.terms).toEqual(expect.arrayContaining(['maria', 'lopez']));
    expect(askedSpeaker('What statement did Maria Lopez give about the offer?')?.terms).toEqual([
      'maria',
      'lopez',
    ]);
    expect(askedSpeaker('what lopez said about pay')).toMatchObject({ terms: ['lopez'], bare: true });
    expect(askedSpeaker('did the mayor say anything about the strike')?.terms).toEqual(['mayor']);
    expect(askedSpeaker('has lopez commented on the offer')?.terms).toEqual(['lopez']);
    expect(askedSpeaker('did the mayor respond to the strike')?.terms).toEqual(['mayor']);
    // The first verb after the subject is the one asked, not a "saying" further on.
    expect(
      askedSpeaker('did the mayor of port elm respond to lopez saying the offer is unfair'),
    ).toMatchObject({
      terms: ['mayor', 'port', 'elm'],
      verb: 'respond',
    });
    // An action answers "how did X react" as often as words do.
    expect(askedSpeaker('how did the mayor react to the strike')).toBeUndefined();
  });

  it('reads no speaker where the question asks what the text says, or asks something else', () => {
    expect(askedSpeaker('what does the article say about the strike')).toBeUndefined();
    expect(askedSpeaker('what did they say')).toBeUndefined();
    expect(askedSpeaker('what was the last ship that the mayor wrote about')).toBeUndefined();
    expect(askedSpeaker('when did the strike start')).toBeUndefined();
    expect(askedSpeaker('according to lopez, what is fair')).toBeUndefined();
    // An event "says" only what it shows: no one must be quoted.
    expect(askedSpeaker('what does the attack say about the city')).toBeUndefined();
    expect(askedSpeaker('what does the bombing say about security')).toBeUndefined();
  });

  it('answers from the passage where the speaker speaks', async () => {
    const { engine } = await articleEngineWithVectors('strike.md', ARTICLE);
    const answer = engine.ask('what did maria lopez say about the strike');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toMatch(/wage offer is fair|could last for weeks/);
  });

  it('hears "said", a word search ignores, as a word of saying', async () => {
    const { engine } = await articleEngineWithVectors('bridge.md', BRIDGE);
    const answer = engine.ask('what did tom reyes say about the repairs');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('would take two years');
  });

  it('declines what a speaker said about a name their words never use', async () => {
    const engine = await Engine.open({ corpusDir: 'corpus', indexPath: '' });
    const europe = engine.ask('what did khan say about europe');
    expect(europe.status).toBe('answered');
    expect(europe.excerpt).toContain('North Africa and Europe');
    // Afghanistan is in the article, in others' words, never in Khan's.
    expect(engine.ask('what did khan say about afghanistan').status).not.toBe('answered');
  });

  it('declines what a speaker said about a thing their words never speak of', async () => {
    const { engine } = await articleEngineWithVectors('strike.md', ARTICLE);
    expect(engine.ask('what did maria lopez say about the wage offer').excerpt).toContain(
      'until the wage offer is fair',
    );
    // Lopez speaks of wages and the strike, never of the cargo (others' words do).
    expect(engine.ask('what did maria lopez say about the cargo').status).toBe('no_answer');
    // A word that only relates what follows asks no topic of its own.
    expect(
      engine.ask('what did maria lopez say about the link between the wage offer and the strike').status,
    ).toBe('answered');
  });

  it('quotes a statement from where its quotation opens, not only the sentence naming the speaker', async () => {
    const { engine } = await articleEngineWithVectors(
      'flood.md',
      [
        '# Flood in Riverton',
        '',
        'The river burst its banks overnight. \u201cThe water came up to the windows in minutes. We carried the children to the roof,\u201d Ana Ruiz, a baker, told the local radio. Rescue boats arrived at dawn.',
      ].join('\n'),
    );
    const answer = engine.ask('what did ana ruiz tell the radio');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toMatch(/^\u201cThe water came up to the windows in minutes\./);
    expect(answer.excerpt).toContain('Ana Ruiz, a baker, told the local radio.');
    // A question that asks no one's words quotes the sentence that holds them, as before.
    expect(engine.ask('what did ana ruiz carry to the roof').excerpt).toMatch(/^We carried the children/);
  });

  it('declines when the speaker is only mentioned, never quoted', async () => {
    const { engine } = await articleEngineWithVectors('strike.md', ARTICLE);
    for (const question of [
      'what did the mayor say about the strike',
      'WHAT DID THE MAYOR SAY ABOUT THE STRIKE',
      'did the mayor say anything about the strike',
      'has the mayor commented on the strike',
      'did the mayor condemn the strike',
      'did the mayor respond to the strike',
    ])
      expect(engine.ask(question).status).toBe('no_answer');
  });

  it('declines what a speaker said when the articles name only part of them ("Lopez’s lawyer")', async () => {
    const { engine } = await articleEngineWithVectors('strike.md', ARTICLE);
    expect(engine.ask('what did maria lopez’s lawyer say about the strike').status).toBe('no_answer');
  });

  it('reads "according to X" as X saying it', async () => {
    const { engine } = await articleEngineWithVectors(
      'ferry.md',
      '# Ferry fares\n\nAccording to Tomas Berg, the ferry fares will double by spring.\n',
    );
    expect(engine.ask('what did tomas berg say about the ferry fares').excerpt).toContain('will double');
  });

  it('finds a speaker whose first words (which one) are said only around the quote: "the harbour fisherman"', async () => {
    const { engine } = await articleEngineWithVectors(
      'fire.md',
      [
        '# Harbour fire',
        '',
        'The fire at the harbour started in a fuel store and spread to three fishing boats.',
        '',
        '“The smoke was so thick we could not see the boats,” said Ravi Okonkwo, a fisherman who had sailed with a crew of twelve.',
      ].join('\n'),
    );
    expect(engine.ask('what did the harbour fisherman say').excerpt).toContain('The smoke was so thick');
    // The speaker's own word must still be in the quote's sentence, and the words before it somewhere near.
    expect(engine.ask('what did the market fisherman say').status).toBe('no_answer');
  });
});

describe('a quote pointing back', () => {
  it('speaks of the name the sentence before it gives', async () => {
    const engine = await articlesEngineWithVectors([
      [
        'harbour.md',
        [
          '# The harbour raid',
          '',
          'The Lahore harbour raid was strategically timed. It came during the city marathon, drawing the police away. Officials suggest the gang seized this moment of lax security to strike.',
        ].join('\n'),
      ],
      [
        'banks.md',
        '# Bank robberies\n\nThe gang has also robbed banks in Alder since 2019, and police in Alder say the robberies are getting bolder.\n',
      ],
    ]);
    const answer = engine.ask('what did officials suggest about the timing of the lahore strike');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('seized this moment of lax security');
    // A name no sentence near the quote gives is still unsaid.
    expect(engine.ask('what did officials suggest about the timing of the karachi strike').status).toBe(
      'no_answer',
    );
  });
});
