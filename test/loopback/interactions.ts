/**
 * INTERACTION_CREATE payloads for slash commands, autocomplete and button clicks, plus helpers to write
 * command options the way Discord sends them.
 */
import {
  type APIGuildMember,
  type APIInteractionDataResolved,
  type APIMessage,
  type APIUser,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  Locale,
} from 'discord.js';
import { backdatedSnowflake, randomToken, snowflake } from './ids.js';
import { BOT_CHANNEL_PERMISSIONS } from './payloads.js';
import type { InteractionKind, InteractionRecord, World } from './world.js';

/** A command option as Discord sends it in `data.options`. */
export interface CommandOption {
  type: ApplicationCommandOptionType;
  name: string;
  value?: string | number | boolean;
  options?: CommandOption[];
  focused?: boolean;
}

/** Builders for `options`. Attachments and users are resolved into `data.resolved` automatically. */
export const option = {
  string: (name: string, value: string, focused?: boolean): CommandOption =>
    withFocus({ type: ApplicationCommandOptionType.String, name, value }, focused),
  integer: (name: string, value: number, focused?: boolean): CommandOption =>
    withFocus({ type: ApplicationCommandOptionType.Integer, name, value }, focused),
  number: (name: string, value: number, focused?: boolean): CommandOption =>
    withFocus({ type: ApplicationCommandOptionType.Number, name, value }, focused),
  boolean: (name: string, value: boolean): CommandOption => ({
    type: ApplicationCommandOptionType.Boolean,
    name,
    value,
  }),
  user: (name: string, user: APIUser): CommandOption => ({
    type: ApplicationCommandOptionType.User,
    name,
    value: user.id,
  }),
  /** `file` is what `serveFile` returned; its id is looked up in `data.resolved.attachments`. */
  attachment: (name: string, file: { id: string }): CommandOption => ({
    type: ApplicationCommandOptionType.Attachment,
    name,
    value: file.id,
  }),
  subcommand: (name: string, options: CommandOption[] = []): CommandOption => ({
    type: ApplicationCommandOptionType.Subcommand,
    name,
    options,
  }),
  subcommandGroup: (name: string, subcommands: CommandOption[]): CommandOption => ({
    type: ApplicationCommandOptionType.SubcommandGroup,
    name,
    options: subcommands,
  }),
};

function withFocus(commandOption: CommandOption, focused: boolean | undefined): CommandOption {
  return focused ? { ...commandOption, focused: true } : commandOption;
}

export type UserRef = APIUser | string;

/** Where an interaction happens: a guild (its text channel unless `channelId`), or a DM without `guildId`. */
export interface InteractionPlace {
  guildId?: string;
  channelId?: string;
  user: UserRef;
  /** Member permissions as a decimal bit string. Default "0"; Manage Server is "32", Administrator "8". */
  permissions?: string;
  locale?: string;
  /** Make the interaction this many ms old on arrival (its id's timestamp), as if it had waited in a queue. */
  createdAgoMs?: number;
}

export interface InteractionHandle {
  id: string;
  token: string;
}

export interface BuiltInteraction {
  record: InteractionRecord;
  payload: Record<string, unknown>;
}

function resolveUser(world: World, user: UserRef): APIUser {
  return typeof user === 'string' ? world.user(user) : user;
}

/** The fields every interaction has, for a guild member or a DM user. */
function baseInteraction(
  world: World,
  place: InteractionPlace,
  type: InteractionType,
  kind: InteractionKind,
): BuiltInteraction {
  const user = resolveUser(world, place.user);
  const createdAt = Date.now() - (place.createdAgoMs ?? 0);
  const id = place.createdAgoMs ? backdatedSnowflake(createdAt) : snowflake();
  const token = Buffer.from(`interaction:${id}:${randomToken(24)}`).toString('base64url');
  const locale = place.locale ?? Locale.EnglishUS;
  const common = {
    id,
    application_id: world.applicationId,
    type,
    token,
    version: 1,
    app_permissions: BOT_CHANNEL_PERMISSIONS,
    locale,
    // discord.js reads both unconditionally: without them the interaction is dropped inside its constructor.
    entitlements: [],
    attachment_size_limit: 10 * 1024 * 1024,
  };
  const record: InteractionRecord = { id, token, kind, type, createdAt, channelId: '', user };

  if (!place.guildId) {
    const channel = world.dmChannel(user);
    record.channelId = channel.id;
    const payload = {
      ...common,
      channel: { ...channel },
      channel_id: channel.id,
      user,
      context: InteractionContextType.BotDM,
      authorizing_integration_owners: { '0': '0' }, // "0" = the app's bot DM
    };
    return { record, payload };
  }

  const guild = world.requireGuild(place.guildId);
  const channelId = place.channelId ?? guild.channel.id;
  const channel = world.channel(channelId);
  if (!channel) throw new Error(`LoopbackDiscord: no channel ${channelId}`);
  record.channelId = channelId;
  record.guildId = guild.id;
  const member: APIGuildMember & { permissions: string } = {
    ...world.memberOf(guild, user),
    permissions: place.permissions ?? '0',
  };
  const payload = {
    ...common,
    guild_id: guild.id,
    guild: { id: guild.id, locale: Locale.EnglishUS, features: [] },
    guild_locale: Locale.EnglishUS,
    channel: { ...channel },
    channel_id: channelId,
    member,
    context: InteractionContextType.Guild,
    authorizing_integration_owners: { '0': guild.id },
  };
  return { record, payload };
}

function flatten(options: CommandOption[]): CommandOption[] {
  return options.flatMap((item) => [item, ...flatten(item.options ?? [])]);
}

/** `data.resolved` for the attachment and user options, merged with what the test passed. */
function resolvedFor(
  world: World,
  options: CommandOption[],
  guildId: string | undefined,
  extra?: APIInteractionDataResolved,
) {
  const resolved: APIInteractionDataResolved = { ...extra };
  for (const item of flatten(options)) {
    if (item.type === ApplicationCommandOptionType.Attachment) {
      const file = world.files.get(String(item.value));
      if (!file) continue;
      const { bytes: _bytes, ...attachment } = file;
      resolved.attachments = { ...resolved.attachments, [file.id]: attachment };
    }
    if (item.type === ApplicationCommandOptionType.User) {
      const user = world.userById(String(item.value));
      if (!user) continue;
      resolved.users = { ...resolved.users, [user.id]: user };
      if (guildId) {
        const { user: _user, ...member } = world.memberOf(world.requireGuild(guildId), user);
        resolved.members = { ...resolved.members, [user.id]: { ...member, permissions: '0' } };
      }
    }
  }
  return Object.keys(resolved).length > 0 ? resolved : undefined;
}

/** The registered command with this name (guild scope first), so `data.id` matches what the bot registered. */
function registeredCommand(world: World, name: string, guildId: string | undefined) {
  const fromGuild = guildId ? world.commands.get(guildId)?.get(name) : undefined;
  return fromGuild ?? world.commands.get('global')?.get(name);
}

export interface CommandInvocation extends InteractionPlace {
  name: string;
  options?: CommandOption[];
  resolved?: APIInteractionDataResolved;
}

function commandData(world: World, invocation: CommandInvocation) {
  const registered = registeredCommand(world, invocation.name, invocation.guildId);
  const options = invocation.options ?? [];
  const data: Record<string, unknown> = {
    id: registered?.id ?? snowflake(),
    name: invocation.name,
    type: ApplicationCommandType.ChatInput,
    options,
  };
  if (registered?.guild_id) data.guild_id = registered.guild_id;
  const resolved = resolvedFor(world, options, invocation.guildId, invocation.resolved);
  if (resolved) data.resolved = resolved;
  return data;
}

export function slashInteraction(world: World, invocation: CommandInvocation): BuiltInteraction {
  const built = baseInteraction(world, invocation, InteractionType.ApplicationCommand, 'command');
  built.record.commandName = invocation.name;
  built.payload.data = commandData(world, invocation);
  return built;
}

export function autocompleteInteraction(world: World, invocation: CommandInvocation): BuiltInteraction {
  if (!flatten(invocation.options ?? []).some((item) => item.focused)) {
    throw new Error('LoopbackDiscord.autocomplete: mark the option being typed with focused: true');
  }
  const built = baseInteraction(
    world,
    invocation,
    InteractionType.ApplicationCommandAutocomplete,
    'autocomplete',
  );
  built.record.commandName = invocation.name;
  built.payload.data = commandData(world, invocation);
  return built;
}

export interface ButtonClick extends Omit<InteractionPlace, 'guildId' | 'channelId'> {
  customId: string;
  /** The message carrying the button, e.g. the `response` of the bot's REST call. */
  message: APIMessage;
  guildId?: string;
}

export function buttonInteraction(world: World, click: ButtonClick): BuiltInteraction {
  const guildId = click.guildId ?? world.guildIdOfChannel(click.message.channel_id);
  const place: InteractionPlace = {
    ...click,
    guildId,
    channelId: guildId ? click.message.channel_id : undefined,
  };
  const built = baseInteraction(world, place, InteractionType.MessageComponent, 'component');
  if (!world.messages.has(click.message.id)) world.messages.set(click.message.id, click.message);
  built.record.componentMessageId = click.message.id;
  built.payload.message = world.messages.get(click.message.id);
  built.payload.data = { custom_id: click.customId, component_type: ComponentType.Button };
  return built;
}

export interface MessageCommandInvocation extends InteractionPlace {
  /** The command's name as registered, e.g. "Ask Citebot". */
  name: string;
  /** The message it was used on (shown in `data.resolved.messages`, id in `data.target_id`). */
  target: APIMessage;
}

/** A message context-menu command (type 2 with `data.type` 3) used on `target`. */
export function messageCommandInteraction(
  world: World,
  invocation: MessageCommandInvocation,
): BuiltInteraction {
  const guildId = invocation.guildId ?? world.guildIdOfChannel(invocation.target.channel_id);
  const place: InteractionPlace = {
    ...invocation,
    guildId,
    channelId: guildId ? (invocation.channelId ?? invocation.target.channel_id) : undefined,
  };
  const built = baseInteraction(world, place, InteractionType.ApplicationCommand, 'command');
  built.record.commandName = invocation.name;
  const registered = registeredCommand(world, invocation.name, guildId);
  const data: Record<string, unknown> = {
    id: registered?.id ?? snowflake(),
    name: invocation.name,
    type: ApplicationCommandType.Message,
    target_id: invocation.target.id,
    resolved: { messages: { [invocation.target.id]: invocation.target } },
  };
  if (registered?.guild_id) data.guild_id = registered.guild_id;
  built.payload.data = data;
  return built;
}
