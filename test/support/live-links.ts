/**
 * A small Discord-like recogniser of live links, for tests: masked links `[text](url)` whose `[` is not
 * escaped (simple-markdown's link rule, as Discord's parser uses it), bare `https://` autolinks and
 * `<scheme:/...>` autolinks, each not preceded by an odd number of backslashes.
 */

/** Backslashes directly before `index`. */
function backslashesBefore(text: string, index: number): number {
  let count = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i--) count++;
  return count;
}

// simple-markdown's link rule (Discord's Markdown parser): `[text](url)`, text with one level of nesting.
const MASKED_LINK =
  /\[((?:\[[^\]]*\]|[^[\]]|\](?=[^[]*\]))*)\]\(\s*<?((?:\([^)]*\)|[^\s\\]|\\.)*?)>?(?:\s+['"][\s\S]*?['"])?\s*\)/g;
// Discord's bare-URL autolink and `<scheme:/...>` autolink.
const BARE_URL = /(?:https?|steam):\/\/[^\s<]+[^<.,:;"')\]\s]/g;
const ANGLE_URL = /<([^: >]+:\/[^ >]+)>/g;

/** Every live link a Discord-like parser finds: masked links whose `[` is not escaped, and autolinks. */
export function liveLinks(text: string): string[] {
  const live: string[] = [];
  for (const match of text.matchAll(MASKED_LINK))
    if (backslashesBefore(text, match.index) % 2 === 0) live.push(match[0]);
  for (const pattern of [BARE_URL, ANGLE_URL])
    for (const match of text.matchAll(pattern))
      if (backslashesBefore(text, match.index) % 2 === 0) live.push(match[0]);
  return live;
}
