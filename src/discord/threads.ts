/**
 * Answering in threads: sending into a thread Discord may not have made ready yet (error 40058, retried with
 * backoff), starting a thread from a question, remembering which threads were handled (a bounded set), and
 * asking the API whether the bot already posted in a thread (which survives restarts).
 */
import {
  DiscordAPIError,
  type Message,
  type MessageCreateOptions,
  type PublicThreadChannel,
  ThreadAutoArchiveDuration,
  type ThreadChannel,
} from 'discord.js';
import type { Logger } from '../logger.js';

/** Discord refuses a message in a thread that is not ready yet, just after it was made (discord-api-docs#6340). */
export const THREAD_NOT_READY = 40058;

/** Waits before each retry of a message refused with 40058: about 8 s in all, then the error stands. */
export const NOT_READY_RETRY_DELAYS_MS: readonly number[] = [250, 500, 1000, 2000, 4000];

export function isThreadNotReady(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.code === THREAD_NOT_READY;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Send into a thread, retrying while Discord says it is not ready (40058); other errors are thrown at once. */
export async function sendInThread(
  thread: Pick<ThreadChannel, 'send' | 'id'>,
  message: MessageCreateOptions,
  options: { delaysMs?: readonly number[]; logger?: Logger } = {},
): Promise<Message> {
  const delays = options.delaysMs ?? NOT_READY_RETRY_DELAYS_MS;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await thread.send(message);
    } catch (error) {
      const delay = delays[attempt];
      if (!isThreadNotReady(error) || delay === undefined) throw error;
      options.logger?.debug(
        { threadId: thread.id, attempt: attempt + 1, delay },
        'thread not ready: retrying',
      );
      await sleep(delay);
    }
  }
}

/**
 * Ids seen lately, oldest forgotten first past `max`: enough to ignore a dispatch delivered twice (a resume,
 * a reconnect) without growing forever.
 */
export class RecentIds {
  private readonly ids = new Set<string>();

  constructor(private readonly max = 5000) {}

  /** True the first time an id is claimed; false while it is remembered. */
  claim(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.max) this.ids.delete(this.ids.values().next().value as string);
    return true;
  }

  /** Forget an id (its work failed: a later delivery may try again). */
  release(id: string): void {
    this.ids.delete(id);
  }
}

/** `text` within `maxChars`, cut at a word when one is near the end (a long post or message asked about). */
export function clipQuestion(text: string, maxChars: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= maxChars) return trimmed;
  const cut = trimmed.slice(0, maxChars);
  const space = cut.search(/\s\S*$/);
  return (space > maxChars / 2 ? cut.slice(0, space) : cut).trim();
}

/** Discord's limit on a thread name. */
export const THREAD_NAME_MAX = 100;

/** A thread name from a question: one line, at most 100 characters, cut at a word with an ellipsis. */
export function threadNameFor(question: string): string {
  const line = question.replace(/\s+/g, ' ').trim();
  if (!line) return 'Question';
  if (line.length <= THREAD_NAME_MAX) return line;
  const cut = line.slice(0, THREAD_NAME_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Start a public thread from the question message (its name the question). Undefined when that cannot be done
 * (no permission to create threads, the message gone, a thread already there): the caller replies in place.
 */
export async function startAnswerThread(
  message: Message,
  question: string,
  logger: Logger,
): Promise<PublicThreadChannel | undefined> {
  try {
    if (message.hasThread && message.thread) return message.thread as PublicThreadChannel;
    return (await message.startThread({
      name: threadNameFor(question),
      autoArchiveDuration: ThreadAutoArchiveDuration.OneDay,
    })) as PublicThreadChannel;
  } catch (error) {
    logger.warn(
      { err: error, messageId: message.id, channelId: message.channelId },
      'could not start a thread for the answer: replying in place',
    );
    return undefined;
  }
}

/** Has the bot already posted in this thread? (Asked of the API, so it holds across restarts.) False if unknown. */
export async function botPostedIn(thread: ThreadChannel, botId: string, logger: Logger): Promise<boolean> {
  try {
    const messages = await thread.messages.fetch({ limit: 50, cache: false });
    return messages.some((message) => message.author.id === botId);
  } catch (error) {
    logger.debug(
      { err: error, threadId: thread.id },
      'could not read the thread to check for an earlier answer',
    );
    return false;
  }
}
