/**
 * Deciding whether a message in an answer channel is a question (by the answer stages' own rule,
 * `isQuestion`), and cleaning the bot's mention out of one.
 */
import { isQuestion } from '../answer/read-question.js';

/** Remove `<@botId>` / `<@!botId>` mentions and tidy the whitespace left behind. */
export function stripBotMention(content: string, botId: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[,:;]+\s*/, '');
}

export type MessageTrigger = 'dm' | 'mention' | 'reply' | 'answer-channel';

export interface MessageFacts {
  inGuild: boolean;
  /** The channel, and its parent for threads (a thread in an answer channel counts as that channel). */
  channelIds: readonly string[];
  content: string;
  mentionsBot: boolean;
  repliesToBot: boolean;
}

/** Why the bot should answer this message, or undefined to stay quiet. */
export function messageTrigger(
  facts: MessageFacts,
  answerChannels: readonly string[],
): MessageTrigger | undefined {
  if (!facts.inGuild) return 'dm';
  if (facts.mentionsBot) return 'mention';
  if (facts.repliesToBot) return 'reply';
  if (facts.channelIds.some((id) => answerChannels.includes(id)) && isQuestion(facts.content)) {
    return 'answer-channel';
  }
  return undefined;
}
