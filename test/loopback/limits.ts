/**
 * Discord's platform limits, enforced the way Discord enforces them: a 400 with an "Invalid Form Body"
 * error tree. A bot that overflows a limit fails its end-to-end test instead of failing in production.
 */

export interface DiscordErrorBody {
  message: string;
  code: number;
  errors?: Record<string, unknown>;
}

export interface FieldProblem {
  path: (string | number)[];
  code: string;
  message: string;
}

const MAX_CONTENT = 2000;
const MAX_EMBEDS = 10;
const MAX_EMBED_TOTAL = 6000;
const MAX_FIELDS = 25;
const MAX_CHOICES = 25;
const MAX_CHOICE_TEXT = 100;
const EMBED_TEXT_LIMITS: [keyof EmbedLike, number][] = [
  ['title', 256],
  ['description', 4096],
];

interface EmbedLike {
  title?: unknown;
  description?: unknown;
  fields?: unknown;
  footer?: { text?: unknown };
  author?: { name?: unknown };
}

export interface MessageBodyLike {
  content?: unknown;
  embeds?: unknown;
  components?: unknown;
  attachments?: unknown;
  sticker_ids?: unknown;
  poll?: unknown;
}

function tooLong(path: FieldProblem['path'], max: number): FieldProblem {
  return { path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` };
}

function textLength(value: unknown): number {
  return typeof value === 'string' ? value.length : 0;
}

function embedProblems(embed: EmbedLike, index: number): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [key, max] of EMBED_TEXT_LIMITS) {
    if (textLength(embed[key]) > max) problems.push(tooLong(['embeds', index, key], max));
  }
  if (textLength(embed.footer?.text) > 2048)
    problems.push(tooLong(['embeds', index, 'footer', 'text'], 2048));
  if (textLength(embed.author?.name) > 256) problems.push(tooLong(['embeds', index, 'author', 'name'], 256));
  const fields = Array.isArray(embed.fields) ? (embed.fields as { name?: unknown; value?: unknown }[]) : [];
  if (fields.length > MAX_FIELDS) problems.push(tooLong(['embeds', index, 'fields'], MAX_FIELDS));
  fields.forEach((field, fieldIndex) => {
    if (textLength(field.name) > 256)
      problems.push(tooLong(['embeds', index, 'fields', fieldIndex, 'name'], 256));
    if (textLength(field.value) > 1024) {
      problems.push(tooLong(['embeds', index, 'fields', fieldIndex, 'value'], 1024));
    }
  });
  return problems;
}

function embedSize(embed: EmbedLike): number {
  const fields = Array.isArray(embed.fields) ? (embed.fields as { name?: unknown; value?: unknown }[]) : [];
  return (
    textLength(embed.title) +
    textLength(embed.description) +
    textLength(embed.footer?.text) +
    textLength(embed.author?.name) +
    fields.reduce((sum, field) => sum + textLength(field.name) + textLength(field.value), 0)
  );
}

/** Nests problems into Discord's `{embeds: {0: {title: {_errors: [...]}}}}` shape. */
export function invalidFormBody(problems: FieldProblem[]): DiscordErrorBody {
  const errors: Record<string, unknown> = {};
  for (const problem of problems) {
    let node = errors;
    for (const key of problem.path) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    node._errors = [
      ...((node._errors as unknown[] | undefined) ?? []),
      { code: problem.code, message: problem.message },
    ];
  }
  return { message: 'Invalid Form Body', code: 50035, errors };
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

/**
 * Checks a message body (channel message, interaction reply, webhook message or edit).
 * `isNew` adds Discord's "Cannot send an empty message" check, which edits do not get.
 */
export function messageBodyError(
  body: MessageBodyLike,
  options: { isNew: boolean; fileCount: number },
): DiscordErrorBody | null {
  const problems: FieldProblem[] = [];
  if (textLength(body.content) > MAX_CONTENT) problems.push(tooLong(['content'], MAX_CONTENT));
  const embeds = Array.isArray(body.embeds) ? (body.embeds as EmbedLike[]) : [];
  if (embeds.length > MAX_EMBEDS) problems.push(tooLong(['embeds'], MAX_EMBEDS));
  embeds.forEach((embed, index) => {
    problems.push(...embedProblems(embed, index));
  });
  if (embeds.reduce((sum, embed) => sum + embedSize(embed), 0) > MAX_EMBED_TOTAL) {
    problems.push({
      path: ['embeds'],
      code: 'MAX_EMBED_SIZE_EXCEEDED',
      message: `Embed size exceeds maximum size of ${MAX_EMBED_TOTAL}`,
    });
  }
  if (problems.length > 0) return invalidFormBody(problems);

  const hasSomething =
    !isEmpty(body.content) ||
    !isEmpty(body.embeds) ||
    !isEmpty(body.components) ||
    !isEmpty(body.sticker_ids) ||
    !isEmpty(body.poll) ||
    options.fileCount > 0;
  if (options.isNew && !hasSomething) return { message: 'Cannot send an empty message', code: 50006 };
  return null;
}

/** Checks an autocomplete result (interaction callback type 8). */
export function autocompleteChoicesError(choices: unknown): DiscordErrorBody | null {
  const list = Array.isArray(choices) ? (choices as { name?: unknown; value?: unknown }[]) : [];
  const problems: FieldProblem[] = [];
  if (list.length > MAX_CHOICES) problems.push(tooLong(['data', 'choices'], MAX_CHOICES));
  list.forEach((choice, index) => {
    const nameLength = textLength(choice.name);
    if (nameLength < 1 || nameLength > MAX_CHOICE_TEXT) {
      problems.push({
        path: ['data', 'choices', index, 'name'],
        code: 'BASE_TYPE_BAD_LENGTH',
        message: `Must be between 1 and ${MAX_CHOICE_TEXT} in length.`,
      });
    }
    if (textLength(choice.value) > MAX_CHOICE_TEXT) {
      problems.push(tooLong(['data', 'choices', index, 'value'], MAX_CHOICE_TEXT));
    }
  });
  return problems.length > 0 ? invalidFormBody(problems) : null;
}
