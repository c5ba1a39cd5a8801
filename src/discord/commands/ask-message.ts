/**
 * "Ask Citebot", a message context-menu command (right-click a message > Apps): answers that message's text,
 * shown only to whoever used it, so a member can point the bot at a question someone else asked without
 * answering in public. The message's text is read from the interaction itself (Discord includes it for
 * message commands), so this needs no Message Content intent.
 */
import {
  ApplicationCommandType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  type MessageContextMenuCommandInteraction,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { replyWithAnswer } from '../answer-reply.js';
import type { BotContext } from '../context.js';
import { stripBotMention } from '../question-detection.js';
import { questionOf } from '../question-flow.js';
import { replyNotice } from '../respond.js';
import { clipQuestion } from '../threads.js';

/** A message context-menu command: registered beside the slash commands, routed by interaction-create. */
export interface MessageCommand {
  data: { name: string; toJSON(): RESTPostAPIContextMenuApplicationCommandsJSONBody };
  execute(interaction: MessageContextMenuCommandInteraction, ctx: BotContext): Promise<void>;
}

export const ASK_MESSAGE_NAME = 'Ask Citebot';

export const NO_TEXT_NOTICE = 'That message has no text for me to answer.';

export const askMessage: MessageCommand = {
  data: new ContextMenuCommandBuilder()
    .setName(ASK_MESSAGE_NAME)
    .setType(ApplicationCommandType.Message)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM),

  async execute(interaction, ctx) {
    const target = interaction.targetMessage;
    const text = clipQuestion(
      stripBotMention(target.content ?? '', interaction.client.user.id),
      ctx.config.MAX_QUESTION_CHARS,
    );
    if (!text) {
      await replyNotice(interaction, NO_TEXT_NOTICE);
      return;
    }
    const question = questionOf(interaction, 'context:ask-message', text);
    await replyWithAnswer(interaction, ctx, question, { hide: true });
  },
};
