/**
 * Questions asked in messages: a mention, a reply to the bot, a DM, or (in ANSWER_CHANNELS) anything that
 * reads as a question. Answered with a reply in place, or, in a channel with answers in threads
 * (`/settings threads`, THREAD_CHANNEL_IDS), a mention or answer-channel question is answered inside a new
 * thread started from it. Bots, webhooks and the bot itself are ignored, and so is a forum post's first
 * message where forum answering is on (events/thread-create.ts answers the post).
 */
import { ChannelType, Events, type Message } from 'discord.js';
import type { Answer } from '../../answer/types.js';
import { channelSettingsOf } from '../channel-settings.js';
import type { BotContext } from '../context.js';
import {
  type MessageFacts,
  type MessageTrigger,
  messageTrigger,
  stripBotMention,
} from '../question-detection.js';
import { admit, engineAnswer, logged, outcomeOf, type Question } from '../question-flow.js';
import { logAnswer } from '../question-log.js';
import { renderAnswer } from '../render/answer.js';
import { notices } from '../render/notices.js';
import { asChannelMessage, type BotMessage, textMessage } from '../render/payload.js';
import { sendInThread, startAnswerThread } from '../threads.js';
import { serverSettingsOf } from '../server-settings.js';
import type { BotEvent } from './event.js';

export const messageCreate: BotEvent<typeof Events.MessageCreate> = {
  name: Events.MessageCreate,
  async execute(ctx, message) {
    if (message.author.bot || message.webhookId || message.system) return;
    const botId = message.client.user.id;
    if (message.author.id === botId) return;
    // This server's answer channels (/settings), else ANSWER_CHANNELS; also sets its cooldown for admit.
    const { answerChannels } = await serverSettingsOf(ctx, message.guildId);
    const trigger = messageTrigger(factsOf(message, botId), answerChannels);
    if (!trigger) return;
    const text = stripBotMention(message.content, botId);
    const place = await placeOf(ctx, message, trigger);
    if (place === 'ignore') return;
    try {
      if (!text) {
        // A bare mention or an empty DM: say how to ask. A reply without text (an image, say) is left alone.
        if (trigger !== 'reply') await reply(message, textMessage(notices.emptyQuestion()));
        return;
      }
      const question = questionIn(message, `message:${trigger}`, text);
      await logged(ctx, question, async () => {
        const admission = admit(ctx, question);
        if (!admission.ok) {
          await reply(message, textMessage(admission.notice));
          return admission.outcome;
        }
        return outcomeOf(await answer(ctx, message, question, place === 'thread').finally(admission.release));
      });
    } catch (error) {
      ctx.logger.error(
        { err: error, messageId: message.id, guildId: message.guildId },
        'message handler failed',
      );
      await reply(message, textMessage(notices.error())).catch((replyError) =>
        ctx.logger.warn({ err: replyError, messageId: message.id }, 'could not send the error reply'),
      );
    }
  },
};

function questionIn(message: Message, via: string, text: string): Question {
  return { text, userId: message.author.id, guildId: message.guildId ?? undefined, via, lane: 'message' };
}

/**
 * Where a message's answer goes: a new thread (mentions and answer-channel questions in a channel with answers
 * in threads), in place, or nowhere (a forum post's first message, which events/thread-create.ts answers).
 */
async function placeOf(
  ctx: BotContext,
  message: Message,
  trigger: MessageTrigger,
): Promise<'thread' | 'in-place' | 'ignore'> {
  if (!message.inGuild() || trigger === 'dm' || trigger === 'reply') return 'in-place';
  const channel = message.channel;
  const isForumPost =
    channel.isThread() && channel.parent?.type === ChannelType.GuildForum && message.id === channel.id;
  if (!isForumPost && channel.isThread()) return 'in-place';
  const settings = await channelSettingsOf(ctx, message.guildId);
  if (isForumPost) return settings.forumChannels.includes(channel.parentId ?? '') ? 'ignore' : 'in-place';
  return settings.threadChannels.includes(message.channelId) ? 'thread' : 'in-place';
}

/**
 * Typing while the engine works, then its answer: inside a new thread started from the question when asked
 * for (and possible), else as a reply in place.
 */
async function answer(
  ctx: BotContext,
  message: Message,
  question: Question,
  inThread: boolean,
): Promise<Answer> {
  const thread = inThread ? await startAnswerThread(message, question.text, ctx.logger) : undefined;
  await showTyping(ctx, thread ?? message.channel);
  const answered = engineAnswer(ctx, question);
  const sent = thread
    ? await sendInThread(thread, asChannelMessage(renderAnswer(answered)), { logger: ctx.logger })
    : await reply(message, renderAnswer(answered));
  logAnswer(ctx, question, answered, { channelId: sent.channelId, messageId: sent.id });
  return answered;
}

/** What messageTrigger needs to know of a message. */
function factsOf(message: Message, botId: string): MessageFacts {
  return {
    inGuild: message.inGuild(),
    channelIds:
      message.channel.isThread() && message.channel.parentId
        ? [message.channelId, message.channel.parentId]
        : [message.channelId],
    content: message.content,
    mentionsBot: mentionsBot(message, botId),
    repliesToBot: repliesToBot(message, botId),
  };
}

/** Reply in place; if the question was deleted meanwhile, post without the reference rather than fail. */
function reply(message: Message, payload: BotMessage) {
  return message.reply({ ...asChannelMessage(payload), failIfNotExists: false });
}

function mentionsBot(message: Message, botId: string): boolean {
  if (new RegExp(`<@!?${botId}>`).test(message.content)) return true;
  if (message.mentions.users.has(botId) && !message.reference) return true;
  // Picking the bot in the mention list can insert its managed role instead of the user.
  const botRole = message.guild?.roles.botRoleFor(botId);
  return botRole ? message.mentions.roles.has(botRole.id) : false;
}

function repliesToBot(message: Message, botId: string): boolean {
  const referenced = message.reference?.messageId;
  if (!referenced) return false;
  if (message.mentions.repliedUser?.id === botId) return true;
  // Our own replies are cached when sent, so this works even if Discord left out referenced_message.
  return message.channel.messages.cache.get(referenced)?.author.id === botId;
}

async function showTyping(ctx: BotContext, channel: Message['channel']): Promise<void> {
  try {
    if ('sendTyping' in channel) await channel.sendTyping();
  } catch (error) {
    ctx.logger.debug({ err: error, channelId: channel.id }, 'could not show typing');
  }
}
