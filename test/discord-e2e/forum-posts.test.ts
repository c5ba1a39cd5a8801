/**
 * Forum posts answered inside their thread (issue 12 item 2), through the real discord.js client and the
 * loopback Discord's forum channels: only in enabled forums, only when confident, retried while the thread is
 * not ready (40058), the thread joined, and never twice (a duplicate dispatch, a gateway resume).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RestCall } from '../loopback/discord.js';
import { type Harness, messageBody, sleep, startHarness } from './harness.js';

const QUESTION = 'When did ISKP begin relocating operations to Pakistan?';
const EXCERPT_START = 'This marks a clear shift from 2021';
const UNANSWERABLE = 'What is the capital of France?';
const NOTE = "I couldn't find this in the articles I have";

/** Every call the bot made about one thread (joining it, posting in it) from `from` on. */
function threadCalls(h: Harness, threadId: string, from = 0): RestCall[] {
  return h.discord.calls
    .slice(from)
    .filter((call) => call.path.startsWith(`/channels/${threadId}/`) && call.method !== 'GET');
}

function postsIn(h: Harness, threadId: string): RestCall[] {
  return h.discord.calls.filter(
    (call) => call.method === 'POST' && call.path === `/channels/${threadId}/messages` && call.status === 200,
  );
}

describe('forum posts (FORUM_CHANNEL_IDS)', () => {
  let h: Harness;
  let forum = '';
  let otherForum = '';
  beforeAll(async () => {
    h = await startHarness({
      env: (guilds, discord) => {
        forum = discord.addForum(guilds[0]!.id, 'questions');
        otherForum = discord.addForum(guilds[0]!.id, 'chat');
        return { FORUM_CHANNEL_IDS: forum };
      },
    });
  });
  afterAll(() => h.stop());

  it('answers a new post once, inside its thread, after joining it', async () => {
    const post = h.discord.forumPost({
      forumId: forum,
      author: 'alice',
      title: 'Question about ISKP',
      content: QUESTION,
    });
    const join = await h.discord.waitForCall(
      (call) => call.method === 'PUT' && call.path === `/channels/${post.threadId}/thread-members/@me`,
    );
    const answer = await h.discord.waitForChannelMessage(post.threadId);
    expect(join.at).toBeLessThanOrEqual(answer.at);
    const body = messageBody(answer);
    expect(body.embeds?.[0]?.description).toContain(EXCERPT_START);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(h.discord.threadMembers(post.threadId)).toContain(h.discord.botUser.id);
    await sleep(400);
    expect(postsIn(h, post.threadId)).toHaveLength(1);
    expect(h.logs.some((line) => line.via === 'forum:post' && line.outcome === 'answered')).toBe(true);
  });

  it('reads the question from the title when the first message only gives details', async () => {
    const post = h.discord.forumPost({
      forumId: forum,
      author: 'bob',
      title: QUESTION,
      content: 'I saw it mentioned in the news last week.',
    });
    const body = await h.channelMessage(post.threadId);
    expect(body.embeds?.[0]?.description).toContain(EXCERPT_START);
  });

  it('ignores a post in a forum that is not enabled', async () => {
    const before = h.discord.calls.length;
    const post = h.discord.forumPost({
      forumId: otherForum,
      author: 'carol',
      title: QUESTION,
      content: QUESTION,
    });
    await sleep(500);
    expect(threadCalls(h, post.threadId, before)).toEqual([]);
  });

  it('stays silent when the articles do not answer the post', async () => {
    const before = h.discord.calls.length;
    const post = h.discord.forumPost({
      forumId: forum,
      author: 'dan',
      title: 'Geography',
      content: UNANSWERABLE,
    });
    await h.discord.waitForCall((call) => call.path === `/channels/${post.threadId}/thread-members/@me`);
    await sleep(500);
    expect(threadCalls(h, post.threadId, before).filter((call) => call.method === 'POST')).toEqual([]);
  });

  it('retries while Discord says the new thread is not ready (40058), then answers', async () => {
    const post = h.discord.forumPost({
      forumId: forum,
      author: 'erin',
      title: 'ISKP',
      content: QUESTION,
      notReadyAttempts: 2,
    });
    const answer = await h.discord.waitForChannelMessage(post.threadId, 8000);
    expect(messageBody(answer).embeds?.[0]?.description).toContain(EXCERPT_START);
    const attempts = h.discord.calls.filter(
      (call) => call.method === 'POST' && call.path === `/channels/${post.threadId}/messages`,
    );
    expect(attempts.map((call) => call.status)).toEqual([400, 400, 200]);
    expect((attempts[0]!.response as { code: number }).code).toBe(40058);
  });

  it('a THREAD_CREATE dispatched twice is answered once', async () => {
    const post = h.discord.forumPost({ forumId: forum, author: 'fay', title: 'ISKP', content: QUESTION });
    await h.discord.waitForChannelMessage(post.threadId);
    h.discord.dispatchThreadCreate(post.threadId);
    await sleep(500);
    expect(postsIn(h, post.threadId)).toHaveLength(1);
  });

  it('leaves alone a post it answered before a restart (its own message already in the thread)', async () => {
    const post = h.discord.forumPost({
      forumId: forum,
      author: 'hal',
      title: 'ISKP',
      content: QUESTION,
      announce: false,
    });
    h.discord.addMessage({
      channelId: post.threadId,
      author: h.discord.botUser,
      content: 'An earlier answer.',
    });
    const before = h.discord.calls.length;
    h.discord.dispatchThreadCreate(post.threadId); // the restarted bot has no memory of this thread
    await h.discord.waitForCall(
      (call) => call.method === 'GET' && call.path === `/channels/${post.threadId}/messages`,
    );
    await sleep(400);
    expect(h.discord.calls.slice(before).filter((call) => call.method === 'POST')).toEqual([]);
  });

  it('a post made while the gateway was away is answered once after the resume', async () => {
    const reconnect = h.discord.waitForReconnect();
    h.discord.closeGateway(4000);
    const post = h.discord.forumPost({ forumId: forum, author: 'gus', title: 'ISKP', content: QUESTION });
    expect(await reconnect).toBe('resumed');
    await h.discord.waitForChannelMessage(post.threadId, 8000);
    // Replayed dispatches and a duplicate after the resume still give one answer.
    h.discord.dispatchThreadCreate(post.threadId);
    await sleep(500);
    expect(postsIn(h, post.threadId)).toHaveLength(1);
  });
});

describe('forum posts (/settings in the database)', () => {
  let h: Harness;
  let forum = '';
  beforeAll(async () => {
    h = await startHarness({
      database: true,
      env: (guilds, discord) => {
        forum = discord.addForum(guilds[0]!.id, 'help');
        return {};
      },
    });
    const store = h.bot.store;
    if (!store) throw new Error('the bot under test has no database');
    await store.settings.update(h.guilds[0]!.id, { forumChannels: [forum], forumReplyWhenNoAnswer: true });
  });
  afterAll(() => h.stop());

  it('answers a post in a forum the server enabled', async () => {
    const post = h.discord.forumPost({ forumId: forum, author: 'alice', title: 'ISKP', content: QUESTION });
    const body = await h.channelMessage(post.threadId);
    expect(body.embeds?.[0]?.description).toContain(EXCERPT_START);
  });

  it('gives an unanswerable post the short note when the server chose it', async () => {
    const post = h.discord.forumPost({
      forumId: forum,
      author: 'bob',
      title: 'Geography',
      content: UNANSWERABLE,
    });
    const body = await h.channelMessage(post.threadId);
    expect(body.content).toContain(NOTE);
    expect(body.embeds ?? []).toEqual([]);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    await sleep(300);
    expect(postsIn(h, post.threadId)).toHaveLength(1);
  });

  it('logs forum questions for /insights: answered ones, and the unanswered as gaps', async () => {
    const rows = () =>
      h.bot.store!.database.query<{ status: string; channel_id: string }>(
        'select status, channel_id from question_log order by id',
      );
    await expect.poll(async () => (await rows()).map((row) => row.status)).toEqual(['answered', 'no_answer']);
  });
});
