/**
 * Spawns the bot in a child process (`node --import tsx bench/discord/bot-child.ts`, i.e. what `npx tsx`
 * runs, without the extra npx and tsx-CLI processes in between) and talks to it over IPC.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ChildStats, FromChild, ToChild } from './protocol.js';

const ENTRY = fileURLToPath(new URL('./bot-child.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface BotChildOptions {
  env: Record<string, string>;
  /** The bot's stderr (its JSON log lines) goes to this file. */
  logFile: string;
  /** Write a V8 CPU profile of the child into this folder (node --cpu-prof). */
  cpuProfDir?: string | undefined;
  startTimeoutMs?: number;
}

export interface ReadyInfo {
  pid: number;
  passages: number;
  articles: number;
  startMs: number;
}

export class BotChild {
  private nextId = 1;
  private readonly pending = new Map<number, (stats: ChildStats) => void>();
  private stopped: Promise<void> | undefined;

  private constructor(
    private readonly child: ChildProcess,
    readonly ready: ReadyInfo,
  ) {
    child.on('message', (message: FromChild) => {
      if (message.type !== 'stats') return;
      this.pending.get(message.id)?.(message.stats);
      this.pending.delete(message.id);
    });
  }

  static async start(options: BotChildOptions): Promise<BotChild> {
    const log = openSync(options.logFile, 'w');
    const nodeArgs = ['--import', 'tsx'];
    if (options.cpuProfDir) nodeArgs.push('--cpu-prof', '--cpu-prof-dir', options.cpuProfDir);
    const child = spawn(process.execPath, [...nodeArgs, ENTRY], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'inherit', log, 'ipc'],
    });
    const ready = await new Promise<ReadyInfo>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the bot did not connect within ${options.startTimeoutMs ?? 60_000} ms`)),
        options.startTimeoutMs ?? 60_000,
      );
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the bot exited with code ${code} before it was ready (see ${options.logFile})`));
      });
      child.on('message', (message: FromChild) => {
        if (message.type !== 'ready') return;
        clearTimeout(timer);
        const { pid, passages, articles, startMs } = message;
        resolve({ pid, passages, articles, startMs });
      });
    });
    child.removeAllListeners('exit');
    return new BotChild(child, ready);
  }

  stats(): Promise<ChildStats> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.post({ type: 'stats', id });
    });
  }

  /** Asks the bot to disconnect and exit; kills it (this child only) if it has not exited after 10 s. */
  stop(): Promise<void> {
    this.stopped ??= new Promise<void>((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        resolve();
        return;
      }
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      this.post({ type: 'stop' });
    });
    return this.stopped;
  }

  private post(message: ToChild): void {
    if (this.child.connected) this.child.send(message);
  }
}
