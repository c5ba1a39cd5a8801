import { PermissionsBitField } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { QuestionLimiter } from '../../src/discord/limiter.js';
import { isCorpusAdmin } from '../../src/discord/permissions.js';
import { isQuestion } from '../../src/answer/read-question.js';
import { messageTrigger, stripBotMention } from '../../src/discord/question-detection.js';

describe('isQuestion, as answer channels use it', () => {
  it.each([
    'When was the lighthouse built?',
    'the lighthouse was built when?',
    'Really? ',
    'is that right?!',
    'who built the lighthouse',
    'How does the tide work',
    'Does anyone know the harbour master',
    "Can't we dredge the harbour",
    'what is "ISKP"?"',
    '“Why did they leave”',
  ])('question: %s', (text) => expect(isQuestion(text)).toBe(true));

  it.each([
    'Thanks everyone!',
    'The lighthouse was built in 1852.',
    'what',
    'how so',
    '???',
    '',
    'Whatever you say',
    'Isolation is hard',
  ])('not a question: %s', (text) => expect(isQuestion(text)).toBe(false));
});

describe('stripBotMention', () => {
  it('removes both mention forms and tidies the rest', () => {
    expect(stripBotMention('<@111111111111111111> when was it built?', '111111111111111111')).toBe(
      'when was it built?',
    );
    expect(stripBotMention('hey <@!111111111111111111>, what now', '111111111111111111')).toBe(
      'hey , what now',
    );
    expect(stripBotMention('<@111111111111111111>: why?', '111111111111111111')).toBe('why?');
    expect(stripBotMention('<@222222222222222222> why?', '111111111111111111')).toBe(
      '<@222222222222222222> why?',
    );
  });
});

describe('messageTrigger', () => {
  const base = {
    inGuild: true,
    channelIds: ['1'],
    content: 'what is this about?',
    mentionsBot: false,
    repliesToBot: false,
  };

  it('DMs, mentions and replies to the bot always; answer channels only for questions', () => {
    expect(messageTrigger({ ...base, inGuild: false }, [])).toBe('dm');
    expect(messageTrigger({ ...base, mentionsBot: true }, [])).toBe('mention');
    expect(messageTrigger({ ...base, repliesToBot: true }, [])).toBe('reply');
    expect(messageTrigger(base, [])).toBeUndefined();
    expect(messageTrigger(base, ['1'])).toBe('answer-channel');
    expect(messageTrigger({ ...base, content: 'thanks all' }, ['1'])).toBeUndefined();
    expect(messageTrigger({ ...base, channelIds: ['thread', '1'] }, ['1'])).toBe('answer-channel');
  });
});

describe('QuestionLimiter', () => {
  it('makes a user wait out the cooldown, reporting whole seconds left', () => {
    let now = 0;
    const limiter = new QuestionLimiter({ cooldownSeconds: 3, burst: 1, maxInFlight: 10, now: () => now });
    const first = limiter.admit('alice');
    expect(first.ok).toBe(true);
    if (first.ok) first.release();
    now = 1_200;
    expect(limiter.admit('alice')).toEqual({ ok: false, reason: 'cooldown', secondsLeft: 2 });
    expect(limiter.admit('bob').ok).toBe(true);
    now = 3_000;
    expect(limiter.admit('alice').ok).toBe(true);
  });

  it('bounds questions in flight; releasing (once) makes room again', () => {
    const limiter = new QuestionLimiter({ cooldownSeconds: 0, maxInFlight: 2 });
    const a = limiter.admit('a');
    const b = limiter.admit('b');
    expect(limiter.admit('c')).toEqual({ ok: false, reason: 'busy' });
    if (!a.ok || !b.ok) throw new Error('should be admitted');
    a.release();
    a.release(); // a second release must not free a slot that is still taken
    expect(limiter.questionsInFlight()).toBe(1);
    expect(limiter.admit('c').ok).toBe(true);
    expect(limiter.admit('d')).toEqual({ ok: false, reason: 'busy' });
  });

  it('bounds messages and interactions in lanes of their own: a mention flood leaves /ask room', () => {
    const limiter = new QuestionLimiter({ cooldownSeconds: 0, maxInFlight: 2 });
    const flood = [limiter.admit('m1', { lane: 'message' }), limiter.admit('m2', { lane: 'message' })];
    expect(flood.every((admission) => admission.ok)).toBe(true);
    expect(limiter.admit('m3', { lane: 'message' })).toEqual({ ok: false, reason: 'busy' });
    expect(limiter.admit('asker').ok).toBe(true); // interactions are the default lane
    expect(limiter.admit('asker2', { lane: 'interaction' }).ok).toBe(true);
    expect(limiter.admit('asker3', { lane: 'interaction' })).toEqual({ ok: false, reason: 'busy' });
    expect(limiter.questionsInFlight('message')).toBe(2);
    expect(limiter.questionsInFlight()).toBe(4);
  });

  it('uncharged lookups skip the bucket but not the in-flight bound', () => {
    const limiter = new QuestionLimiter({ cooldownSeconds: 60, burst: 1, maxInFlight: 2 });
    limiter.admit('alice');
    expect(limiter.admit('alice', { cooldown: false }).ok).toBe(true);
    expect(limiter.admit('alice', { cooldown: false })).toEqual({ ok: false, reason: 'busy' });
  });

  it('is a token bucket: a burst of 3 (the default), then one question per cooldown', () => {
    let now = 0;
    const limiter = new QuestionLimiter({ cooldownSeconds: 10, maxInFlight: 10, now: () => now });
    const take = () => {
      const admission = limiter.admit('alice');
      if (admission.ok) admission.release();
      return admission.ok ? 'ok' : admission.reason === 'cooldown' ? `wait ${admission.secondsLeft}` : 'busy';
    };
    // A question, a follow-up a second later, and one more: all answered.
    expect(take()).toBe('ok');
    now = 1_000;
    expect(take()).toBe('ok');
    now = 2_000;
    expect(take()).toBe('ok');
    // The bucket is empty; it has refilled 0.2 of a question since the first: 8 s to the next.
    expect(take()).toBe('wait 8');
    now = 10_000;
    expect(take()).toBe('ok');
    expect(take()).toBe('wait 10');
    // A long pause refills it, but only up to the burst.
    now = 1_000_000;
    expect([take(), take(), take(), take()]).toEqual(['ok', 'ok', 'ok', 'wait 10']);
  });

  it('busy refusals and uncharged questions cost nothing; a slot is given back once', () => {
    const limiter = new QuestionLimiter({ cooldownSeconds: 60, burst: 2, maxInFlight: 1, now: () => 0 });
    const held = limiter.admit('bob');
    expect(limiter.admit('alice')).toEqual({ ok: false, reason: 'busy' });
    expect(limiter.admit('alice')).toEqual({ ok: false, reason: 'busy' });
    if (!held.ok) throw new Error('should be admitted');
    held.release();
    held.release(); // once only
    expect(limiter.questionsInFlight()).toBe(0);
    const uncharged = limiter.admit('alice', { cooldown: false });
    if (!uncharged.ok) throw new Error('alice still has her whole bucket');
    uncharged.release();
    const ask = () => {
      const admission = limiter.admit('alice');
      if (admission.ok) admission.release();
      return admission.ok;
    };
    expect([ask(), ask()]).toEqual([true, true]);
    expect(limiter.admit('alice')).toMatchObject({ ok: false, reason: 'cooldown' });
  });
});

describe('isCorpusAdmin', () => {
  const perms = (...bits: bigint[]) => new PermissionsBitField(bits);
  it('Manage Server, Administrator, or a listed admin id', () => {
    expect(isCorpusAdmin('1', perms(PermissionsBitField.Flags.ManageGuild), [])).toBe(true);
    expect(isCorpusAdmin('1', perms(PermissionsBitField.Flags.Administrator), [])).toBe(true);
    expect(isCorpusAdmin('1', perms(PermissionsBitField.Flags.SendMessages), [])).toBe(false);
    expect(isCorpusAdmin('1', null, [])).toBe(false);
    expect(isCorpusAdmin('1', null, ['1'])).toBe(true);
  });
});
