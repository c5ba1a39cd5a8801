/** /ask question:<text> [hide] [mention:user] — a cited verbatim answer. */
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { answerQuestion, type Outcome, outcomeOf, runQuestion } from '../question-flow.js';
import { ephemeral, mentioning } from '../render/payload.js';
import { replyNotice, replyWhenReady } from '../respond.js';
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
    const question = interaction.options.getString('question', true).trim();
    const hide = interaction.options.getBoolean('hide') ?? false;
    const mention = interaction.options.getUser('mention');
    const request = {
      via: 'slash:ask',
      userId: interaction.user.id,
      guildId: interaction.guildId ?? undefined,
      text: question,
    };

    await runQuestion(
      ctx,
      request,
      (notice) => replyNotice(interaction, notice),
      async () => {
        let outcome: Outcome = 'error';
        const sent = await replyWhenReady(
          interaction,
          () => {
            const { answer, message } = answerQuestion(ctx, question, request.guildId);
            outcome = outcomeOf(answer);
            const addressed = mention ? mentioning(message, mention.id) : message;
            return hide ? ephemeral(addressed) : addressed;
          },
          { ephemeral: hide },
        );
        return sent === 'expired' ? 'expired' : outcome;
      },
    );
  },
};
