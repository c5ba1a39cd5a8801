/**
 * Every chat-style set on articles no rule was written for (test/answer/other-corpus and the *-six folders), and
 * optionally blind sets kept outside the repository, asked of the real Engine over a temp copy of their articles
 * and scored as the tests score them (test/answer/chat-score.ts): one line of totals a set, in about 20 s. With
 * --tsv, one line a question (set, index, right, status, miss, question, excerpt) to diff two versions of the code
 * question by question. A benchmark, not a test: nothing fails. Usage:
 *   npx tsx bench/dev-sets.ts [--only seed,other,sixth,...] [--tsv FILE] [--blind DIR --blind-set FILE ...]
 * --only       the sets to ask (default: other and every *-six set; "seed" adds the 17,274 of the chat set)
 * --tsv        also write every question's outcome to FILE (blind sets never: they are read only as totals)
 * --blind      a folder of articles for blind sets (docs/blind-sets.md), each --blind-set a JSON file of questions
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CHAT_SET, type ChatQuestion, type ChatStyle } from '../test/answer/chat-set.js';
import { scoreChatSet } from '../test/answer/chat-score.js';
import { OTHER_SET } from '../test/answer/other-corpus-set.js';
import { ANSWER_TESTS, CORPUS, engineOver, sixSets } from './dev-set-files.js';

/** The helpers' own style names, as the scorer knows them (docs/blind-sets.md). */
const STYLES: Record<string, ChatStyle> = { phone: 'slang', lowercase: 'verbatim-ish' };

interface NamedSet {
  name: string;
  dir: string;
  questions: readonly ChatQuestion[];
  blind?: boolean;
}

/** A blind set written by a helper: answerable questions with the helper's style, and traps. */
async function blindSet(file: string, dir: string): Promise<NamedSet> {
  const raw = JSON.parse(await readFile(file, 'utf8')) as Array<Record<string, unknown>>;
  const questions = raw.map((question) =>
    question.trap
      ? (question as unknown as ChatQuestion)
      : ({ ...question, style: STYLES[String(question.style)] ?? 'paraphrase' } as unknown as ChatQuestion),
  );
  return { name: path.basename(file, '.json'), dir, questions, blind: true };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      tsv: { type: 'string' },
      blind: { type: 'string' },
      'blind-set': { type: 'string', multiple: true },
    },
  });
  const all: NamedSet[] = [
    { name: 'seed', dir: CORPUS, questions: CHAT_SET },
    { name: 'other', dir: path.join(ANSWER_TESTS, 'other-corpus'), questions: OTHER_SET },
    ...(await sixSets()),
  ];
  const only = values.only?.split(',');
  const sets = all.filter((set) => (only ? only.includes(set.name) : set.name !== 'seed'));
  for (const file of values['blind-set'] ?? []) sets.push(await blindSet(file, values.blind ?? '.'));

  const rows: string[] = [];
  for (const set of sets) {
    const score = scoreChatSet(await engineOver(set.dir), set.questions);
    const { overall, answerable, traps } = score;
    console.log(
      `${set.name.padEnd(11)} ${overall.right}/${overall.total} answerable ${answerable.right}/${answerable.total} traps ${traps.right}/${traps.total}`,
    );
    if (set.blind) continue;
    score.results.forEach((result, i) => {
      const excerpt = (result.excerpt ?? '').replace(/\s+/g, ' ').slice(0, 200);
      rows.push(
        [
          set.name,
          i,
          result.right ? 1 : 0,
          result.status,
          result.miss ?? '',
          result.question.q,
          excerpt,
        ].join('\t'),
      );
    });
  }
  if (values.tsv) await writeFile(values.tsv, `${rows.join('\n')}\n`);
}

await main();
