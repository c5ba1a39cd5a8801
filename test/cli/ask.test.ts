import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySeeds, SEED_A, SEED_B, useTempDirs } from '../engine/fixtures.js';
import { cliEnv, launched, run } from './run.js';

interface JsonCitation {
  file: string;
  title: string;
  url: string | null;
  passage: string;
  text: string;
}
interface JsonAnswer {
  question: string;
  status: 'answered' | 'no_answer';
  answer: string | null;
  citations: JsonCitation[];
  reason?: string;
  suggestions?: string[];
}

/** Checks one answer object against the --json contract and returns it typed. */
function expectContract(value: unknown): JsonAnswer {
  const answer = value as JsonAnswer;
  expect(Object.keys(answer).sort()).toEqual(
    [
      'answer',
      'citations',
      'question',
      'status',
      ...(answer.reason ? ['reason'] : []),
      ...(answer.suggestions ? ['suggestions'] : []),
    ].sort(),
  );
  expect(['answered', 'no_answer']).toContain(answer.status);
  expect(typeof answer.question).toBe('string');
  expect(Array.isArray(answer.citations)).toBe(true);
  for (const citation of answer.citations) {
    expect(Object.keys(citation).sort()).toEqual(['file', 'passage', 'text', 'title', 'url']);
    expect(typeof citation.file).toBe('string');
    expect(typeof citation.title).toBe('string');
    expect(citation.url === null || typeof citation.url === 'string').toBe(true);
    expect(citation.passage.startsWith(`${citation.file}#`)).toBe(true);
    expect(typeof citation.text).toBe('string');
  }
  if (answer.status === 'answered') {
    expect(typeof answer.answer).toBe('string');
    expect(answer.citations[0]!.text).toContain(answer.answer!);
  } else {
    expect(answer.answer).toBeNull();
    expect(typeof answer.reason).toBe('string');
  }
  return answer;
}

/** stdout must be JSON lines and nothing else. */
function jsonLines(stdout: string): unknown[] {
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as unknown);
}

describe.concurrent('ask CLI (--json contract)', () => {
  const tempDir = useTempDirs('citebot-cli-ask-', 'file');

  async function setup() {
    const dir = await tempDir();
    const corpusDir = path.join(dir, 'corpus');
    await copySeeds(corpusDir);
    return { dir, corpusDir, indexPath: path.join(dir, 'state', 'index.json') };
  }

  it('npx tsx src/cli/ask.ts --json --corpus DIR "question" prints exactly one JSON object', async () => {
    const { corpusDir, indexPath } = await setup();
    const result = await run(
      'npx',
      ['tsx', 'src/cli/ask.ts', '--json', '--corpus', corpusDir, 'How many attacks did ISKP claim?'],
      // The corpus is given by flag; CORPUS_DIR names another folder, so no snapshot is written for it.
      { env: cliEnv(path.join(corpusDir, 'elsewhere'), indexPath) },
    );
    expect(result.code, result.stderr).toBe(0);
    const lines = jsonLines(result.stdout);
    expect(lines).toHaveLength(1);
    const answer = expectContract(lines[0]);
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('with a staggering 90 claimed attacks');
    expect(answer.citations[0]).toMatchObject({ file: SEED_A, passage: `${SEED_A}#2`, url: null });
    const fileText = await readFile(path.join(corpusDir, SEED_A), 'utf8');
    for (const citation of answer.citations) {
      expect(await readFile(path.join(corpusDir, citation.file), 'utf8')).toContain(citation.text);
    }
    expect(fileText).toContain(answer.answer!);
    // --corpus names another folder than CORPUS_DIR: its index is not snapshotted over the main one.
    await expect(stat(indexPath)).rejects.toThrow(/ENOENT/);
  });

  it('npm run --silent ask -- --json "question" prints only JSON on stdout (CORPUS_DIR, INDEX_PATH honoured)', async () => {
    const { corpusDir, indexPath } = await setup();
    const result = await run(
      'npm',
      ['run', '--silent', 'ask', '--', '--json', 'What is the capital of France?'],
      {
        env: cliEnv(corpusDir, indexPath),
      },
    );
    expect(result.code, result.stderr).toBe(0);
    const lines = jsonLines(result.stdout);
    expect(lines).toHaveLength(1);
    const answer = expectContract(lines[0]);
    expect(answer.status).toBe('no_answer');
    expect(answer.answer).toBeNull();
    expect(answer.reason).toMatch(/say nothing about “france”/);
    // The index snapshot went where INDEX_PATH said.
    expect((await stat(indexPath)).size).toBeGreaterThan(0);
  });

  it('batch mode: exactly one JSON line per stdin line, echoing it; a blank line gets an invalid-question line', async () => {
    const { corpusDir, indexPath } = await setup();
    const questions = [
      'How many were wounded?',
      '',
      '   ',
      'What is the capital of France?',
      'Which shrine was attacked?',
      '\t',
      'what is the',
    ];
    const result = await run(...launched('src/cli/ask.ts', '--json'), {
      env: cliEnv(corpusDir, indexPath),
      input: `${questions.join('\n')}\n`,
    });
    expect(result.code, result.stderr).toBe(0);
    const all = jsonLines(result.stdout).map(expectContract);
    // Line n of the output answers line n of the input, whatever it held.
    expect(all.map((a) => a.question)).toEqual(questions);
    expect(all.map((a) => a.status)).toEqual([
      'answered',
      'no_answer',
      'no_answer',
      'no_answer',
      'answered',
      'no_answer',
      'no_answer',
    ]);
    for (const blank of [all[1]!, all[2]!, all[5]!]) {
      expect(blank).toMatchObject({
        answer: null,
        citations: [],
        reason: 'Please type a question: it was empty.',
      });
    }
    const answers = [all[0]!, all[3]!, all[4]!, all[6]!];
    expect(answers[0]!.answer).toContain('wounded more than 105');
    expect(answers[0]!.citations[0]!.passage).toBe(`${SEED_B}#3`);
    expect(answers[1]!.answer).toBeNull();
    expect(answers[2]!.answer).toContain('the shrine of the Sufi saint Shah Noorani');
    expect(answers[2]!.citations[0]).toMatchObject({
      passage: `${SEED_B}#1`,
      title: 'Islamic State Attack in Pakistan Kills More Than 50',
      url: 'https://themedialine.org',
    });
    expect(answers[3]!.reason).toMatch(/only has very common words/);
  });
});
