/**
 * /insights as messages: one ephemeral embed (questions asked, share answered, the unanswered questions grouped,
 * answers voted not helpful with their passages, the most cited articles) with the window's CSV attached, and
 * the replies to `/insights purge`. Pure functions within Discord's limits (test/discord/insights-render.test.ts).
 */
import { type APIEmbed, type APIEmbedField, ButtonStyle } from 'discord.js';
import type { InsightsReport, PurgeResult } from '../../db/index.js';
import { button, buttonRows } from './buttons.js';
import { PURGE_BUTTON_ID } from './custom-ids.js';
import { LIMITS, truncateWords } from './limits.js';
import { oneLine, safeText } from './markdown.js';
import { type BotMessage, ephemeral, noPings, textMessage } from './payload.js';

/** Discord takes attachments of 10 MiB from any bot; the CSV is cut (at a row) well below that. */
export const MAX_CSV_BYTES = 8 * 1024 * 1024;
/** Lines per list. */
const LINES = 10;

const quoted = (text: string, max: number) => `“${safeText(truncateWords(oneLine(text), max))}”`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Lines joined up to `max` characters (whole lines only); "" stands for "none". */
function fieldValue(lines: readonly string[], none: string): string {
  const kept: string[] = [];
  let length = 0;
  for (const line of lines.slice(0, LINES)) {
    const clipped = truncateWords(line, LIMITS.fieldValue);
    if (length + clipped.length + 1 > LIMITS.fieldValue) break;
    kept.push(clipped);
    length += clipped.length + 1;
  }
  return kept.length > 0 ? kept.join('\n') : none;
}

/** `titles`: article file -> title, for the articles this server can see (others show as their file). */
export function renderInsights(
  report: InsightsReport,
  csv: string,
  titles: ReadonlyMap<string, string> = new Map(),
): BotMessage {
  const share = Math.round(report.answeredShare * 100);
  const summary =
    report.questions === 0
      ? `No questions were asked in this server in the last ${report.days} days.`
      : `**${report.questions}** ${report.questions === 1 ? 'question' : 'questions'} asked, **${share}%** ` +
        `answered (${report.answered} answered, ${report.unanswered} not in the articles).`;
  const unanswered = report.topUnanswered.map(
    (group) =>
      `• ${quoted(group.question, 150)}${group.count > 1 ? ` ×${group.count}` : ''}` +
      (group.phrasings.length > 1 ? ` (${plural(group.phrasings.length, 'phrasing')})` : ''),
  );
  const notHelpful = report.notHelpful.map(
    (answer) =>
      `• ${quoted(answer.question || '(question not kept)', 120)} — ` +
      `${answer.passageId ? `passage ${safeText(truncateWords(answer.passageId, 120))}` : 'no passage'} ` +
      `(${answer.notHelpful} not helpful, ${answer.helpful} helpful)`,
  );
  const articles = report.topArticles.map((article) => {
    const title = titles.get(article.article);
    const name = title
      ? `${safeText(truncateWords(oneLine(title), 100))} (${safeText(truncateWords(article.article, 100))})`
      : safeText(truncateWords(article.article, 150));
    return `• ${name} — ${plural(article.citations, 'answer')}`;
  });
  const fields: APIEmbedField[] = [
    {
      name: 'Asked most, not in the articles (write these next)',
      value: fieldValue(unanswered, 'None: every question was answered.'),
    },
    { name: 'Answers voted not helpful', value: fieldValue(notHelpful, 'None.') },
    { name: 'Most cited articles', value: fieldValue(articles, 'None yet.') },
  ];
  const embed: APIEmbed = {
    title: `Insights: the last ${report.days} days`,
    color: 0x1971c2,
    description: `${summary}\nEvery question of the window is in the attached CSV (no user ids).`,
    fields,
    footer: { text: 'Only you can see this. /insights purge deletes this server’s questions and votes.' },
  };
  return ephemeral({
    embeds: [embed],
    allowedMentions: noPings(),
    files: [{ attachment: csvBytes(csv), name: `insights-${report.days}d.csv` }],
  });
}

/** The CSV as bytes, cut after a whole row when over MAX_CSV_BYTES. */
export function csvBytes(csv: string, max = MAX_CSV_BYTES): Buffer {
  const bytes = Buffer.from(csv, 'utf8');
  if (bytes.length <= max) return bytes;
  const cut = bytes.subarray(0, max).lastIndexOf('\r\n');
  return bytes.subarray(0, cut < 0 ? 0 : cut + 2);
}

export function renderPurged(result: PurgeResult): BotMessage {
  return textMessage(
    `Deleted this server’s question log and votes: ${plural(result.questions, 'question')} and ` +
      `${plural(result.votes, 'vote')}. New questions are logged from now on.`,
    { ephemeral: true },
  );
}

export function renderPurgeNotConfirmed(): BotMessage {
  return textMessage(
    'Nothing deleted. To delete every question and vote this server has logged, run `/insights purge confirm:True`.',
    { ephemeral: true },
  );
}

/** `/insights purge` without `confirm`: ask, with a button that deletes. */
export function renderPurgeConfirm(): BotMessage {
  return {
    ...textMessage(
      'Delete every question and vote this server has logged? This cannot be undone. ' +
        '(Settings and articles are kept.)',
      { ephemeral: true },
    ),
    components: buttonRows([button('Delete questions and votes', PURGE_BUTTON_ID, ButtonStyle.Danger)]),
  };
}
