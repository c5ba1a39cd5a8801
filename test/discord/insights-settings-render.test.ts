/**
 * The /insights and /settings renderers (pure): within Discord's limits whatever the questions, passages and
 * lists hold (property tests), no live mention from a question, the CSV cut at a row; and the permission and
 * per-server cooldown rules they rely on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InsightsReport, ResolvedSettings, ServerSettings } from '../../src/db/index.js';
import { QuestionLimiter } from '../../src/discord/limiter.js';
import { isCorpusAdmin, isServerManager } from '../../src/discord/permissions.js';
import {
  csvBytes,
  renderInsights,
  renderPurgeConfirm,
  renderPurged,
} from '../../src/discord/render/insights.js';
import { parseButtonId } from '../../src/discord/render/custom-ids.js';
import { fitsDiscordLimits } from '../../src/discord/render/limits.js';
import { hasLiveMention } from '../../src/discord/render/markdown.js';
import { renderSettings } from '../../src/discord/render/settings.js';

const text = fc.string({ unit: 'grapheme', maxLength: 1500 });
const id = fc.stringMatching(/^\d{17,19}$/);

const report = fc.record({
  questions: fc.nat({ max: 100_000 }),
  answered: fc.nat({ max: 100_000 }),
  topUnanswered: fc.array(
    fc.record({
      question: text,
      count: fc.integer({ min: 1, max: 999 }),
      phrasings: fc.array(text, { minLength: 1, maxLength: 5 }),
      terms: fc.array(fc.string({ maxLength: 10 }), { maxLength: 5 }),
    }),
    { maxLength: 10 },
  ),
  notHelpful: fc.array(
    fc.record({
      messageId: id,
      question: text,
      passageId: fc.option(text, { nil: null }),
      notHelpful: fc.nat({ max: 999 }),
      helpful: fc.nat({ max: 999 }),
    }),
    { maxLength: 10 },
  ),
  topArticles: fc.array(fc.record({ article: text, citations: fc.nat({ max: 99_999 }) }), { maxLength: 10 }),
  days: fc.constantFrom(7, 30),
});

function full(
  partial: Omit<InsightsReport, 'serverId' | 'since' | 'until' | 'unanswered' | 'answeredShare'>,
): InsightsReport {
  const questions = Math.max(partial.questions, partial.answered);
  return {
    ...partial,
    serverId: '1',
    since: new Date(0),
    until: new Date(),
    questions,
    unanswered: questions - partial.answered,
    answeredShare: questions === 0 ? 0 : partial.answered / questions,
  };
}

describe('renderInsights', () => {
  it('property: always within Discord limits, ephemeral, with the CSV attached, no live mention', () => {
    fc.assert(
      fc.property(report, fc.array(fc.tuple(text, text), { maxLength: 5 }), (partial, titles) => {
        const message = renderInsights(full(partial), 'a,b\r\n', new Map(titles));
        expect(fitsDiscordLimits(message)).toBe(true);
        expect(message.flags).toBe(64);
        expect(message.files?.[0]?.name).toBe(`insights-${partial.days}d.csv`);
        for (const field of message.embeds![0]!.fields!) expect(hasLiveMention(field.value)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('says so when nothing was asked', () => {
    const message = renderInsights(
      full({ questions: 0, answered: 0, topUnanswered: [], notHelpful: [], topArticles: [], days: 7 }),
      '',
    );
    expect(message.embeds![0]!.description).toMatch(
      /^No questions were asked in this server in the last 7 days\./,
    );
    expect(message.embeds![0]!.fields!.map((field) => field.value)).toEqual([
      'None: every question was answered.',
      'None.',
      'None yet.',
    ]);
  });

  it('an oversized CSV is cut after a whole row', () => {
    const csv = 'h\r\n' + 'row-0123456789\r\n'.repeat(100);
    const cut = csvBytes(csv, 50).toString('utf8');
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut.endsWith('\r\n')).toBe(true);
    expect(csv.startsWith(cut)).toBe(true);
    expect(csvBytes(csv).toString('utf8')).toBe(csv);
  });

  it('purge asks first with one button, within limits', () => {
    const message = renderPurgeConfirm();
    expect(fitsDiscordLimits(message)).toBe(true);
    expect(message.flags).toBe(64);
    const id = message.components![0]!.components[0]!;
    expect('custom_id' in id && parseButtonId(id.custom_id)).toEqual({ kind: 'purge' });
  });

  it('purge reply counts what went', () => {
    expect(renderPurged({ questions: 1, votes: 2 }).content).toBe(
      'Deleted this server’s question log and votes: 1 question and 2 votes. New questions are logged from now on.',
    );
  });
});

describe('renderSettings', () => {
  const list = fc.array(id, { maxLength: 50 });
  it('property: within Discord limits and pinging nobody, whatever the lists hold', () => {
    fc.assert(
      fc.property(
        list,
        list,
        list,
        list,
        fc.nat({ max: 3600 }),
        fc.boolean(),
        text,
        (a, f, t, r, cooldown, reply, change) => {
          const resolved: ResolvedSettings = {
            answerChannels: a,
            forumChannels: f,
            forumReplyWhenNoAnswer: reply,
            threadChannels: t,
            cooldownSeconds: cooldown,
            cooldownBurst: 3,
            managerRoleIds: r,
            adminUserIds: [],
          };
          const stored: ServerSettings = {
            ...resolved,
            answerChannels: null,
            cooldownSeconds: null,
            updatedAt: null,
          };
          const message = renderSettings(resolved, stored, { change, messageContent: false });
          expect(fitsDiscordLimits(message)).toBe(true);
          expect(message.allowedMentions).toEqual({ parse: [] });
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('who may manage', () => {
  const none = { has: () => false } as never;
  const manage = { has: (flag: bigint) => flag === 32n } as never;
  it('server managers and bot admins; corpus manager roles only for the corpus', () => {
    expect(isServerManager('1', manage, [])).toBe(true);
    expect(isServerManager('1', none, ['1'])).toBe(true);
    expect(isServerManager('1', none, [])).toBe(false);
    expect(isCorpusAdmin('1', none, [], { memberRoleIds: ['9'], managerRoleIds: ['9'] })).toBe(true);
    expect(isCorpusAdmin('1', none, [], { memberRoleIds: ['8'], managerRoleIds: ['9'] })).toBe(false);
    expect(isCorpusAdmin('1', null, [])).toBe(false);
  });
});

describe('QuestionLimiter: a server’s own cooldown', () => {
  it('refills at the server’s rate there, at the default elsewhere; 0 turns it off there', () => {
    let now = 0;
    const limiter = new QuestionLimiter({ cooldownSeconds: 0, burst: 1, maxInFlight: 10, now: () => now });
    limiter.setServerCooldown('g1', 60);
    const admit = (guildId?: string) => {
      const admission = limiter.admit('u', { guildId });
      if (admission.ok) admission.release();
      return admission.ok ? 'ok' : admission.reason;
    };
    expect(admit('g1')).toBe('ok');
    expect(admit('g1')).toBe('cooldown');
    expect(admit('g2')).toBe('ok'); // the default: no cooldown
    now += 60_000;
    expect(admit('g1')).toBe('ok');
    limiter.setServerCooldown('g1', 0);
    expect(admit('g1')).toBe('ok');
  });
});
