/**
 * /corpus add | list | remove | reload — a server's own articles; /corpus alias add | list | remove — the
 * names its people use for things the articles call otherwise (ISIS for Islamic State). Admin only twice
 * over: Manage Server as the default permission at registration, and a check here (server admins can loosen
 * the default).
 */
import {
  type ChatInputCommandInteraction,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from 'discord.js';
import { safeUrl } from '../../corpus/meta.js';
import type { Article } from '../../corpus/types.js';
import { CorpusError } from '../../engine-api.js';
import { MAX_ALIAS_MEANING_CHARS, MAX_ALIAS_NAME_CHARS } from '../../search/taught-aliases.js';
import type { BotContext } from '../context.js';
import { forgetUpload, mayManageCorpus, recordUpload } from '../corpus-records.js';
import { aliasChoices, ownFileChoices, ownFileName } from '../render/choices.js';
import {
  renderAdded,
  renderAliasAdded,
  renderAliasList,
  renderAliasRemoved,
  renderCorpusList,
  renderReloaded,
  renderRemoved,
} from '../render/corpus.js';
import { notices } from '../render/notices.js';
import { deferEphemeral, replyNotice, sendReply } from '../respond.js';
import { DownloadError, downloadAttachment } from '../upload.js';
import type { Command } from './command.js';

export const corpus: Command = {
  data: new SlashCommandBuilder()
    .setName('corpus')
    .setDescription("Manage this server's own articles.")
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((sub) =>
      sub
        .setName('add')
        .setDescription('Add an article file (.txt, .md, .html, .pdf, .docx) for this server.')
        .addAttachmentOption((option) =>
          option.setName('file').setDescription('The article file').setRequired(true),
        )
        .addStringOption((option) =>
          option.setName('title').setDescription('Title to cite it by').setMaxLength(256),
        )
        .addStringOption((option) =>
          option.setName('url').setDescription('Link to the original article').setMaxLength(512),
        )
        .addBooleanOption((option) =>
          option.setName('replace').setDescription('Replace this server’s file of the same name'),
        ),
    )
    .addSubcommand((sub) => sub.setName('list').setDescription("List this server's articles."))
    .addSubcommand((sub) =>
      sub
        .setName('remove')
        .setDescription("Remove one of this server's articles.")
        .addStringOption((option) =>
          option
            .setName('name')
            .setDescription('File name')
            .setRequired(true)
            .setMaxLength(300)
            .setAutocomplete(true),
        ),
    )
    .addSubcommand((sub) => sub.setName('reload').setDescription('Re-read the article folder.'))
    .addSubcommandGroup((group) =>
      group
        .setName('alias')
        .setDescription('Names people use for things the articles call otherwise (ISIS for Islamic State).')
        .addSubcommand((sub) =>
          sub
            .setName('add')
            .setDescription(
              'Teach a name: questions using it also find what it means, and the other way round.',
            )
            .addStringOption((option) =>
              option
                .setName('name')
                .setDescription('One word, e.g. ISIS')
                .setRequired(true)
                .setMaxLength(MAX_ALIAS_NAME_CHARS),
            )
            .addStringOption((option) =>
              option
                .setName('means')
                .setDescription('What the articles call it, e.g. Islamic State')
                .setRequired(true)
                .setMaxLength(MAX_ALIAS_MEANING_CHARS),
            ),
        )
        .addSubcommand((sub) => sub.setName('list').setDescription("List this server's aliases."))
        .addSubcommand((sub) =>
          sub
            .setName('remove')
            .setDescription('Forget one of this server’s aliases.')
            .addStringOption((option) =>
              option
                .setName('name')
                .setDescription('The alias name')
                .setRequired(true)
                .setMaxLength(MAX_ALIAS_NAME_CHARS)
                .setAutocomplete(true),
            ),
        ),
    ),

  async autocomplete(interaction, ctx) {
    if (!interaction.inGuild() || !(await mayManageCorpus(interaction, ctx))) {
      await interaction.respond([]);
      return;
    }
    if (interaction.options.getSubcommandGroup(false) === 'alias') {
      const aliases = ctx.engine.listAliases({ guildId: interaction.guildId, ownOnly: true });
      await interaction.respond(aliasChoices(interaction.options.getFocused(), aliases));
      return;
    }
    const own = ctx.engine.listArticles({ guildId: interaction.guildId, ownOnly: true });
    await interaction.respond(ownFileChoices(interaction.options.getFocused(), own));
  },

  async execute(interaction, ctx) {
    if (!interaction.inGuild()) {
      await replyNotice(interaction, notices.guildOnly());
      return;
    }
    if (!(await mayManageCorpus(interaction, ctx))) {
      ctx.logger.info(
        { guildId: interaction.guildId, userId: interaction.user.id },
        'corpus command refused: not an admin',
      );
      await replyNotice(interaction, notices.notAdmin());
      return;
    }
    const guildId = interaction.guildId;
    const group = interaction.options.getSubcommandGroup(false);
    const subcommand = group
      ? `${group} ${interaction.options.getSubcommand(true)}`
      : interaction.options.getSubcommand(true);
    try {
      switch (subcommand) {
        case 'add':
          return await add(interaction, ctx, guildId);
        case 'list':
          await sendReply(
            interaction,
            renderCorpusList(
              ctx.engine.listArticles({ guildId, ownOnly: true }),
              ctx.engine.listArticles().length,
            ),
          );
          return;
        case 'remove':
          return await remove(interaction, ctx, guildId);
        case 'reload':
          await deferEphemeral(interaction);
          // Only this server's files and the global ones: never another server's files or their names.
          await sendReply(interaction, renderReloaded(await ctx.engine.reload({ guildId })));
          return;
        case 'alias add':
        case 'alias list':
        case 'alias remove':
          return await alias(interaction, ctx, guildId, subcommand);
      }
    } catch (error) {
      // Mistakes a person made (bad file, unknown name) come back as these, with messages fit to show.
      if (error instanceof DownloadError) {
        await replyNotice(interaction, notices.corpusError(error.message));
      } else if (error instanceof CorpusError) {
        await replyNotice(
          interaction,
          notices.corpusError(`${FAILED[subcommand] ?? "I couldn't do that."} ${sentence(error.message)}`),
        );
      } else {
        throw error;
      }
      ctx.logger.info({ guildId, subcommand, reason: error.message }, 'corpus change refused');
    }
  },
};

const FAILED: Record<string, string> = {
  add: "I couldn't add that file.",
  remove: "I couldn't remove that file.",
  reload: "I couldn't reload the articles.",
  'alias add': "I couldn't add that alias.",
  'alias remove': "I couldn't remove that alias.",
};

/** The engine's reasons are clauses ("the file name is empty"): show them as a sentence. */
function sentence(text: string): string {
  const trimmed = text.trim();
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

async function add(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  guildId: string,
): Promise<void> {
  // One upload at a time per server (refused, not queued: the admin sees at once and nothing piles up);
  // other servers' uploads and everyone's questions go on.
  if (ctx.uploads?.has(guildId)) {
    ctx.logger.info({ guildId }, 'corpus upload refused: another is in progress');
    await replyNotice(interaction, notices.uploadInProgress());
    return;
  }
  ctx.uploads?.add(guildId);
  let article: Article | undefined;
  try {
    article = await addUpload(interaction, ctx, guildId);
  } finally {
    // Released before the reply is sent: whoever reads "Added" may upload the next file at once.
    ctx.uploads?.delete(guildId);
  }
  // The engine logs the file added (its path names the server); nothing more to say here.
  if (!article) return;
  await sendReply(interaction, renderAdded(article));
}

async function addUpload(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  guildId: string,
): Promise<Article | undefined> {
  // Download and indexing can take longer than Discord's 3 s: defer before anything else.
  await deferEphemeral(interaction);
  const file = interaction.options.getAttachment('file', true);
  const title = interaction.options.getString('title')?.trim() || undefined;
  const rawUrl = interaction.options.getString('url')?.trim() || undefined;
  const url = safeUrl(rawUrl);
  if (rawUrl && !url) {
    await replyNotice(interaction, 'The url must be a web address starting with http:// or https://.');
    return undefined;
  }
  const bytes = await downloadAttachment(file.url, {
    maxBytes: ctx.config.MAX_FILE_BYTES,
    apiBaseUrl: ctx.config.DISCORD_API_BASE_URL,
    declaredSize: file.size,
  });
  const article = await ctx.engine.addFile(file.name, bytes, {
    guildId,
    ...(title ? { title } : {}),
    ...(url ? { url } : {}),
    ...(interaction.options.getBoolean('replace') ? { replace: true } : {}),
  });
  await recordUpload(ctx, { guildId, fileName: ownFileName(article), bytes, userId: interaction.user.id });
  return article;
}

/** Remove only a file this server owns: the name may be a picked file name, a path, or a title typed freely. */
async function remove(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  guildId: string,
): Promise<void> {
  const name = interaction.options.getString('name', true).trim();
  const own = ctx.engine.listArticles({ guildId, ownOnly: true });
  const match = findOwnArticle(own, name);
  if (!match) {
    const known = own.slice(0, 5).map(ownFileName);
    const hint =
      known.length > 0 ? ` Its files include: ${known.join(', ')}.` : ' It has no files of its own yet.';
    await replyNotice(
      interaction,
      notices.corpusError(`This server has no article file called “${name}”.${hint}`),
    );
    return;
  }
  const removed = await ctx.engine.removeFile(ownFileName(match), { guildId });
  await forgetUpload(ctx, guildId, ownFileName(match));
  await sendReply(interaction, renderRemoved(removed));
}

/** /corpus alias add | list | remove: this server's own aliases (the engine writes and applies them). */
async function alias(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  guildId: string,
  subcommand: 'alias add' | 'alias list' | 'alias remove',
): Promise<void> {
  const max = ctx.config.MAX_ALIASES_PER_SERVER;
  if (subcommand === 'alias list') {
    const own = ctx.engine.listAliases({ guildId, ownOnly: true });
    const global = ctx.engine.listAliases().length;
    await sendReply(interaction, renderAliasList(own, global, max));
    return;
  }
  const name = interaction.options.getString('name', true);
  if (subcommand === 'alias add') {
    const entry = await ctx.engine.addAlias(name, interaction.options.getString('means', true), { guildId });
    ctx.logger.info({ guildId, name: entry.name }, 'alias added');
    await sendReply(interaction, renderAliasAdded(entry));
    return;
  }
  const entry = await ctx.engine.removeAlias(name, { guildId });
  ctx.logger.info({ guildId, name: entry.name }, 'alias removed');
  await sendReply(interaction, renderAliasRemoved(entry));
}

function findOwnArticle(own: readonly Article[], name: string): Article | undefined {
  const lower = name.toLowerCase();
  return (
    own.find((article) => ownFileName(article) === name || article.file === name) ??
    own.find(
      (article) => ownFileName(article).toLowerCase() === lower || article.title.toLowerCase() === lower,
    )
  );
}
