/**
 * The dev sets (as `npm run dev-sets` asks them) under setting changes made in this process: the engines are
 * built once and every change is scored against the code as it stands, question by question, in about 9 s a
 * change for the 3,780 questions (20 s a process with dev-sets). A benchmark, not a test: nothing fails.
 *   CHANGES='[{"DECISION_MODEL.bias":-1.6},{"EXCERPT_SETTINGS.causeShapeWeight":0.3}]' npm run sweep-settings
 * A key is an exported settings object of src/answer and a path into it ("DECISION_MODEL.weights.askMissing").
 * SEED=1 adds the 17,274 of the seed chat set (two minutes a change); SHOW=1 lists the questions that changed.
 * Each line: the net change in right answers, the odd-numbered questions' share of it (a change chosen on the
 * even ones is checked on these), and per group (older: the sixth to sixteenth six; newer: the later ones)
 * answerable gained/lost and traps gained/lost.
 */
import path from 'node:path';
import { ANSWER_SETTINGS } from '../src/answer/answer.js';
import { EXCERPT_SETTINGS } from '../src/answer/align.js';
import { DECISION_MODEL, DECISION_SETTINGS } from '../src/answer/decide.js';
import { PLAN_SETTINGS } from '../src/answer/query-plan.js';
import { RANK_SETTINGS } from '../src/answer/rank.js';
import { MATCH_SETTINGS } from '../src/answer/term-match.js';
import { Engine } from '../src/engine.js';
import { CHAT_SET, type ChatQuestion } from '../test/answer/chat-set.js';
import { scoreChatSet } from '../test/answer/chat-score.js';
import { OTHER_SET } from '../test/answer/other-corpus-set.js';
import { ANSWER_TESTS, CORPUS, engineOver, sixSets } from './dev-set-files.js';

const SETTINGS: Record<string, object> = {
  ANSWER_SETTINGS,
  EXCERPT_SETTINGS,
  DECISION_MODEL,
  DECISION_SETTINGS,
  PLAN_SETTINGS,
  RANK_SETTINGS,
  MATCH_SETTINGS,
};
interface DevSet {
  name: string;
  engine: Engine;
  questions: readonly ChatQuestion[];
}

async function devSets(): Promise<DevSet[]> {
  const sets: DevSet[] = [];
  if (process.env.SEED) sets.push({ name: 'seed', engine: await engineOver(CORPUS), questions: CHAT_SET });
  sets.push({
    name: 'other',
    engine: await engineOver(path.join(ANSWER_TESTS, 'other-corpus')),
    questions: OTHER_SET,
  });
  for (const set of await sixSets())
    sets.push({ name: set.name, engine: await engineOver(set.dir), questions: set.questions });
  return sets;
}

/** The sixth to sixteenth six: the sets before the seventeenth, the first of the plainer prompt (docs/blind-sets.md). */
const OLDER = new Set([
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
]);
const group = (set: string): string =>
  set === 'seed' || set === 'other' ? set : OLDER.has(set) ? 'older' : 'newer';

/** Sets the value at a dotted path and gives back the one it replaced. */
function put(key: string, value: unknown): unknown {
  const [root, ...rest] = key.split('.');
  let target = SETTINGS[root!] as Record<string, unknown> | undefined;
  for (const part of rest.slice(0, -1)) target = target?.[part] as Record<string, unknown> | undefined;
  const field = rest.at(-1);
  if (!target || field === undefined || !(field in target)) throw new Error(`no setting ${key}`);
  const old = target[field];
  target[field] = value;
  return old;
}

const sets = await devSets();
const run = () =>
  sets.flatMap((set) =>
    scoreChatSet(set.engine, set.questions).results.map((result, i) => ({
      set: set.name,
      odd: i % 2 === 1,
      right: result.right,
      trap: 'trap' in result.question && result.question.trap === true,
      q: result.question.q,
    })),
  );
const base = run();
console.log(`as the code stands: ${base.filter((r) => r.right).length} of ${base.length} right`);
for (const change of JSON.parse(process.env.CHANGES ?? '[]') as Record<string, unknown>[]) {
  const olds = Object.entries(change).map(([key, value]) => [key, put(key, value)] as const);
  const tally = new Map<string, number[]>();
  let net = 0;
  let odd = 0;
  run().forEach((result, k) => {
    if (result.right === base[k]!.right) return;
    const counts = tally.get(group(result.set)) ?? [0, 0, 0, 0];
    counts[(result.trap ? 2 : 0) + (result.right ? 0 : 1)]!++;
    tally.set(group(result.set), counts);
    const sign = result.right ? 1 : -1;
    if (result.set !== 'seed') net += sign;
    if (result.set !== 'seed' && result.odd) odd += sign;
    if (process.env.SHOW)
      console.log(`  ${sign > 0 ? '+' : '-'} ${result.trap ? 'trap' : 'ans '} ${result.set} | ${result.q}`);
  });
  const groups = [...tally].map(([name, [ag, al, tg, tl]]) => `${name} +${ag} -${al} / traps +${tg} -${tl}`);
  console.log(
    `${JSON.stringify(change)}: dev ${net >= 0 ? '+' : ''}${net} (odd ${odd}); ${groups.join('; ')}`,
  );
  for (const [key, value] of olds) put(key, value);
}
