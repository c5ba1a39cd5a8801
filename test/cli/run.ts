/** Runs a real command of the project (npx tsx …, npm run …) in the repository, and collects what it printed. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from '../engine/fixtures.js';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Settings for a child process: the corpus and index in the test's temp folder, no Discord token, and every
 * optional setting pinned, so a developer's own `.env` (which dotenv never lets override these) changes nothing.
 */
export function cliEnv(
  corpusDir: string,
  indexPath: string,
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  return {
    ...process.env,
    CORPUS_DIR: corpusDir,
    INDEX_PATH: indexPath,
    DISCORD_TOKEN: '',
    DISCORD_APPLICATION_ID: '',
    DEV_GUILD_ID: '',
    ANSWER_CHANNELS: '',
    ADMIN_USER_IDS: '',
    LOG_LEVEL: 'warn',
    FORCE_COLOR: '0',
    ...extra,
  };
}

/** The launcher behind `npm start`, `npm run ask` and `npm run corpus` (compiled dist/, rebuilt when stale). */
export const LAUNCHER = join(REPO, 'scripts', 'launch.mjs');

/**
 * How a user's `npm run …` starts an entry point (`src/cli/ask.ts` -> `node scripts/launch.mjs cli/ask`),
 * without npm's own start-up: the compiled JavaScript the user runs, a second faster than tsx per process.
 */
export function launched(source: string, ...args: string[]): [string, string[]] {
  const entry = source.replace(/^src\//, '').replace(/\.ts$/, '');
  return [process.execPath, [LAUNCHER, entry, ...args]];
}

export function run(
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; input?: string; timeoutMs?: number },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    // Its own process group, so a hung run can be killed with everything it started (npx → tsx → node).
    const child = spawn(command, args, {
      cwd: REPO,
      env: options.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
      reject(
        new Error(
          `${command} ${args.join(' ')} did not finish in time.\nstdout: ${stdout}\nstderr: ${stderr}`,
        ),
      );
    }, options.timeoutMs ?? 25_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}
