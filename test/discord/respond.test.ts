import { MessageFlags, type RepliableInteraction } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { textMessage } from '../../src/discord/render/payload.js';
import { replyWhenReady, sendReply } from '../../src/discord/respond.js';

/** Just enough of an interaction to record what the bot did with it. */
function fakeInteraction(createdTimestamp = Date.now()) {
  const calls: [string, unknown][] = [];
  const interaction = {
    createdTimestamp,
    deferred: false,
    replied: false,
    async reply(options: unknown) {
      calls.push(['reply', options]);
      interaction.replied = true;
    },
    async deferReply(options: unknown) {
      calls.push(['deferReply', options]);
      interaction.deferred = true;
    },
    async editReply(options: unknown) {
      calls.push(['editReply', options]);
      interaction.replied = true;
    },
    async followUp(options: unknown) {
      calls.push(['followUp', options]);
    },
  };
  return { interaction: interaction as unknown as RepliableInteraction, calls };
}

describe('replyWhenReady', () => {
  it('replies directly when the answer is ready in time, and returns what it produced', async () => {
    const { interaction, calls } = fakeInteraction();
    const produced = { message: textMessage('hi'), outcome: 'shown' };
    expect(await replyWhenReady(interaction, () => produced)).toBe(produced);
    expect(calls.map(([name]) => name)).toEqual(['reply']);
  });

  it('past the 3 s Discord allows: produces and sends nothing', async () => {
    const { interaction, calls } = fakeInteraction(Date.now() - 3_500);
    let produced = false;
    const result = await replyWhenReady(interaction, () => {
      produced = true;
      return { message: textMessage('too late') };
    });
    expect([result, produced, calls]).toEqual([undefined, false, []]);
  });

  it('defers (ephemerally when the reply will be) and edits when the answer is slow', async () => {
    const { interaction, calls } = fakeInteraction();
    const slow = () =>
      new Promise<{ message: ReturnType<typeof textMessage> }>((resolve) =>
        setTimeout(() => resolve({ message: textMessage('late') }), 60),
      );
    await replyWhenReady(interaction, slow, { ephemeral: true, deferAfterMs: 10 });
    expect(calls).toEqual([
      ['deferReply', { flags: MessageFlags.Ephemeral }],
      ['editReply', { content: 'late', embeds: [], components: [], allowedMentions: { parse: [] } }],
    ]);
  });

  it('a failing producer rejects (for the caller to answer politely)', async () => {
    const { interaction } = fakeInteraction();
    await expect(
      replyWhenReady(interaction, () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
  });
});

describe('sendReply', () => {
  it('follows up once a reply exists', async () => {
    const { interaction, calls } = fakeInteraction();
    await sendReply(interaction, textMessage('one'));
    await sendReply(interaction, textMessage('two'));
    expect(calls.map(([name]) => name)).toEqual(['reply', 'followUp']);
  });
});
