/**
 * Discord's size limits, word-boundary truncation, and a checker that tests run over every payload.
 * Limits are counted in UTF-16 code units (JS `length`), which is never fewer than Discord's characters.
 */
import type { BotMessage } from './payload.js';

export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

export const ELLIPSIS = '…';

/**
 * Shorten `text` to at most `max` characters, cutting at the last whitespace that fits and adding "…".
 * A single word longer than `max` is cut mid-word (never mid surrogate pair): there is no boundary to use.
 */
export function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return '';
  if (max === 1) return ELLIPSIS;
  const room = text.slice(0, max - ELLIPSIS.length + 1);
  const lastSpace = room.search(/\s\S*$/);
  let cut = lastSpace > 0 ? room.slice(0, lastSpace) : room.slice(0, max - ELLIPSIS.length);
  cut = cut.replace(/\s+$/, '');
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}${ELLIPSIS}`;
}

/**
 * Fit `raw` into `max` characters AFTER `render` (escaping, bolding, quoting grow the text): truncate the raw
 * text on word boundaries and re-render until it fits. Cutting only raw text means no escape sequence,
 * bold marker or link is ever split.
 */
export function fitRendered(raw: string, max: number, render: (text: string) => string): string {
  let budget = Math.min(raw.length, max);
  let rendered = render(truncateWords(raw, budget));
  while (rendered.length > max && budget > 0) {
    const overflow = rendered.length - max;
    budget = Math.max(0, Math.min(budget - overflow, Math.floor(budget * 0.9)));
    rendered = render(truncateWords(raw, budget));
  }
  return rendered.length > max ? '' : rendered;
}

/** Characters an embed contributes to Discord's 6,000 total. */
export function embedLength(embed: NonNullable<BotMessage['embeds']>[number]): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

/** Every way a payload breaks Discord's limits or our no-ping rule; empty when it is fine to send. */
export function discordLimitProblems(message: BotMessage): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  const embeds = message.embeds ?? [];
  check(Boolean(message.content) || embeds.length > 0, 'message is empty');
  check((message.content ?? '').length <= LIMITS.content, 'content over 2,000');
  check(embeds.length <= LIMITS.embeds, 'more than 10 embeds');
  check(
    Array.isArray(message.allowedMentions?.parse) && message.allowedMentions.parse.length === 0,
    'allowedMentions.parse is not []',
  );
  embeds.forEach((embed, i) => {
    check((embed.title?.length ?? 0) <= LIMITS.embedTitle, `embed ${i} title over 256`);
    check((embed.description?.length ?? 0) <= LIMITS.embedDescription, `embed ${i} description over 4,096`);
    check((embed.footer?.text.length ?? 0) <= LIMITS.footer, `embed ${i} footer over 2,048`);
    check((embed.author?.name.length ?? 0) <= LIMITS.authorName, `embed ${i} author over 256`);
    check((embed.fields?.length ?? 0) <= LIMITS.fields, `embed ${i} has more than 25 fields`);
    for (const field of embed.fields ?? []) {
      check(
        field.name.length > 0 && field.name.length <= LIMITS.fieldName,
        `embed ${i} field name length ${field.name.length}`,
      );
      check(
        field.value.length > 0 && field.value.length <= LIMITS.fieldValue,
        `embed ${i} field value length ${field.value.length}`,
      );
    }
    if (embed.url !== undefined) check(/^https?:\/\//.test(embed.url), `embed ${i} url is not http(s)`);
  });
  check(
    embeds.reduce((sum, embed) => sum + embedLength(embed), 0) <= LIMITS.embedTotal,
    'embeds over 6,000 in total',
  );
  const rows = message.components ?? [];
  check(rows.length <= LIMITS.actionRows, 'more than 5 action rows');
  const customIds = new Set<string>();
  for (const row of rows) {
    check(
      row.components.length > 0 && row.components.length <= LIMITS.buttonsPerRow,
      'action row with 0 or over 5 buttons',
    );
    for (const button of row.components) {
      check(
        ('label' in button ? (button.label?.length ?? 0) : 0) <= LIMITS.buttonLabel,
        'button label over 80',
      );
      if ('custom_id' in button) {
        check(
          button.custom_id.length > 0 && button.custom_id.length <= LIMITS.customId,
          `custom_id length ${button.custom_id.length}`,
        );
        check(!customIds.has(button.custom_id), `duplicate custom_id ${button.custom_id}`);
        customIds.add(button.custom_id);
      }
    }
  }
  return problems;
}

export function fitsDiscordLimits(message: BotMessage): boolean {
  return discordLimitProblems(message).length === 0;
}

export interface Choice {
  name: string;
  value: string;
}

/** Autocomplete answers: at most 25 choices, names and values 1-100 characters. */
export function choicesFitDiscordLimits(choices: Choice[]): boolean {
  return (
    choices.length <= LIMITS.choices &&
    choices.every(
      (choice) =>
        choice.name.length >= 1 &&
        choice.name.length <= LIMITS.choiceName &&
        choice.value.length >= 1 &&
        choice.value.length <= LIMITS.choiceValue,
    )
  );
}
