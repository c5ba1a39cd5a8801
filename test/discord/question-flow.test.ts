/** The question guard (admit) and how /search resolves its value, without Discord or a real engine. */
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { BotContext } from '../../src/discord/context.js';
import { QuestionLimiter } from '../../src/discord/limiter.js';
import { admit, type Question } from '../../src/discord/question-flow.js';
import { resolveSearch } from '../../src/discord/resolve.js';
import type { EngineApi } from '../../src/engine-api.js';
import { hit, passage } from './fixtures.js';

function context(engine: Partial<EngineApi> = {}): BotContext {
  return {
    engine: engine as EngineApi,
    config: loadConfig({ COOLDOWN_SECONDS: '30', COOLDOWN_BURST: '1', MAX_IN_FLIGHT: '1' }),
    logger: pino({ level: 'silent' }),
    limiter: new QuestionLimiter({ cooldownSeconds: 30, burst: 1, maxInFlight: 1 }),
  };
}

const question = (text: string, overrides: Partial<Question> = {}): Question => ({
  text,
  userId: 'alice',
  guildId: undefined,
  via: 'slash:ask',
  lane: 'interaction',
  ...overrides,
});

describe('admit', () => {
  it('refuses a question over MAX_QUESTION_CHARS with the Discord wording, charging nothing', () => {
    const ctx = context();
    const long = `why ${'x'.repeat(600)}?`;
    expect(admit(ctx, question(long))).toEqual({
      ok: false,
      outcome: 'too_long',
      notice:
        'That question is too long (605 characters; the limit is 500). Please shorten it and ask again.',
    });
    expect(admit(ctx, question('who carried out the attack?')).ok).toBe(true);
  });

  it('does not charge what the engine would refuse, nor what asks not to be charged', () => {
    const ctx = context();
    for (const text of ['@everyone', '???']) {
      const admission = admit(ctx, question(text));
      if (!admission.ok) throw new Error(`${text} should be admitted`);
      admission.release();
    }
    const shown = admit(ctx, question('who carried out the attack?'), { charge: false });
    if (!shown.ok) throw new Error('an uncharged question should be admitted');
    shown.release();
    const asked = admit(ctx, question('who carried out the attack?'));
    if (!asked.ok) throw new Error('the bucket should still be full');
    asked.release();
    expect(admit(ctx, question('and who planned it?'))).toMatchObject({
      ok: false,
      outcome: 'cooldown',
      notice: expect.stringMatching(/^Please wait (29|30) seconds before asking again\.$/),
    });
  });

  it('bounds questions in flight per lane until released', () => {
    const ctx = context();
    const held = admit(ctx, question('who carried out the attack?', { lane: 'message', userId: 'bob' }));
    expect(held.ok).toBe(true);
    const busy = admit(ctx, question('where was it?', { lane: 'message', userId: 'carol' }));
    expect(busy).toMatchObject({ ok: false, outcome: 'busy' });
    // Interactions have their own lane.
    expect(admit(ctx, question('where was it?', { userId: 'dave' })).ok).toBe(true);
    if (held.ok) held.release();
    expect(admit(ctx, question('where was it?', { lane: 'message', userId: 'carol' })).ok).toBe(true);
  });
});

describe('resolveSearch', () => {
  /** An engine that records the searches asked of it. */
  function recording(found: { id?: string; hits?: ReturnType<typeof hit>[] } = {}) {
    const searches: string[] = [];
    const engine: Partial<EngineApi> = {
      search: (query, options) => {
        searches.push(query);
        return (found.hits ?? [1, 2, 3, 4, 5, 6, 7].map((n) => hit(n))).slice(0, options?.limit);
      },
      suggest: () => [],
      getPassage: (id) => (id === found.id ? passage({ id }) : undefined),
    };
    return { engine: engine as EngineApi, searches };
  }

  it('free text is searched once, and the first hits listed', () => {
    const { engine, searches } = recording();
    const hits = resolveSearch(engine, 'harbour lighthouse', undefined, 5);
    expect(searches).toEqual(['harbour lighthouse']);
    expect(hits.map((h) => h.passage)).toEqual([1, 2, 3, 4, 5]);
  });

  it('a "Search for “…”" choice searches what is inside it', () => {
    const { engine, searches } = recording();
    resolveSearch(engine, 'Search for “harbour”', undefined, 5);
    expect(searches).toEqual(['harbour']);
  });

  it('a passage id shows that passage first, then others found by its title', () => {
    const { engine, searches } = recording({ id: 'harbour.txt#4' });
    const hits = resolveSearch(engine, 'harbour.txt#4', undefined, 5);
    expect(searches).toEqual(['The Harbour']);
    expect(hits[0]).toMatchObject({ passageId: 'harbour.txt#4', score: Number.POSITIVE_INFINITY });
    expect(hits).toHaveLength(5);
  });
});
