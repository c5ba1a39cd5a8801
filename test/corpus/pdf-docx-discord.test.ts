/**
 * PDF and Word files end to end through the loopback Discord: `/corpus add` of a PDF, then `/ask` cites the
 * page; a scanned PDF and a zip-bomb .docx are refused with their reasons and nothing is added.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { option } from '../loopback/discord.js';
import { corpusAdd } from '../support/corpus-add.js';
import { type Harness, startHarness, textOf } from '../discord-e2e/harness.js';
import { makeDocx, makePdf } from './make-files.js';

const PAGE_ONE = [
  'The ferry to Kelp Island leaves the north pier at seven every morning.',
  'Tickets are sold on board and cost four pounds for adults.',
];
const PAGE_TWO = [
  'Bicycles travel free on the ferry but must be wheeled aboard after foot passengers.',
  'Dogs on leads are welcome on the open deck.',
];

describe('/corpus add of PDF and Word files', () => {
  let h: Harness;
  let guildId: string;
  beforeAll(async () => {
    h = await startHarness();
    guildId = h.guilds[0]!.id;
  });
  afterAll(() => h.stop());

  const add = (name: string, bytes: Uint8Array) => h.deferredReply(corpusAdd(h.discord, guildId, { name, bytes }));
  const own = () => h.engine.listArticles({ guildId, ownOnly: true }).map((article) => article.file);

  it('adds a PDF, and an answer from it cites its page', async () => {
    const added = textOf(await add('ferry.pdf', makePdf([PAGE_ONE, PAGE_TWO], { title: 'Ferry guide' })));
    expect(added).toMatch(/^Added \*\*Ferry guide/);
    const body = await h.slashReply({
      guildId,
      user: 'alice',
      name: 'ask',
      options: [option.string('question', 'Can I take my bicycle on the ferry?')],
    });
    const embed = body.embeds![0]!;
    expect(embed.description!.replace(/\*\*/g, '')).toMatch(/^> Bicycles travel free/);
    expect(embed.description).toMatch(/\[1\] .*Ferry guide.* — page 2, passage 2 of 2$/);
  });

  it('refuses a scanned PDF and a zip-bomb .docx with their reasons, adding nothing', async () => {
    const scanned = textOf(await add('scan.pdf', makePdf([[], []])));
    expect(scanned).toMatch(/^I couldn't add that file\. Scanned PDF: no text to quote/);
    const bomb = makeDocx(['x'], [{ name: 'word/media/a.bin', data: new Uint8Array(8), declaredSize: 0xfffffff0 }]);
    expect(textOf(await add('bomb.docx', bomb))).toMatch(/^I couldn't add that file\. The Word file is a zip bomb/);
    expect(own()).toEqual([`guilds/${guildId}/ferry.pdf`]);
  });
});
