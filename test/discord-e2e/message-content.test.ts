/**
 * With a database the bot asks for the Message Content intent (answer channels may be set from Discord). An
 * application without it (the loopback closes such an IDENTIFY with 4014, as Discord does) still connects:
 * one warning, the bot comes back without the intent, answers mentions, and /settings says why answer channels
 * stay quiet.
 */
import { ApplicationCommandOptionType, GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { option } from '../loopback/discord.js';
import { type Bot, startBotUnderTest } from '../support/bot-under-test.js';
import { messageBody, textOf } from './harness.js';

let b: Bot;

beforeAll(async () => {
  b = await startBotUnderTest({
    database: true,
    loopback: { disallowedIntents: GatewayIntentBits.MessageContent },
    tempPrefix: 'citebot-e2e-',
  });
}, 60_000);

afterAll(async () => {
  await b?.stop();
});

describe('Message Content not granted', () => {
  it('connects without it after one warning, and answers mentions', async () => {
    expect(b.discord.gatewayStats.closes.map((close) => close.code)).toContain(4014);
    expect(b.bot.client.options.intents.has(GatewayIntentBits.MessageContent)).toBe(false);
    const warnings = b.logs.filter((line) => /Message Content intent is not enabled/.test(String(line.msg)));
    expect(warnings).toHaveLength(1);
    expect(b.bot.store).toBeDefined();

    const guild = b.guilds[0]!;
    b.discord.sendMessage({
      guildId: guild.id,
      author: 'erin',
      content: 'How many attacks did ISKP claim?',
      mentionBot: true,
    });
    const reply = messageBody(await b.discord.waitForChannelMessage(guild.channelId));
    expect(textOf(reply)).toContain('with a staggering 90');
  });

  it('/settings answer-channels says the channel stays quiet until the intent is enabled', async () => {
    const guild = b.guilds[0]!;
    const handle = b.discord.slash({
      guildId: guild.id,
      user: 'admin',
      name: 'settings',
      permissions: '32',
      options: [
        option.subcommandGroup('answer-channels', [
          option.subcommand('add', [
            { type: ApplicationCommandOptionType.Channel, name: 'channel', value: guild.channelId },
          ]),
        ]),
      ],
    });
    const body = messageBody(await b.discord.waitForInteractionReply(handle));
    expect(textOf(body)).toContain('the Message Content intent is off');
  });
});
