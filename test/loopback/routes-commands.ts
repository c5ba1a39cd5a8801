/**
 * Application command registration, global and per guild. Commands keep their id across re-registration
 * (as on Discord), and the checks Discord applies at registration are applied here too.
 */
import type { APIApplicationCommand } from 'discord.js';
import { snowflake } from './ids.js';
import { type FieldProblem, invalidFormBody } from './limits.js';
import { discordError, errorReply, json, noContent, type Route, type RouteContext } from './router.js';
import type { World } from './world.js';

interface CommandOptionInput {
  type?: number;
  name?: unknown;
  description?: unknown;
  required?: boolean;
  options?: CommandOptionInput[];
  choices?: unknown[];
}

interface CommandInput extends CommandOptionInput {
  type?: number;
  default_member_permissions?: string | null;
  [key: string]: unknown;
}

const CHAT_INPUT = 1;
const SUBCOMMAND_TYPES = new Set([1, 2]);
const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

function optionProblems(options: CommandOptionInput[], path: (string | number)[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (options.length > 25)
    problems.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
  let sawOptional = false;
  options.forEach((option, index) => {
    const here = [...path, index];
    problems.push(...nameAndDescriptionProblems(option, here));
    if (!SUBCOMMAND_TYPES.has(option.type ?? 0)) {
      if (option.required && sawOptional) {
        problems.push({
          path: here,
          code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
          message: 'Required options must be placed before non-required options',
        });
      }
      if (!option.required) sawOptional = true;
    }
    if ((option.choices?.length ?? 0) > 25) {
      problems.push({
        path: [...here, 'choices'],
        code: 'BASE_TYPE_MAX_LENGTH',
        message: 'Must be 25 or fewer in length.',
      });
    }
    if (option.options) problems.push(...optionProblems(option.options, [...here, 'options']));
  });
  return problems;
}

function nameAndDescriptionProblems(item: CommandOptionInput, path: (string | number)[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const name = typeof item.name === 'string' ? item.name : '';
  if (!NAME.test(name) || name !== name.toLowerCase()) {
    problems.push({
      path: [...path, 'name'],
      code: 'APPLICATION_COMMAND_INVALID_NAME',
      message: 'Command name is invalid',
    });
  }
  const description = typeof item.description === 'string' ? item.description : '';
  if (description.length < 1 || description.length > 100) {
    problems.push({
      path: [...path, 'description'],
      code: 'BASE_TYPE_BAD_LENGTH',
      message: 'Must be between 1 and 100 in length.',
    });
  }
  return problems;
}

function commandProblems(commands: CommandInput[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  commands.forEach((command, index) => {
    if ((command.type ?? CHAT_INPUT) === CHAT_INPUT) {
      problems.push(...nameAndDescriptionProblems(command, [index]));
      problems.push(...optionProblems(command.options ?? [], [index, 'options']));
    }
    const key = `${command.type ?? CHAT_INPUT}:${String(command.name)}`;
    if (seen.has(key)) {
      problems.push({
        path: [index, 'name'],
        code: 'APPLICATION_COMMANDS_DUPLICATE_NAME',
        message: 'Application command names must be unique',
      });
    }
    seen.add(key);
  });
  return problems;
}

function scopeOf(context: RouteContext): string {
  return context.params.guildId ?? 'global';
}

function scopeCommands(world: World, scope: string): Map<string, APIApplicationCommand> {
  let commands = world.commands.get(scope);
  if (!commands) {
    commands = new Map();
    world.commands.set(scope, commands);
  }
  return commands;
}

/** The stored form Discord echoes back: ids, version, defaults filled in. */
function storedCommand(
  world: World,
  scope: string,
  input: CommandInput,
  previous?: APIApplicationCommand,
): APIApplicationCommand {
  const command = {
    ...input,
    id: previous?.id ?? snowflake(),
    application_id: world.applicationId,
    version: snowflake(),
    type: input.type ?? CHAT_INPUT,
    name: String(input.name),
    description: typeof input.description === 'string' ? input.description : '',
    options: input.options ?? [],
    default_member_permissions: input.default_member_permissions ?? null,
    nsfw: input.nsfw ?? false,
    contexts: input.contexts ?? null,
    integration_types: input.integration_types ?? [0],
    ...(scope === 'global' ? {} : { guild_id: scope }),
  };
  return command as unknown as APIApplicationCommand;
}

function checkScope(context: RouteContext) {
  if (context.params.applicationId !== context.world.applicationId)
    return discordError(403, 50001, 'Missing Access');
  if (context.params.guildId && !context.world.guilds.has(context.params.guildId)) {
    return discordError(403, 50001, 'Missing Access');
  }
  return undefined;
}

function commandRoutes(base: string): Route[] {
  return [
    {
      method: 'GET',
      pattern: base,
      auth: true,
      handle: (context) =>
        checkScope(context) ?? json([...scopeCommands(context.world, scopeOf(context)).values()]),
    },
    {
      method: 'PUT',
      pattern: base,
      auth: true,
      handle: (context) => {
        const denied = checkScope(context);
        if (denied) return denied;
        const inputs = Array.isArray(context.call.body) ? (context.call.body as CommandInput[]) : [];
        if (inputs.length > 100)
          return errorReply(
            invalidFormBody([
              { path: [], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 100 or fewer in length.' },
            ]),
          );
        const problems = commandProblems(inputs);
        if (problems.length > 0) return errorReply(invalidFormBody(problems));
        const scope = scopeOf(context);
        const previous = scopeCommands(context.world, scope);
        const next = new Map<string, APIApplicationCommand>();
        for (const input of inputs) {
          next.set(
            String(input.name),
            storedCommand(context.world, scope, input, previous.get(String(input.name))),
          );
        }
        context.world.commands.set(scope, next);
        return json([...next.values()]);
      },
    },
    {
      method: 'POST',
      pattern: base,
      auth: true,
      handle: (context) => {
        const denied = checkScope(context);
        if (denied) return denied;
        const input = (context.call.body ?? {}) as CommandInput;
        const problems = commandProblems([input]).map((problem) => ({
          ...problem,
          path: problem.path.slice(1),
        }));
        if (problems.length > 0) return errorReply(invalidFormBody(problems));
        const scope = scopeOf(context);
        const commands = scopeCommands(context.world, scope);
        const previous = commands.get(String(input.name));
        const command = storedCommand(context.world, scope, input, previous);
        commands.set(command.name, command);
        return json(command, previous ? 200 : 201);
      },
    },
    {
      method: 'DELETE',
      pattern: `${base}/:commandId`,
      auth: true,
      handle: (context) => {
        const denied = checkScope(context);
        if (denied) return denied;
        const commands = scopeCommands(context.world, scopeOf(context));
        const command = [...commands.values()].find((candidate) => candidate.id === context.params.commandId);
        if (!command) return discordError(404, 10063, 'Unknown application command');
        commands.delete(command.name);
        return noContent();
      },
    },
  ];
}

export const applicationCommandRoutes: Route[] = [
  ...commandRoutes('/applications/:applicationId/commands'),
  ...commandRoutes('/applications/:applicationId/guilds/:guildId/commands'),
];
