/**
 * Showing untrusted text (corpus passages, titles, people's questions) in Discord exactly as written:
 * Markdown escaped, mentions defanged, and the matched words bolded without breaking either.
 */
import { escapeMarkdown } from 'discord.js';

const ZERO_WIDTH_SPACE = '\u200b';

/** Text with no Markdown effect and no working mention, for descriptions, field values and titles. */
export function safeText(text: string): string {
  return defangMentions(escapeAll(text));
}

/** discord.js escapeMarkdown with every option on, plus the block syntax it leaves alone (quotes, subtext). */
export function escapeAll(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
    .replace(/^(\s*)>/gm, '$1\\>')
    .replace(/^(\s*)-#(\s)/gm, '$1\\-#$2');
}

/**
 * Insert a zero-width space after '@' in @everyone, @here and <@id>/<@!id>/<@&id>, so they show as text and
 * cannot ping even where allowed_mentions would not apply.
 */
export function defangMentions(text: string): string {
  return (
    text
      // No word boundary required: whether Discord would treat @everyoneX as @everyone is not worth guessing.
      .replace(/@(?=everyone|here)/gi, `@${ZERO_WIDTH_SPACE}`)
      .replace(/<@(?=[!&]?\d)/g, `<@${ZERO_WIDTH_SPACE}`)
  );
}

/** Undo defangMentions (re-deriving a question from an embed we rendered). */
export function removeZeroWidthSpaces(text: string): string {
  return text.replaceAll(ZERO_WIDTH_SPACE, '');
}

/** True when text holds something Discord would treat as a mention of everyone, here, a user or a role. */
export function hasLiveMention(text: string): boolean {
  return /@(?:everyone|here)|<@[!&]?\d+>/i.test(text);
}

// Terms made of letters, digits and in-word punctuation only: those look the same escaped and raw.
const BOLDABLE_TERM = /^[\p{L}\p{N}](?:[\p{L}\p{N}'’. -]*[\p{L}\p{N}])?$/u;
const URL_PATTERN = /(?:https?:\/\/|<https?:\/\/)\S+/g;

/**
 * Bold `terms` (case-insensitive, whole words) in text that is ALREADY escaped by safeText. Terms with
 * Markdown characters are skipped, a match never starts right after a backslash, and URLs are left alone,
 * so escapes and links survive.
 */
export function boldTerms(escapedText: string, terms: readonly string[]): string {
  const usable = [...new Set(terms.map((term) => term.trim()).filter((term) => BOLDABLE_TERM.test(term)))];
  if (usable.length === 0) return escapedText;
  usable.sort((a, b) => b.length - a.length);
  const alternatives = usable.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_\\\\])(?:${alternatives})(?![\\p{L}\\p{N}_])`, 'giu');
  let result = '';
  let last = 0;
  for (const url of escapedText.matchAll(URL_PATTERN)) {
    result += escapedText.slice(last, url.index).replace(pattern, '**$&**') + url[0];
    last = url.index + url[0].length;
  }
  return result + escapedText.slice(last).replace(pattern, '**$&**');
}

/** A link Discord shows as `title` (escaped, brackets too) without an embed preview; plain title if no safe url. */
export function maskedLink(title: string, url: string | undefined): string {
  const href = safeUrl(url);
  if (!href) return safeText(oneLine(title));
  const text = defangMentions(escapeMarkdown(oneLine(title)).replace(/[[\]]/g, '\\$&'));
  return `[${text}](<${href}>)`;
}

/** Titles and names shown on one line: runs of whitespace (newlines too) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The url normalised, if it is http(s) and short enough to use; undefined otherwise. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (parsed.username || parsed.password) return undefined;
  const href = parsed.href.replace(/[()<> ]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return href.length <= 512 ? href : undefined;
}

/** Prefix every line with "> " so Discord shows the text as a quote. */
export function blockquote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}
