import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ApplicationCommandOptionType,
  GatewayIntentBits,
  InteractionContextType,
  PermissionFlagsBits,
} from 'discord.js';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { botIntents, createClient } from '../../src/discord/bot.js';
import { commands } from '../../src/discord/commands/index.js';
import { registerCommands } from '../../src/discord/register-commands.js';

const json = (name: string) => commands.find((command) => command.data.name === name)!.data.toJSON();

describe('slash command definitions', () => {
  it('are ask, search, passage, corpus, insights, settings and help', () => {
    expect(commands.map((command) => command.data.name)).toEqual([
      'ask',
      'search',
      'passage',
      'corpus',
      'insights',
      'settings',
      'help',
    ]);
  });

  it('/ask has question, hide and mention', () => {
    expect(
      json('ask').options?.map((option) => [option.name, option.type, option.required ?? false]),
    ).toEqual([
      ['question', ApplicationCommandOptionType.String, true],
      ['hide', ApplicationCommandOptionType.Boolean, false],
      ['mention', ApplicationCommandOptionType.User, false],
    ]);
  });

  it('/search and /passage autocomplete', () => {
    expect(json('search').options?.[0]).toMatchObject({ name: 'query', autocomplete: true });
    expect(json('passage').options?.[0]).toMatchObject({ name: 'id', autocomplete: true });
  });

  it('/corpus is for server managers, in servers only', () => {
    const corpus = json('corpus');
    expect(corpus.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
    expect(corpus.contexts).toEqual([InteractionContextType.Guild]);
    expect(corpus.options?.map((option) => option.name)).toEqual([
      'add',
      'list',
      'remove',
      'reload',
      'alias',
    ]);
    const alias = corpus.options?.find((option) => option.name === 'alias') as
      { options?: { name: string; options?: { name: string; required?: boolean }[] }[] } | undefined;
    expect(alias?.options?.map((sub) => [sub.name, sub.options?.map((o) => o.name) ?? []])).toEqual([
      ['add', ['name', 'means']],
      ['list', []],
      ['remove', ['name']],
    ]);
  });
});

describe('client setup', () => {
  it('asks for Message Content only when there are answer channels', () => {
    const base = [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
    ];
    expect(botIntents({ ANSWER_CHANNELS: [] })).toEqual(base);
    expect(botIntents({ ANSWER_CHANNELS: ['123456789012345678'] })).toEqual([
      ...base,
      GatewayIntentBits.MessageContent,
    ]);
  });

  it('pings nobody by default and talks to the configured API', async () => {
    const client = createClient(loadConfig({ DISCORD_API_BASE_URL: 'http://127.0.0.1:9/api' }));
    expect(client.options.allowedMentions).toEqual({ parse: [] });
    expect(client.options.rest?.api).toBe('http://127.0.0.1:9/api');
    await client.destroy();
  });
});

describe('registerCommands', () => {
  it('PUTs every command globally, or to DEV_GUILD_ID, at the configured API', async () => {
    const seen: { method?: string; url?: string; body: unknown; auth?: string }[] = [];
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => {
        seen.push({
          method: request.method,
          url: request.url,
          body: JSON.parse(body),
          auth: request.headers.authorization,
        });
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
    try {
      const env = {
        DISCORD_TOKEN: 'token-abc',
        DISCORD_APPLICATION_ID: '111111111111111111',
        DISCORD_API_BASE_URL: api,
      };
      const global = await registerCommands(loadConfig(env));
      expect(global).toEqual({
        scope: 'global',
        commands: ['ask', 'search', 'passage', 'corpus', 'insights', 'settings', 'help', 'Ask Citebot'],
      });
      const guild = await registerCommands(loadConfig({ ...env, DEV_GUILD_ID: '222222222222222222' }));
      expect(guild).toMatchObject({ scope: 'guild', guildId: '222222222222222222' });
      expect(seen.map((request) => `${request.method} ${request.url}`)).toEqual([
        'PUT /api/v10/applications/111111111111111111/commands',
        'PUT /api/v10/applications/111111111111111111/guilds/222222222222222222/commands',
      ]);
      expect(seen[0]!.auth).toBe('Bot token-abc');
      expect(seen[0]!.body as unknown[]).toHaveLength(global.commands.length);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('needs a token and an application id', async () => {
    await expect(registerCommands(loadConfig({}))).rejects.toThrow(
      'DISCORD_TOKEN and DISCORD_APPLICATION_ID',
    );
  });
});
