/** The thread helpers: 40058 retried and nothing else, the bounded set of handled ids, thread names, clipping. */
import { DiscordAPIError, type Message, type MessageCreateOptions } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { postText } from '../../src/discord/events/thread-create.js';
import {
  clipQuestion,
  RecentIds,
  sendInThread,
  THREAD_NAME_MAX,
  threadNameFor,
} from '../../src/discord/threads.js';

function apiError(code: number, status = 400): DiscordAPIError {
  return new DiscordAPIError(
    { code, message: `error ${code}` },
    code,
    status,
    'POST',
    '/channels/1/messages',
    {
      body: undefined,
      files: undefined,
    },
  );
}

/** A thread whose `send` fails with each error in turn, then succeeds. */
function fakeThread(errors: unknown[]) {
  const sent: MessageCreateOptions[] = [];
  return {
    id: '123456789012345678',
    sent,
    attempts: 0,
    async send(message: MessageCreateOptions) {
      this.attempts += 1;
      const error = errors.shift();
      if (error) throw error;
      sent.push(message);
      return { id: 'm' } as unknown as Message;
    },
  };
}

describe('sendInThread', () => {
  it('retries while the thread is not ready (40058), then sends', async () => {
    const thread = fakeThread([apiError(40058), apiError(40058)]);
    await sendInThread(thread as never, { content: 'hi' }, { delaysMs: [1, 1, 1] });
    expect(thread.attempts).toBe(3);
    expect(thread.sent).toEqual([{ content: 'hi' }]);
  });

  it('gives up after its delays run out, with the last error', async () => {
    const thread = fakeThread([apiError(40058), apiError(40058), apiError(40058)]);
    await expect(
      sendInThread(thread as never, { content: 'hi' }, { delaysMs: [1, 1] }),
    ).rejects.toMatchObject({
      code: 40058,
    });
    expect(thread.attempts).toBe(3);
  });

  it('does not retry other errors', async () => {
    const thread = fakeThread([apiError(50013, 403)]);
    await expect(sendInThread(thread as never, { content: 'hi' }, { delaysMs: [1] })).rejects.toMatchObject({
      code: 50013,
    });
    expect(thread.attempts).toBe(1);
  });
});

describe('RecentIds', () => {
  it('claims an id once, forgets the oldest past its bound, and lets a failed one be claimed again', () => {
    const ids = new RecentIds(2);
    expect(ids.claim('a')).toBe(true);
    expect(ids.claim('a')).toBe(false);
    ids.claim('b');
    ids.claim('c'); // 'a' forgotten
    expect(ids.claim('a')).toBe(true);
    expect(ids.claim('c')).toBe(false);
    ids.release('c');
    expect(ids.claim('c')).toBe(true);
  });
});

describe('thread names and clipped questions', () => {
  it('a thread name is one line of at most 100 characters, cut at a word', () => {
    expect(threadNameFor('  what is\n ISKP?  ')).toBe('what is ISKP?');
    expect(threadNameFor('')).toBe('Question');
    const name = threadNameFor(`When did it start ${'and why did it happen there '.repeat(8)}`);
    expect(name.length).toBeLessThanOrEqual(THREAD_NAME_MAX);
    expect(name.endsWith('…')).toBe(true);
    expect(name.slice(0, -1)).not.toMatch(/\s$/);
  });

  it('clips a long text at a word within the limit', () => {
    expect(clipQuestion('short', 10)).toBe('short');
    const clipped = clipQuestion('one two three four five six', 12);
    expect(clipped).toBe('one two');
    expect(clipped.length).toBeLessThanOrEqual(12);
  });

  it("a forum post's question puts the part that reads as a question first", () => {
    expect(postText('ISKP in Pakistan', 'When did it start?', 500)).toBe(
      'When did it start?\nISKP in Pakistan',
    );
    expect(postText('When did ISKP move to Pakistan?', 'I read about it.', 500)).toBe(
      'When did ISKP move to Pakistan?\nI read about it.',
    );
    expect(postText('Title only', '', 500)).toBe('Title only');
  });
});
