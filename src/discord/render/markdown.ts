/**
 * Showing untrusted text (corpus passages, titles, people's questions) in Discord exactly as written:
 * Markdown escaped, mentions defanged, and the matched words bolded without breaking either.
 */
import { escapeMarkdown } from 'discord.js';
import { safeUrl as checkedUrl } from '../../corpus/meta.js';
import { escapeRegExp } from '../../search/reg-exp.js';

const ZERO_WIDTH_SPACE = '\u200b';

/** Text with no Markdown effect and no working mention, for descriptions, field values and titles. */
export function safeText(text: string): string {
  return defangMentions(escapeAll(text));
}

/**
 * discord.js escapeMarkdown with every option on, plus what it leaves live: the block syntax (quotes,
 * subtext), every bracket and parenthesis (its masked-link escape covers only a line's first `[`, and
 * `\[x](url)` is still a link), and URLs (`https:\//…` shows as `https://…` but is not a link, so quoted
 * text never holds a link, masked or bare, and never an embed preview).
 */
export function escapeAll(text: string): string {
  return escapeMarkdown(text, {
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: false, // done below, for every bracket
    // Without '*' or '_' the result is the same, and escapeItalic's lookbehind regexes are the costly part.
    italic: /[*_]/.test(text),
  })
    .replace(/[[\]()]/g, '\\$&')
    .replace(/:\//g, ':\\/')
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
// A URL as written, or as escapeAll shows it (`https:\//…`).
const URL_PATTERN = /<?https?:\\?\/\/\S+/g;

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const WORD_CHAR_OR_BACKSLASH = /[\p{L}\p{N}_\\]/u;

/** The character (a whole code point) starting at `index`, or ''. */
function charAt(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** The character (a whole code point) ending just before `index`, or ''. */
function charBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  const pair = index >= 2 && low >= 0xdc00 && low <= 0xdfff && text.charCodeAt(index - 2) >= 0xd800;
  return text.slice(pair ? index - 2 : index - 1, index);
}

/**
 * Bold `terms` (case-insensitive, whole words) in text that is ALREADY escaped by safeText. Terms with
 * Markdown characters are skipped, a match never starts right after a backslash, and URLs are left alone,
 * so escapes and links survive.
 */
export function boldTerms(escapedText: string, terms: readonly string[]): string {
  const usable = [...new Set(terms.map((term) => term.trim()).filter((term) => BOLDABLE_TERM.test(term)))];
  if (usable.length === 0) return escapedText;
  usable.sort((a, b) => b.length - a.length);
  const escaped = usable.map(escapeRegExp);
  // The pattern made for each answer holds only the terms: Unicode classes and lookarounds in it made V8
  // compile it slowly (most of the rendering time). Word boundaries are checked here instead, with the same
  // result as `(?<![\p{L}\p{N}_\\])(?:terms)(?![\p{L}\p{N}_])`.
  const any = new RegExp(escaped.join('|'), 'giu');
  let each: RegExp[] | undefined;
  /** Where the bolded term starting at `start` ends, or -1: the first term, longest first, ending a word. */
  const termEnd = (text: string, start: number, matched: string): number => {
    if (!WORD_CHAR.test(charAt(text, start + matched.length))) return start + matched.length;
    each ??= escaped.map((term) => new RegExp(term, 'iuy'));
    for (const term of each) {
      term.lastIndex = start;
      const found = term.exec(text)?.[0];
      if (found !== undefined && !WORD_CHAR.test(charAt(text, start + found.length)))
        return start + found.length;
    }
    return -1;
  };
  const bold = (text: string) => {
    let result = '';
    let last = 0;
    any.lastIndex = 0;
    for (let match = any.exec(text); match; match = any.exec(text)) {
      const start = match.index;
      const end = WORD_CHAR_OR_BACKSLASH.test(charBefore(text, start)) ? -1 : termEnd(text, start, match[0]);
      if (end < 0) {
        any.lastIndex = start + charAt(text, start).length; // next character (/u would step back into a pair)
        continue;
      }
      result += `${text.slice(last, start)}**${text.slice(start, end)}**`;
      last = end;
      any.lastIndex = end;
    }
    return result + text.slice(last);
  };
  let result = '';
  let last = 0;
  for (const url of escapedText.matchAll(URL_PATTERN)) {
    result += bold(escapedText.slice(last, url.index)) + url[0];
    last = url.index + url[0].length;
  }
  return result + bold(escapedText.slice(last));
}

/** A link Discord shows as `title` (escaped, brackets too) without an embed preview; plain title if no safe url. */
export function maskedLink(title: string, url: string | undefined): string {
  const href = safeUrl(url);
  if (!href) return safeText(oneLine(title));
  const text = safeText(oneLine(title));
  return `[${text}](<${href}>)`;
}

/** Titles and names shown on one line: runs of whitespace (newlines too) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The url normalised, if it is http(s) and short enough to use; undefined otherwise. The protocol and
 * credentials check is the corpus's (corpus/meta.ts), made on the parsed form (which holds no whitespace: the
 * URL parser encodes or drops it), so what passes is what the parser makes of `url`.
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let normalised: string;
  try {
    normalised = new URL(url).href;
  } catch {
    return undefined;
  }
  const href = checkedUrl(normalised)?.replace(
    /[()<> ]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return href !== undefined && href.length <= 512 ? href : undefined;
}

/** Prefix every line with "> " so Discord shows the text as a quote. */
export function blockquote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}
