/**
 * Hostile input through the real bot: questions built to ping, break embeds or confuse the text (mentions,
 * Markdown, zero-width and RTL characters, 10,000 characters, emoji only), an uploaded article holding the
 * same, hostile uploads (zip, invalid UTF-8, HTML scripts, hostile YAML, path-like and reserved names, a
 * duplicate, an attachment on a host that does not exist), and members without Manage Server. At the end,
 * every message the bot sent is checked: allowed_mentions parse [] (users only for the mention option), no
 * live mention in content or embeds, and Discord computed no ping.
 */
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InteractionHandle, option, type RestCall } from '../loopback/discord.js';
import { corpusAdd, MANAGE_SERVER } from '../support/corpus-add.js';
import {
  type Body,
  type Bot,
  bodyOf,
  type Guild,
  isMessageCall,
  LIVE_MENTION,
  repliedTo,
  startBotUnderTest,
  textOf,
} from './harness.js';

const ROLE = '<@&123456789012345678>';
const USER = '<@223456789012345678>';

const HOSTILE_QUESTIONS = [
  '',
  'x'.repeat(10_000),
  '🔥🔥🔥❓',
  '\u200b\u200d\u2060\u202eWho is Sabahat Khan?\u202c',
  '\u202e?nahK tahabaS si ohW',
  '**bold** __under__ ~~strike~~ `code` ||spoiler|| # heading\n> quote\n- list [link](https://evil.example) ISKP?',
  '```js\n@everyone\n``` what did ISKP claim?',
  '@everyone @here who is Sabahat Khan?',
  `${ROLE} how many attacks did ISKP claim?`,
  `${USER} <@!323456789012345678> when did ISKP relocate?`,
  'https://evil.example/x?q=<@&1> <https://discord.gg/evil> quokka?',
  '\\@everyone \\<@&123456789012345678> ISKP \\',
  '@@everyone <<@&123456789012345678>> @every\u200cone',
  'quokka zebra @everyone?',
];

const HOSTILE_ARTICLE = `---
title: "@everyone ${ROLE} **Quokka** [click](https://evil.example) \`x\`"
url: "javascript:alert(1)"
author: "<@223456789012345678>"
---

# Ignored heading

The quokka zebra census counted forty-two quokkas @everyone ${ROLE} ${USER} near the ridge.

Zebra herds are **bold** __under__ ~~strike~~ ||spoiler|| [masked](https://evil.example) and \`code\` with \u202eRTL\u202c and zero\u200bwidth.

\`\`\`
@here inside a code block, the zebra count was seven.
\`\`\`

> A quoted zebra line with <@!323456789012345678> and @here at the end.
`;

describe('hostile input through the bot', () => {
  let b: Bot;
  let a: Guild;
  let other: Guild;
  /** Interactions sent with the /ask mention option, and whom they may ping. */
  const mentionOption = new Map<string, string>();

  beforeAll(async () => {
    b = await startBotUnderTest({ guilds: 2, env: () => ({ MAX_FILE_BYTES: '65536' }) });
    [a, other] = b.guilds as [Guild, Guild];
  });
  afterAll(() => b.stop());

  const slash = (
    name: string,
    options: Parameters<typeof option.subcommand>[1],
    guild = a,
    user = 'mallory',
  ) => b.discord.slash({ guildId: guild.id, user, name, options });
  const replyTo = async (handle: InteractionHandle): Promise<Body> => {
    const callback = await b.discord.waitForInteractionReply(handle, 10_000);
    const body = callback.body as { type: number; data?: Body };
    if (body.type !== 5) return body.data ?? {};
    return bodyOf(await b.discord.waitForWebhookEdit(handle, '@original', 10_000)) ?? {};
  };
  const upload = (name: string, bytes: Uint8Array | string) => corpusAdd(b.discord, a.id, { name, bytes });

  it('hostile questions by mention and by /ask each get one polite reply', async () => {
    for (const question of HOSTILE_QUESTIONS) {
      const message = b.discord.sendMessage({
        guildId: a.id,
        author: 'mallory',
        content: question,
        mentionBot: true,
      });
      const call = await b.discord.waitForCall((c) => repliedTo(c) === message.id, 10_000);
      expect(textOf(bodyOf(call)!).length).toBeGreaterThan(0);
      if (question.trim()) {
        const body = await replyTo(slash('ask', [option.string('question', question)]));
        expect(textOf(body).length).toBeGreaterThan(0);
      }
    }
    const victim = b.discord.user('victim');
    const pinged = victim.id;
    const handle = slash('ask', [
      option.string('question', '@everyone who is Sabahat Khan?'),
      option.user('mention', victim),
    ]);
    mentionOption.set(handle.id, pinged);
    const body = await replyTo(handle);
    expect(body.content?.startsWith(`<@${pinged}>`)).toBe(true);
    expect(body.allowed_mentions).toEqual({ parse: [], users: [pinged] });
  }, 60_000);

  it('an article holding mentions, Markdown and control characters: uploaded, asked, searched, shown', async () => {
    expect(await replyTo(upload('hostile.md', HOSTILE_ARTICLE))).toBeDefined();
    const [article] = b.engine.listArticles({ guildId: a.id, ownOnly: true });
    expect(article?.file).toBe(`guilds/${a.id}/hostile.md`);
    expect(article?.url).toBeUndefined(); // javascript: is not a url
    const answer = await replyTo(
      slash('ask', [option.string('question', 'How many quokkas did the zebra census count?')]),
    );
    expect(textOf(answer)).toContain('forty');
    const message = b.discord.sendMessage({
      guildId: a.id,
      author: 'mallory',
      content: 'zebra herds bold strike?',
      mentionBot: true,
    });
    await b.discord.waitForCall((c) => repliedTo(c) === message.id, 10_000);
    await replyTo(slash('search', [option.string('query', 'zebra')]));
    for (const passage of article!.passages)
      await replyTo(slash('passage', [option.string('id', passage.id)]));
    const choices = await b.discord.waitForInteractionReply(
      b.discord.autocomplete({
        guildId: a.id,
        user: 'mallory',
        name: 'search',
        options: [option.string('query', 'zebr', true)],
      }),
    );
    expect(JSON.stringify(choices.body)).toContain('hostile.md');
    // Another server never sees it: not by /passage, /search, autocomplete or /ask.
    const elsewhere = await replyTo(slash('passage', [option.string('id', article!.passages[0]!.id)], other));
    expect(textOf(elsewhere)).not.toMatch(/quokkas/);
    expect(
      textOf(await replyTo(slash('search', [option.string('query', 'zebra quokka census')], other))),
    ).not.toMatch(/hostile/);
    const otherChoices = await b.discord.waitForInteractionReply(
      b.discord.autocomplete({
        guildId: other.id,
        user: 'x',
        name: 'passage',
        options: [option.string('id', 'zebra', true)],
      }),
    );
    expect(JSON.stringify(otherChoices.body)).not.toContain('hostile');
  }, 30_000);

  it('hostile uploads are refused politely, and nothing is written outside the corpus or fetched elsewhere', async () => {
    const before = b.discord.downloads.length;
    const refusals: [string, Uint8Array | string, RegExp][] = [
      [
        'bomb.zip',
        Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000', 'latin1'),
        /zip|type|support/i,
      ],
      [
        'bomb.txt',
        Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000', 'latin1'),
        /binary|NUL|ZIP/i,
      ],
      [
        'latin1.txt',
        Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xc3, 0x28, 0xa0, 0xa1, 0x0a]),
        /UTF-8|encoding|decode/i,
      ],
      ['../../etc/passwd', 'root:x:0:0:root:/root:/bin/bash\n', /folder|\.\.|name/i],
      ['..\\..\\evil.txt', 'evil\n', /folder|\.\.|name/i],
      ['CON.txt', 'The quokka is a small wallaby.\n', /reserved/i],
      [`${'a'.repeat(300)}.txt`, 'The quokka is a small wallaby.\n', /too long/i],
      ['@everyone <@&123456789012345678>.md', '# Hi\n\nThe quokka is a small wallaby.\n', /letters|name/i],
      ['hostile.md', HOSTILE_ARTICLE, /already/i], // the duplicate
    ];
    for (const [name, bytes, reason] of refusals) {
      const text = textOf(await replyTo(upload(name, bytes)));
      expect(text, name).toMatch(/^I couldn't add that file\./);
      expect(text, name).toMatch(reason);
    }
    // Hostile YAML front matter: aliases (billion laughs) with __proto__, and a code-running tag. Both refused.
    const yaml = `---\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n__proto__: { polluted: true }\n---\n\n# Yaml Bomb\n\nThe wombat burrow was eleven metres long.\n`;
    const yamlReply = textOf(await replyTo(upload('yaml-bomb.md', yaml)));
    expect(yamlReply).toMatch(/^I couldn't add that file\. .*YAML.*alias/);
    const tagged =
      '---\ntitle: !!js/function "function () { return 1 }"\n---\n\n# Tag\n\nThe wombat slept.\n';
    expect(textOf(await replyTo(upload('yaml-tag.md', tagged)))).toMatch(
      /^I couldn't add that file\. .*YAML/,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // HTML with scripts: the script text is never indexed.
    const html = `<html><head><title>Wombat Page</title><script>var secretToken = "xyzzyscript"; alert("@everyone")</script><style>.zorkstyle{}</style></head><body><h1>Wombats</h1><p>The wombat colony dug forty burrows.</p><script>document.write("plughscript")</script></body></html>`;
    expect(textOf(await replyTo(upload('wombats.html', html)))).not.toMatch(/couldn't/);
    for (const word of ['xyzzyscript', 'plughscript', 'zorkstyle', 'secretToken']) {
      expect(b.engine.search(word, { guildId: a.id }), word).toEqual([]);
    }
    const htmlArticle = b.engine
      .listArticles({ guildId: a.id, ownOnly: true })
      .find((x) => x.file.endsWith('wombats.html'));
    expect(htmlArticle?.passages.map((p) => p.text).join(' ')).not.toMatch(
      /xyzzy|plugh|alert|document\.write/,
    );
    // Attachments on hosts that are not Discord's: never fetched.
    for (const url of ['http://example.invalid/x.md', 'http://127.0.0.2:9/x.md', 'file:///etc/passwd']) {
      const evil = {
        id: '888888888888888881',
        filename: 'x.md',
        size: 10,
        url,
        proxy_url: url,
        content_type: 'text/markdown',
      };
      expect(textOf(await replyTo(corpusAdd(b.discord, a.id, evil))), url).toBe(
        'I can only read files uploaded to Discord itself.',
      );
    }
    // Downloads: only the files served here (the refused-by-host ones never), nothing written outside.
    expect(b.discord.downloads.length - before).toBe(refusals.length + 3);
    expect(
      (await readdir(dirname(b.corpusDir))).filter((name) => name === 'etc' || name === 'evil.txt'),
    ).toEqual([]);
    const own = (await readdir(join(b.corpusDir, 'guilds', a.id))).sort();
    expect(own).toEqual(['hostile.md', 'wombats.html']);
  }, 30_000);

  it('members without Manage Server cannot add, remove, reload or see file names, even if the command arrives', async () => {
    const asMember = (sub: ReturnType<typeof option.subcommand>) =>
      b.discord.slash({ guildId: a.id, user: 'member', permissions: '0', name: 'corpus', options: [sub] });
    for (const sub of [
      option.subcommand('remove', [option.string('name', 'hostile.md')]),
      option.subcommand('reload'),
      option.subcommand('list'),
    ]) {
      expect(textOf(await replyTo(asMember(sub)))).toMatch(/^Only members with the Manage Server permission/);
    }
    expect(b.engine.listArticles({ guildId: a.id, ownOnly: true }).map((x) => x.file)).toContain(
      `guilds/${a.id}/hostile.md`,
    );
    const choices = await b.discord.waitForInteractionReply(
      b.discord.autocomplete({
        guildId: a.id,
        user: 'member',
        permissions: '0',
        name: 'corpus',
        options: [option.subcommand('remove', [option.string('name', 'hos', true)])],
      }),
    );
    expect(choices.body).toEqual({ type: 8, data: { choices: [] } });
    // An admin of another server cannot remove this server's file.
    const cross = b.discord.slash({
      guildId: other.id,
      user: 'admin',
      permissions: MANAGE_SERVER,
      name: 'corpus',
      options: [option.subcommand('remove', [option.string('name', 'hostile.md')])],
    });
    expect(textOf(await replyTo(cross))).toMatch(/no article file called/);
    expect(b.engine.listArticles({ guildId: a.id, ownOnly: true }).map((x) => x.file)).toContain(
      `guilds/${a.id}/hostile.md`,
    );
  });

  it('every message the bot sent: parse [], no live mention, and Discord pinged nobody', () => {
    const sent = b.discord.calls.filter((call) => isMessageCall(call) && !call.faulted);
    let checked = 0;
    for (const call of sent) {
      const body = bodyOf(call);
      if (!body || (body.content === undefined && body.embeds === undefined)) continue; // defers, choices
      checked++;
      const allowed = mentionOption.get(call.path.split('/')[2] ?? '');
      expect(body.allowed_mentions, label(call)).toEqual(
        allowed ? { parse: [], users: [allowed] } : { parse: [] },
      );
      const live = textOf(body).match(LIVE_MENTION) ?? [];
      expect(live, label(call)).toEqual(allowed ? [`<@${allowed}>`] : []);
      const created = call.response as
        { mention_everyone?: boolean; mentions?: { id: string }[]; mention_roles?: string[] } | undefined;
      const message = (created as { resource?: { message?: typeof created } })?.resource?.message ?? created;
      if (message?.mentions) {
        expect(message.mention_everyone ?? false).toBe(false);
        expect(message.mention_roles ?? []).toEqual([]);
        expect(message.mentions.map((user) => user.id)).toEqual(allowed ? [allowed] : []);
      }
    }
    expect(checked).toBeGreaterThan(40);
  });
});

function label(call: RestCall): string {
  return `${call.method} ${call.path} ${JSON.stringify(call.body).slice(0, 300)}`;
}
