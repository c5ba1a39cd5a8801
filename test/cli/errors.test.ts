/**
 * Mistakes a newcomer makes in the first hour, each answered by one line on stderr (no stack trace) and exit
 * code 2: unknown flags, a flag without its value, a --corpus folder that is not there (never created), no
 * question at a terminal, register-commands without credentials, a token Discord refuses. Discord out of
 * reach is retried with a growing wait, not a crash. Every entry point answers --help.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LoopbackDiscord } from '../loopback/discord.js';
import { copySeeds, useTempDirs } from '../engine/fixtures.js';
import { cliEnv, launched, run, type RunResult } from './run.js';

/** One line on stderr, nothing that looks like a stack trace. */
function expectOneLine(result: RunResult, pattern: RegExp, code = 2): void {
  expect(result.code, result.stderr).toBe(code);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at |Error:|\{"level"/);
}

const hasScript = existsSync('/usr/bin/script');

describe.concurrent('one-line errors on the command line', () => {
  const tempDir = useTempDirs('citebot-cli-errors-', 'file');

  async function env(extra: Record<string, string> = {}) {
    const dir = await tempDir();
    const corpusDir = path.join(dir, 'corpus');
    await copySeeds(corpusDir);
    return cliEnv(corpusDir, path.join(dir, 'index.bin'), extra);
  }

  it('unknown flags and flags without a value: exit 2 with one line', async () => {
    const e = await env();
    expectOneLine(
      await run(...launched('src/cli/ask.ts', '--bogus', 'q'), { env: e }),
      /^Unknown option --bogus\. See --help\.$/m,
    );
    expectOneLine(
      await run(...launched('src/cli/ask.ts', 'q', '--corpus'), { env: e }),
      /^--corpus needs a value: --corpus DIR\./,
    );
    expectOneLine(
      await run(...launched('src/cli/ask.ts', '--corpus', '--json', 'q'), { env: e }),
      /--corpus needs a value/,
    );
    expectOneLine(
      await run(...launched('src/cli/corpus.ts', 'list', '--titel', 'x'), { env: e }),
      /Unknown option --titel/,
    );
    expectOneLine(await run(...launched('src/main.ts', '--json'), { env: e }), /Unknown option --json/);
    // A missing argument is a command-line mistake too.
    for (const [args, message] of [
      [['add'], /^Which file\? usage: npm run corpus -- add FILE See --help\.$/m],
      [
        ['alias', 'add', 'Nessie'],
        /^What does Nessie stand for\? usage: .*alias add Nessie "meaning" See --help\.$/m,
      ],
      [['alias', 'remove'], /^Which alias\? usage: npm run corpus -- alias remove NAME See --help\.$/m],
    ] as const) {
      expectOneLine(await run(...launched('src/cli/corpus.ts', ...args), { env: e }), message);
    }
    // --guild is a server id for every command alike.
    for (const entry of [
      ['src/cli/ask.ts', 'q'],
      ['src/cli/corpus.ts', 'list'],
    ] as const) {
      expectOneLine(
        await run(...launched(entry[0], entry[1], '--guild', 'abc'), { env: e }),
        /^--guild must be a Discord server id \(digits only\), not "abc"\. See --help\.$/m,
      );
    }
  });

  it('--corpus naming a folder that does not exist: exit 2, and the folder is not created', async () => {
    const missing = path.join(await tempDir(), 'no-such-corpus');
    const result = await run(...launched('src/cli/ask.ts', '--corpus', missing, 'who is Sabahat Khan?'), {
      env: await env(),
    });
    expectOneLine(result, /No corpus folder at .*no-such-corpus/);
    expect(existsSync(missing)).toBe(false);
    const corpus = await run(...launched('src/cli/corpus.ts', 'list', '--corpus', missing), {
      env: await env(),
    });
    expectOneLine(corpus, /No corpus folder at/);
    expect(existsSync(missing)).toBe(false);
  });

  it('--help on every entry point: usage on stdout, exit 0', async () => {
    const e = await env();
    for (const entry of [
      'src/main.ts',
      'src/cli/ask.ts',
      'src/cli/corpus.ts',
      'src/discord/register-commands.ts',
    ]) {
      const result = await run(...launched(entry, '--help'), { env: e });
      expect(result.code, `${entry}: ${result.stderr}`).toBe(0);
      expect(result.stdout, entry).toMatch(/^usage: npm (start|run (ask|corpus|register-commands))/);
    }
  });

  it('register-commands without credentials names what is missing and where to get it', async () => {
    const result = await run(...launched('src/discord/register-commands.ts'), { env: await env() });
    expectOneLine(
      result,
      /needs DISCORD_TOKEN and DISCORD_APPLICATION_ID .*discord\.com\/developers\/applications/,
    );
  });

  it.skipIf(!hasScript)('ask with no question at a terminal prints the usage and exits 2', async () => {
    const e = await env();
    // `script` gives the command a terminal for stdin; its own output is the terminal's (stderr included).
    const result = await run(
      'script',
      ['-qec', `${process.execPath} --import tsx src/cli/ask.ts`, '/dev/null'],
      { env: e },
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('Which question?');
    expect(result.stdout).toContain('usage: npm run ask');
  });
});

describe('npm start with DISCORD_TOKEN: connection failures', () => {
  const tempDir = useTempDirs('citebot-cli-connect-');

  it('a token Discord refuses: one line naming DISCORD_TOKEN and where to get one, exit 2', async () => {
    const discord = await LoopbackDiscord.start();
    try {
      const dir = await tempDir();
      await copySeeds(path.join(dir, 'corpus'));
      const result = await run(...launched('src/main.ts'), {
        env: cliEnv(path.join(dir, 'corpus'), '', {
          DISCORD_TOKEN: 'not-the-token',
          DISCORD_API_BASE_URL: discord.apiBase,
          LOG_LEVEL: 'silent',
          WATCH_CORPUS: 'false',
        }),
      });
      expectOneLine(
        result,
        /Discord refused the bot token in DISCORD_TOKEN .*discord\.com\/developers\/applications/,
      );
      expect(result.stderr).not.toContain('not-the-token');
    } finally {
      await discord.stop();
    }
  });

  it('Discord out of reach: says so and retries with a growing wait instead of crashing', async () => {
    const dir = await tempDir();
    await copySeeds(path.join(dir, 'corpus'));
    const { spawn } = await import('node:child_process');
    const child = spawn(...launched('src/main.ts'), {
      env: cliEnv(path.join(dir, 'corpus'), '', {
        DISCORD_TOKEN: 'a-token',
        // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
        DISCORD_API_BASE_URL: 'http://127.0.0.1:9/api',
        LOG_LEVEL: 'warn',
        WATCH_CORPUS: 'false',
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await expect
      .poll(() => stderr.match(/cannot reach Discord: retrying/g)?.length ?? 0, {
        timeout: 20_000,
        interval: 100,
      })
      .toBeGreaterThanOrEqual(2);
    expect(child.exitCode).toBeNull();
    const waits = [...stderr.matchAll(/"retryInSeconds":(\d+)/g)].map((m) => Number(m[1]));
    expect(waits.slice(0, 2)).toEqual([1, 2]);
    expect(stderr).not.toMatch(/\n\s+at /);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 40_000);
});
