/** Deciding whether a message in an answer channel is a question, and cleaning the bot's mention out of one. */

const QUESTION_WORDS = new Set([
  'who',
  'whom',
  'whose',
  'what',
  'when',
  'where',
  'why',
  'how',
  'which',
  'is',
  'are',
  'was',
  'were',
  'am',
  'do',
  'does',
  'did',
  'can',
  'could',
  'should',
  'would',
  'will',
  'shall',
  'may',
  'might',
  'must',
  'has',
  'have',
  'had',
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "don't",
  "doesn't",
  "didn't",
  "can't",
  "couldn't",
  "shouldn't",
  "wouldn't",
  "won't",
  "hasn't",
  "haven't",
]);

/** Starting with a question word is only trusted for a real sentence, not "what" or "how so". */
const MIN_WORDS_WITHOUT_QUESTION_MARK = 3;

/**
 * True for text that reads as a question: it ends with '?' (ignoring closing quotes, brackets and emoji
 * after it) or starts with a question word (who/what/when/where/why/how/which/is/are/does/can/...).
 */
export function readsAsQuestion(text: string): boolean {
  const trimmed = text.trim();
  if (!/\p{L}/u.test(trimmed)) return false;
  if (/\?[\s"'”’)\]!.\p{Extended_Pictographic}]*$/u.test(trimmed)) return true;
  const words = trimmed
    .replace(/[’]/g, "'")
    .split(/\s+/)
    .map((word) => word.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}']+$/gu, ''));
  return words.length >= MIN_WORDS_WITHOUT_QUESTION_MARK && QUESTION_WORDS.has(words[0] ?? '');
}

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
  if (facts.channelIds.some((id) => answerChannels.includes(id)) && readsAsQuestion(facts.content)) {
    return 'answer-channel';
  }
  return undefined;
}
