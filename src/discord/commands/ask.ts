/** /ask question:<text> [hide] [mention:user] — a cited verbatim answer. */
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { replyWithAnswer } from '../answer-reply.js';
import { questionOf } from '../question-flow.js';
import type { Command } from './command.js';

export const ask: Command = {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask a question: I answer with an excerpt quoted from the articles, and its source.')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addStringOption((option) =>
      option.setName('question').setDescription('Your question').setRequired(true).setMaxLength(4000),
    )
    .addBooleanOption((option) => option.setName('hide').setDescription('Show the answer only to you'))
    .addUserOption((option) => option.setName('mention').setDescription('Someone to ping with the answer')),

  async execute(interaction, ctx) {
    const text = interaction.options.getString('question', true).trim();
    const hide = interaction.options.getBoolean('hide') ?? false;
    const mention = interaction.options.getUser('mention');
    const question = questionOf(interaction, 'slash:ask', text);
    await replyWithAnswer(interaction, ctx, question, { hide, mentionId: mention?.id });
  },
};
