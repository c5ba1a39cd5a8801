/**
 * Forum posts answered: in a forum channel where answering is on (`/settings forum-channels`, or
 * FORUM_CHANNEL_IDS), each new post (a thread whose parent is the forum) is answered inside its thread from the
 * post's title and first message, only when the answer is confident; otherwise silence, or a short "not in the
 * articles" note when the server chose it. The bot joins the thread (to see follow-ups), retries while Discord
 * says the thread is not ready (40058), and never answers a post twice: a thread id is claimed once per process
 * (a dispatch replayed after a resume is ignored) and a thread the bot already posted in is left alone (which
 * holds across restarts).
 */
import { ChannelType, Events, type Message, type ThreadChannel } from 'discord.js';
import { isQuestion } from '../../answer/read-question.js';
import type { Answer } from '../../answer/types.js';
import { type ChannelSettings, channelSettingsOf } from '../channel-settings.js';
import type { BotContext } from '../context.js';
import { admit, engineAnswer, logged, type Outcome, type Question } from '../question-flow.js';
import { logAnswer } from '../question-log.js';
import { renderAnswer } from '../render/answer.js';
import { asChannelMessage, textMessage } from '../render/payload.js';
import { botPostedIn, clipQuestion, RecentIds, sendInThread } from '../threads.js';
import type { BotEvent } from './event.js';

/** An answer is posted under a forum post only this sure: its excerpt holds this share of the question. */
export const FORUM_MIN_CONFIDENCE = 0.7;

export const FORUM_NO_ANSWER_TEXT =
  "I couldn't find this in the articles I have, so I'll leave it to the people here.";

/** A thread the bot learns of (THREAD_CREATE) this soon after it was made is a new post. */
const NEW_POST_WINDOW_MS = 2 * 60_000;

/** Threads whose post this process handled (or is handling). */
const handledThreads = new RecentIds();

export const threadCreate: BotEvent<typeof Events.ThreadCreate> = {
  name: Events.ThreadCreate,
  async execute(ctx, thread, newlyCreated) {
    if (!isNewPost(thread, newlyCreated) || !thread.guildId || !thread.parentId) return;
    // A thread the bot started (an answer thread) or any thread outside a forum is not a forum post.
    if (thread.ownerId === thread.client.user.id) return;
    if (thread.parent && thread.parent.type !== ChannelType.GuildForum) return;
    const settings = await channelSettingsOf(ctx, thread.guildId);
    if (!settings.forumChannels.includes(thread.parentId)) return;
    if (!handledThreads.claim(thread.id)) return;
    try {
      await answerPost(ctx, thread, settings);
    } catch (error) {
      handledThreads.release(thread.id);
      throw error;
    }
  },
};

/** Discord marks a new thread `newly_created`; one without the mark counts only if made in the last minutes. */
function isNewPost(thread: ThreadChannel, newlyCreated: boolean): boolean {
  return newlyCreated || Date.now() - (thread.createdTimestamp ?? 0) < NEW_POST_WINDOW_MS;
}

async function answerPost(ctx: BotContext, thread: ThreadChannel, settings: ChannelSettings) {
  const botId = thread.client.user.id;
  await thread
    .join()
    .catch((error: unknown) =>
      ctx.logger.warn({ err: error, threadId: thread.id }, 'could not join the thread'),
    );
  const starter = await starterMessage(thread);
  if (starter?.author.bot || starter?.webhookId) return;
  if (await botPostedIn(thread, botId, ctx.logger)) return;
  const question: Question = {
    text: postText(thread.name, starter?.content ?? '', ctx.config.MAX_QUESTION_CHARS),
    userId: starter?.author.id ?? thread.ownerId ?? thread.id,
    guildId: thread.guildId,
    via: 'forum:post',
    lane: 'message',
  };
  await logged(ctx, question, async (): Promise<Outcome> => {
    const admission = admit(ctx, question);
    // Not a question put to the bot: a post refused (cooldown, busy) is left to the people there.
    if (!admission.ok) return admission.outcome;
    try {
      const answer = confidentAnswer(ctx, question, thread.name, starter?.content ?? '');
      if (answer) {
        const sent = await sendInThread(thread, asChannelMessage(renderAnswer(answer)), {
          logger: ctx.logger,
        });
        logAnswer(ctx, { ...question, text: answer.question }, answer, {
          channelId: thread.id,
          messageId: sent.id,
        });
        return 'answered';
      }
      const note = settings.forumReplyWhenNoAnswer
        ? await sendInThread(thread, asChannelMessage(textMessage(FORUM_NO_ANSWER_TEXT)), {
            logger: ctx.logger,
          })
        : undefined;
      // Logged as not answered (what /insights lists as a gap), whatever the engine's unconfident best was.
      logAnswer(ctx, question, declined(question.text), { channelId: thread.id, messageId: note?.id });
      return 'no_answer';
    } finally {
      admission.release();
    }
  });
}

/**
 * The post's title and first message as one question within the length limit: the part that reads as a
 * question first (the engine reads what kind of answer is wanted from how the question opens), then the other.
 */
export function postText(title: string, body: string, maxChars: number): string {
  return clipQuestion(postParts(title, body).join('\n'), maxChars);
}

/** Title and first message (those not empty), the ones that read as a question first. */
function postParts(title: string, body: string): string[] {
  const parts = [title.trim(), body.trim()].filter(Boolean);
  return [...parts.filter(isQuestion), ...parts.filter((part) => !isQuestion(part))];
}

/**
 * The first confident answer to: the title alone and the first message alone, each when it reads as a
 * question by itself (a title like "Help!" leaves the question to the message, and a long message would bury
 * the title's question), then the whole post (a question that needs the other part: "When did it start?"
 * under the title "ISKP in Pakistan"). A title that only names a topic is never asked alone: one word matched
 * would look confident.
 */
function confidentAnswer(
  ctx: BotContext,
  question: Question,
  title: string,
  body: string,
): Answer | undefined {
  const max = ctx.config.MAX_QUESTION_CHARS;
  const alone = postParts(title, body)
    .filter(isQuestion)
    .map((part) => clipQuestion(part, max));
  for (const text of new Set([...alone, question.text])) {
    const answer = engineAnswer(ctx, { ...question, text });
    if (answer.status === 'answered' && answer.confidence >= FORUM_MIN_CONFIDENCE) return answer;
  }
  return undefined;
}

/** What is logged for a post no confident answer was found for. */
function declined(text: string): Answer {
  return {
    status: 'no_answer',
    question: text,
    excerpt: null,
    matchedTerms: [],
    citations: [],
    reason: { code: 'not_found', message: 'not confident enough to answer a forum post' },
    confidence: 0,
    suggestions: [],
  };
}

/**
 * The post's first message (its id is the thread's): fetched, or as its MESSAGE_CREATE left it in the cache.
 * Discord may need a moment to make it readable, so a failed read is tried again twice; undefined after that
 * (the title alone is the question then).
 */
async function starterMessage(thread: ThreadChannel): Promise<Message | undefined> {
  for (const delay of [0, 250, 750]) {
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    try {
      return await thread.messages.fetch(thread.id);
    } catch {
      const cached = thread.messages.cache.get(thread.id);
      if (cached) return cached;
    }
  }
  return undefined;
}
