/** /search, /passage, autocomplete, /help, and Discord's limits with a huge passage. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choicesFitDiscordLimits, fitsDiscordLimits } from '../../src/discord/render/limits.js';
import { option } from '../loopback/discord.js';
import { customIdsOf, EPHEMERAL, type Harness, type MessageBodySeen, startHarness } from './harness.js';

const HUGE_TITLE = `The ${'Very '.repeat(80)}Long Harbour Chronicle`;
// ~9,000 characters with no paragraph break, full of Markdown and mentions (the engine splits it into passages).
const HUGE_TEXT = `${'The harbour *lighthouse* keeper wrote @everyone a note about <@123456789012345678> and the tides. '.repeat(90)}`;

describe('search, passage, help', () => {
  let h: Harness;
  let guildId: string;
  beforeAll(async () => {
    h = await startHarness();
    guildId = h.guilds[0]!.id;
    await writeFile(
      join(h.corpusDir, 'huge.md'),
      `---\ntitle: ${HUGE_TITLE}\nurl: https://example.com/huge\n---\n\n${HUGE_TEXT}\n`,
    );
    await h.engine.reload();
  });
  afterAll(() => h.stop());

  type Options = Parameters<Harness['slashReply']>[0]['options'];
  const choicesOf = (name: string, options: Options) => h.choices({ guildId, user: 'alice', name, options });
  /** alice runs `/name options` in the guild: the body of the reply. */
  const run = (name: string, options?: Options) => h.slashReply({ guildId, user: 'alice', name, options });

  it('/search autocomplete: the typed text, then passages; <= 25 choices of <= 100 chars', async () => {
    const choices = await choicesOf('search', [option.string('query', 'isla', true)]);
    expect(choices[0]).toEqual({ name: 'Search for “isla”', value: 'isla' });
    expect(choices.length).toBeGreaterThan(5);
    expect(choicesFitDiscordLimits(choices)).toBe(true);
    expect(choices.slice(1).every((choice) => h.engine.getPassage(choice.value) !== undefined)).toBe(true);
    const empty = await choicesOf('search', [option.string('query', '', true)]);
    expect(choicesFitDiscordLimits(empty)).toBe(true);
  });

  it('/search with free text lists the best passages, each with title and short excerpt', async () => {
    const body = await run('search', [option.string('query', 'suicide bomber shrine')]);
    expect(body.embeds![0]!.title).toBe('Search: suicide bomber shrine');
    expect(body.embeds![0]!.fields![0]!.name).toMatch(
      /^\[1\] Islamic State Attack in Pakistan Kills More Than 50 — passage \d+ of 8$/,
    );
    expect(body.embeds![0]!.fields![0]!.value).toContain('[Open article](<https://themedialine.org/>)');
    expect(customIdsOf(body).every((id) => id.startsWith('passage:'))).toBe(true);
    expect(body.flags ?? 0).toBe(0);
    expect(fitsDiscordLimits(asBotMessage(body))).toBe(true);
  });

  it('/search with a picked passage id shows that passage first; hide makes it ephemeral', async () => {
    const body = await run('search', [
      option.string('query', '003_fade041aaa763602.txt#6'),
      option.boolean('hide', true),
    ]);
    expect(body.flags).toBe(EPHEMERAL);
    expect(customIdsOf(body)[0]).toBe('passage:003_fade041aaa763602.txt#6');
    expect(body.embeds![0]!.fields![0]!.name).toMatch(/passage 6 of 8$/);
  });

  it('/passage autocomplete offers passage ids', async () => {
    const choices = await choicesOf('passage', [option.string('id', 'shrine', true)]);
    expect(choices.length).toBeGreaterThan(0);
    expect(choicesFitDiscordLimits(choices)).toBe(true);
    expect(choices.every((choice) => /#\d+$/.test(choice.value))).toBe(true);
  });

  it('/passage shows the whole passage with title, link and position', async () => {
    const body = await run('passage', [option.string('id', '003_fade041aaa763602.txt#4')]);
    const embed = body.embeds![0]!;
    expect(embed.title).toBe('Islamic State Attack in Pakistan Kills More Than 50');
    expect(embed.url).toBe('https://themedialine.org/');
    expect(embed.fields).toEqual([
      { name: 'Position', value: 'passage 4 of 8', inline: true },
      { name: 'Link', value: '[Open article](<https://themedialine.org/>)', inline: true },
    ]);
  });

  it('/passage resolves a choice name typed in full (not picked), and hide makes it ephemeral', async () => {
    const [first] = await choicesOf('passage', [option.string('id', 'shrine', true)]);
    const body = await run('passage', [option.string('id', first!.name), option.boolean('hide', true)]);
    expect(body.flags).toBe(EPHEMERAL);
    expect(body.embeds![0]!.description).toBe(
      h.engine.getPassage(first!.value)!.text.replace(/[*_`~|]/g, '\\$&'),
    );
  });

  it('registered its commands with Discord (which accepted their definitions)', () => {
    const registered = h.discord.registeredCommands();
    expect(registered.map((command) => command.name).sort()).toEqual([
      'Ask Citebot',
      'ask',
      'corpus',
      'help',
      'insights',
      'passage',
      'search',
      'settings',
    ]);
    for (const name of ['corpus', 'insights', 'settings']) {
      expect(registered.find((command) => command.name === name)?.default_member_permissions).toBe('32');
    }
  });

  it('/passage with an unknown id is polite and suggests close ones', async () => {
    const body = await run('passage', [option.string('id', 'shrine bomber')]);
    expect(body.flags).toBe(EPHEMERAL);
    // Ids are shown Markdown-escaped (003\_fade… displays as 003_fade…).
    expect(body.content).toMatch(
      /^I couldn't find a passage with the id “shrine bomber”\.\nDid you mean:\n• 003\\_fade041aaa763602\.txt#\d+ — /,
    );
  });

  it('Discord limits hold for a huge passage and title: answer, passage and search', async () => {
    const question = 'What did the harbour lighthouse keeper write?';
    const answer = await run('ask', [option.string('question', question)]);
    const passage = await run('passage', [option.string('id', 'huge.md#1')]);
    const search = await run('search', [option.string('query', 'lighthouse keeper tides')]);
    for (const body of [answer, passage, search]) {
      expect(fitsDiscordLimits(asBotMessage(body))).toBe(true);
      expect(JSON.stringify(body)).not.toMatch(/@everyone|<@123456789012345678>/);
    }
    // The engine caps passages at 1,200 characters, so the passage itself fits whole (escaped, defanged)...
    expect(passage.embeds![0]!.description).toContain(
      'The harbour \\*lighthouse\\* keeper wrote @\u200beveryone',
    );
    expect(passage.embeds![0]!.footer!.text).not.toContain('shortened');
    // ...while the 450-character title is cut on a word boundary.
    expect(passage.embeds![0]!.title).toMatch(/^The Very Very .* Very…$/);
    expect(passage.embeds![0]!.title!.length).toBeLessThanOrEqual(256);
    expect(answer.embeds![0]!.description).toMatch(
      /\[1\] \[The Very Very .*…\]\(<https:\/\/example\.com\/huge>\) — passage \d+ of \d+$/,
    );
  });

  it('/help explains the commands and what the corpus holds', async () => {
    const body = await run('help');
    expect(body.flags).toBe(EPHEMERAL);
    expect(body.embeds![0]!.description).toContain('/ask question:');
    expect(body.embeds![0]!.fields![0]!.value).toContain('3 articles');
    expect(body.embeds![0]!.fields![0]!.value).toContain(
      'Islamic State Attack in Pakistan Kills More Than 50',
    );
  });
});

/** A REST body back in our payload shape, to reuse fitsDiscordLimits (allowed_mentions renamed). */
function asBotMessage(body: MessageBodySeen) {
  return { ...body, allowedMentions: body.allowed_mentions } as unknown as Parameters<
    typeof fitsDiscordLimits
  >[0];
}
