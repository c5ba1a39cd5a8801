/**
 * /corpus add under a server's own limits: replacing a file, per-server quotas (files and bytes), and one upload
 * at a time per server, through the loopback Discord.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.js';
import type { EngineApi } from '../../src/engine-api.js';
import { option } from '../loopback/discord.js';
import { corpusAdd } from '../support/corpus-add.js';
import { EPHEMERAL, type Harness, messageBody, startHarness, textOf } from './harness.js';

describe('/corpus add: replace, quotas, one upload at a time', () => {
  let h: Harness;
  let guildA: { id: string; channelId: string };
  let guildB: { id: string; channelId: string };
  let guildC: { id: string; channelId: string };
  let guildD: { id: string; channelId: string };
  /** While set, uploads to guild D wait for it before reaching the engine (a slow upload). */
  let holdD: Promise<void> | undefined;

  /** The engine as the bot sees it: guild D's addFile waits for `holdD`. */
  function holding(engine: Engine): EngineApi {
    return new Proxy(engine, {
      get(target, property) {
        if (property === 'addFile') {
          return async (...args: Parameters<Engine['addFile']>) => {
            if (args[2]?.guildId === guildD.id) await holdD;
            return target.addFile(...args);
          };
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  }

  beforeAll(async () => {
    h = await startHarness({
      guilds: 4,
      env: { MAX_FILES_PER_SERVER: '3', MAX_BYTES_PER_SERVER: '4096' },
      wrapEngine: holding,
    });
    [guildA, guildB, guildC, guildD] = h.guilds as [
      typeof guildA,
      typeof guildA,
      typeof guildA,
      typeof guildA,
    ];
  });
  afterAll(async () => {
    await h.stop();
  });

  const upload = (
    guildId: string,
    name: string,
    text: string,
    extra: ReturnType<typeof option.string>[] = [],
  ) => corpusAdd(h.discord, guildId, { name, bytes: text }, { extra });

  /** Deferred ephemerally, then the reply edited in: the text of that edit. */
  const deferredReply = async (handle: ReturnType<typeof upload>) => textOf(await h.deferredReply(handle));

  const ownFiles = (guildId: string) =>
    h.engine.listArticles({ guildId, ownOnly: true }).map((article) => article.file);

  it('replace: a second upload of a name is refused unless replace is set, then swaps the article', async () => {
    const first = 'Pelicans nest on the sandbar south of the lighthouse every spring.';
    expect(await deferredReply(upload(guildA.id, 'birds.txt', first))).toMatch(/^Added \*\*Pelicans/);
    const again = await deferredReply(upload(guildA.id, 'birds.txt', first.replace('Pelicans', 'Herons')));
    expect(again).toMatch(/^I couldn't add that file\. A file named "birds\.txt" is already in the corpus\./);
    const replaced = await deferredReply(
      upload(guildA.id, 'birds.txt', first.replace('Pelicans', 'Herons'), [option.boolean('replace', true)]),
    );
    expect(replaced).toMatch(/^Added \*\*Herons/);
    expect(ownFiles(guildA.id)).toEqual([`guilds/${guildA.id}/birds.txt`]);
    expect(h.engine.getPassage(`guilds/${guildA.id}/birds.txt#1`, { guildId: guildA.id })?.text).toMatch(
      /^Herons/,
    );
    expect(ownFiles(guildB.id)).toEqual([]);
  });

  it('quotas: a fourth file, or one taking the server past its bytes, is refused politely naming the limit', async () => {
    const note = (n: number) => `Field note ${n}: the otters were seen at the weir again at dawn.`;
    for (const n of [1, 2, 3]) {
      expect(await deferredReply(upload(guildC.id, `note-${n}.txt`, note(n)))).toMatch(/^Added /);
    }
    expect(await deferredReply(upload(guildC.id, 'note-4.txt', note(4)))).toBe(
      "I couldn't add that file. This server already has 3 article files, and its limit is 3: remove one first, or replace one.",
    );
    expect(ownFiles(guildC.id)).toHaveLength(3);

    const long = (words: string) => `${words} `.repeat(300);
    expect(await deferredReply(upload(guildB.id, 'big.txt', long('Badgers dig.')))).toMatch(/^Added /);
    expect(await deferredReply(upload(guildB.id, 'bigger.txt', long('Voles run.')))).toBe(
      "I couldn't add that file. This server's files may take 4 KB in all; they take 4 KB now, and this file of 3 KB would make 7 KB: remove a file first.",
    );
    expect(ownFiles(guildB.id)).toEqual([`guilds/${guildB.id}/big.txt`]);
    // The global corpus, and the other servers, are not affected.
    expect(h.engine.listArticles().length).toBeGreaterThan(0);
    expect(await deferredReply(upload(guildA.id, 'otters.txt', note(5)))).toMatch(/^Added /);
  });

  it('one upload at a time per server: a second is refused politely while the first is worked on; others go on', async () => {
    let release!: () => void;
    holdD = new Promise((resolve) => (release = resolve));
    const first = upload(guildD.id, 'first.txt', 'Kingfishers hunt along the mill stream at first light.');
    expect((await h.discord.waitForInteractionReply(first)).body).toMatchObject({ type: 5 });

    const second = upload(guildD.id, 'second.txt', 'Dippers walk under the water of the beck.');
    const refused = await h.discord.waitForInteractionReply(second);
    expect(refused.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect(messageBody(refused).content).toBe(
      'Another file is being added to this server right now. Please try again when it is done.',
    );
    // Another server's upload, and a question in this one, are not held up.
    expect(await deferredReply(upload(guildA.id, 'herons.txt', 'Herons wait at the weir for eels.'))).toMatch(
      /^Added /,
    );
    const answer = await h.slashReply({
      guildId: guildD.id,
      user: 'reader',
      name: 'ask',
      options: [option.string('question', 'How many attacks did ISKP claim?')],
    });
    expect(textOf(answer)).toMatch(/ISKP|attacks/);

    release();
    holdD = undefined;
    expect(textOf(messageBody(await h.discord.waitForWebhookEdit(first)))).toMatch(/^Added \*\*Kingfishers/);
    // Done: the next upload in this server is taken.
    expect(await deferredReply(upload(guildD.id, 'second.txt', 'Dippers walk under the water.'))).toMatch(
      /^Added /,
    );
    expect(ownFiles(guildD.id)).toEqual([`guilds/${guildD.id}/first.txt`, `guilds/${guildD.id}/second.txt`]);
  });
});
