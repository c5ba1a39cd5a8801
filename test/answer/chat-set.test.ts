/**
 * The chat-style question set (./chat-set.ts) asked of the real Engine over a temp copy of the seed corpus:
 * questions typed as people type in Discord, and traps the articles cannot answer. Prints the failures and
 * the totals; fails when the share of right answers drops below MIN_RIGHT_SHARE.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { copySeeds, SEED_DIR, useTempDirs } from '../engine/fixtures.js';
import { ANSWERABLE, CHAT_SET, CHAT_STYLES, ISKP_FILE, SHRINE_FILE, TRAPS } from './chat-set.js';
import {
  type ChatScore,
  formatFailureTable,
  formatTotals,
  fragmentsNotInArticles,
  scoreChatSet,
} from './chat-score.js';

/**
 * Just below what the engine achieves: 618/726 = 0.851 right (80/146 = 0.548 before the natural-questions
 * work; later questions in chat-later.ts and chat-session5..10.ts, each batch first asked blind, so the share
 * fell as they joined: 476/576 = 0.826 before session 9's 66, 589/699 = 0.843 as session 10's first 57
 * joined; 699/827 = 0.845 with session 12's 65, written by a helper who never saw the set: 40 of them right
 * when they joined; session 14: the 914 before it 786 = 0.860, then 914/1082 = 0.845 with two more helpers'
 * 168; session 15: the 1,082 before it 925 = 0.855, then 1,093/1,342 = 0.814 with three more helpers' 260,
 * of whose 300 questions 173 had been right before the session's changes; session 16: 1,306/1,571 = 0.831;
 * session 17: the 1,571 before it 1,346 = 0.857, then 1,536/1,820 = 0.844 with three more helpers' 249;
 * session 18: 1,814/2,178 = 0.833 with four more helpers' 358; session 19: 2,014/2,450 = 0.822 with three
 * more helpers' 272 before the session's changes, 2,095 = 0.855 after them; session 21: 2,729/3,226 = 0.846
 * with three more helpers' 261 before the session's changes, 2,749 = 0.852 after them; session 22:
 * 3,186/3,799 = 0.839 with six more helpers' 573 before the session's changes, 3,247 = 0.855 after them;
 * session 23: 3,704/4,326 = 0.856 with six more helpers' 527 before the session's changes, 3,738 = 0.864
 * after them, when the floor rose to the target, 0.85; session 24: 4,080/4,733 = 0.862 with five more
 * helpers' 407 on the session's starting code, 4,108 = 0.868 at the session's end; session 25: 5,218/6,037
 * = 0.864 with fifteen more helpers' 1,304 on the session's starting code, 5,296 = 0.877 after its changes;
 * session 26: 5,556/6,337 = 0.877 with four more helpers' 300 on the session's starting code, 5,597 = 0.883
 * after its changes; session 27: 6,147/6,956 = 0.884 with eight more helpers' 619 on the session's starting
 * code, 6,175 = 0.888 after its changes; session 28: 6,530/7,371 = 0.886 with five more helpers' 415 on the
 * session's starting code, 6,564 = 0.891 after its changes; session 29: 7,080/7,976 = 0.888 with seven more
 * helpers' 605 on the session's starting code, 7,137 = 0.895 after its changes; session 30: 7,746/8,738 =
 * 0.886 with nine more helpers' 762 on the session's starting code, 7,830 = 0.896 after its changes; session
 * 31: 8,349/9,350 = 0.893 with eight more helpers' 612 on the session's starting code, 8,381 = 0.896 after its
 * changes; session 32: 9,030/10,184 = 0.887 with ten more helpers' 834 on the session's starting code, 9,095 =
 * 0.893 after its changes; session 33: 9,858/11,157 = 0.884 with eleven more helpers' 973 on the session's
 * starting code, 9,891 = 0.887 after its changes; session 34: 10,147/11,471 = 0.885 with four more helpers'
 * 314 on the session's starting code, 10,210 = 0.890 after its changes; session 35: 10,892/12,358 = 0.881
 * with ten more helpers' 887 on the session's starting code, 11,008 = 0.891 after its changes; session 36:
 * 11,778/13,457 = 0.875 with twelve more helpers' 1,099 on the session's starting code, 11,881 = 0.883 after
 * its changes; session 37: 12,841/14,710 = 0.873 with fifteen more helpers' 1,253 on the session's starting
 * code, 12,975 = 0.882 after its changes; session 38: 13,774/15,887 = 0.867 with thirteen more helpers' 1,177
 * on the session's starting code, 14,001 = 0.881 after its changes; session 39: 15,176/17,274 = 0.879 with
 * nineteen more helpers' 1,387 (eight new sets and eleven retired blind ones) on the session's starting code,
 * 15,255 = 0.883 after its changes; session 40, no new questions here (its sets are about other articles,
 * ./other-corpus.test.ts): 15,257 = 0.883 after its changes; session 41, no new questions here: 15,257 =
 * 0.883 after its changes; session 42, none either: 15,264 = 0.884 after its changes).
 */
const MIN_RIGHT_SHARE = 0.85;

/**
 * CI asks every third question (5,758 of 17,274, every style and trap kind in each third): the whole set took
 * 52 s of a CI run that reached 610 s of its 600 in session 56, every second question 23 s. `npm run dev-sets
 * -- --only seed` and `npm run chat-eval` still ask all of them.
 */
const ASKED = CHAT_SET.filter((_, i) => i % 3 === 0);
const ASKED_TRAPS = ASKED.filter((question) => question.trap);

describe('the chat-style question set', () => {
  it('has enough questions of every kind, each unique', () => {
    expect(ANSWERABLE.length).toBeGreaterThanOrEqual(75);
    expect(TRAPS.length).toBeGreaterThanOrEqual(30);
    expect(CHAT_SET.length).toBeGreaterThanOrEqual(110);
    expect(new Set(CHAT_SET.map((question) => question.q)).size).toBe(CHAT_SET.length);
    for (const style of CHAT_STYLES)
      expect(ANSWERABLE.some((question) => question.style === style)).toBe(true);
    for (const trap of TRAPS) expect(trap.why.trim()).not.toBe('');
  });

  it('expects of each answerable question a fragment that is verbatim text of its article', async () => {
    expect(await fragmentsNotInArticles(ANSWERABLE, SEED_DIR)).toEqual([]);
  });
});

describe('the chat-set scorer', () => {
  const perfect = {
    ask(q: string) {
      const question = CHAT_SET.find((candidate) => candidate.q === q)!;
      if (question.trap) return { status: 'no_answer' as const, excerpt: null, citations: [] };
      // Whitespace differs from the fragment's: compared normalised.
      const excerpt = `Before.  ${question.fragment.replace(/ /g, '\n ')} after.`;
      return {
        status: 'answered' as const,
        excerpt,
        citations: [{ file: question.file, passageId: `${question.file}#1` }],
      };
    },
  };

  it('scores a perfect bot 1 and names each kind of miss', () => {
    expect(scoreChatSet(perfect, CHAT_SET).share).toBe(1);
    const answerable = ANSWERABLE[0]!;
    const other = answerable.file === ISKP_FILE ? SHRINE_FILE : ISKP_FILE;
    const wrong = scoreChatSet(
      {
        ask: (q) =>
          q === answerable.q
            ? {
                status: 'answered',
                excerpt: answerable.fragment,
                citations: [{ file: other, passageId: `${other}#1` }],
              }
            : {
                status: 'answered',
                excerpt: 'something else',
                citations: [{ file: answerable.file, passageId: 'x#1' }],
              },
      },
      [answerable, ANSWERABLE[1]!, TRAPS[0]!],
    );
    expect(wrong.results.map((result) => result.miss)).toEqual([
      'wrong article',
      'wrong excerpt',
      'answered trap',
    ]);
    const declined = scoreChatSet({ ask: () => ({ status: 'no_answer', excerpt: null, citations: [] }) }, [
      answerable,
    ]);
    expect(declined.results[0]!.miss).toBe('declined');
    expect(declined.share).toBe(0);
  });
});

describe('the Engine on the chat-style question set', () => {
  const tempDir = useTempDirs('citebot-chat-set-', 'file');
  let score: ChatScore;

  beforeAll(async () => {
    const corpusDir = path.join(await tempDir(), 'corpus');
    await copySeeds(corpusDir, { aliases: true }); // the bundled corpus, its aliases.txt included
    const engine = await Engine.open({ corpusDir });
    score = scoreChatSet(engine, ASKED);
    console.log(`${formatFailureTable(score)}\n${formatTotals(score)}`);
    // 5,758 questions: ~15 s on a two-core machine beside nothing else (session 57).
  }, 180_000);

  it('asks every question of its third once, exactly as written (traps included)', () => {
    expect(ASKED_TRAPS.length).toBeGreaterThanOrEqual(TRAPS.length / 3 - 1);
    expect(score.results.map((result) => result.asked)).toEqual(ASKED.map((question) => question.q));
    const trapsAsked = score.results.filter((result) => result.question.trap).map((result) => result.asked);
    expect(trapsAsked).toEqual(ASKED_TRAPS.map((trap) => trap.q));
    expect(score.overall.total).toBe(ASKED.length);
    expect(score.answerable.total + score.traps.total).toBe(ASKED.length);
  });

  it(`gets at least ${MIN_RIGHT_SHARE} of the questions right`, () => {
    expect(score.share, formatTotals(score)).toBeGreaterThanOrEqual(MIN_RIGHT_SHARE);
  });
});
