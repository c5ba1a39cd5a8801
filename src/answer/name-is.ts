/**
 * "IS" as a name (the Islamic State), not the verb: search ignores "is", so a question's "does IS have a
 * chain of command" lost its subject. Read by position, never by letter case ("does is have" reads the
 * same): "is" is a name only where the verb cannot stand.
 */
import type { Token } from '../search/analyzer.js';
import { NAME_IS_TERM } from '../search/taught-aliases.js';

/**
 * Words after which "is" cannot be the verb: an auxiliary ("does IS have", "where is IS putting", "why hasnt
 * IS been"), a preposition ("attacks by IS", "the tactics of IS"), a verb taking an object ("beating IS in
 * syria") or a determiner ("another IS attack").
 */
const BEFORE_NAME = new Set(
  (
    'does did do has have had hasnt doesnt didnt havent is was are were isnt wasnt can could will would ' +
    'should might must against by from with about for to into toward towards behind vs versus of after under join joined ' +
    'joining fight fighting fought beat beating defeat defeating defeated attack attacking ' +
    // A determiner: "another IS attack", "the IS fighters". @example session 31: chat set 7,832 -> 7,834
    // (three "another IS attack before the shrine one" now find the police-academy attack; one trap, "the IS
    // spokesman's name", answered); dev and blind sets, SQuAD all unchanged.
    'the a an another every each'
  ).split(' '),
);

/** The question's tokens, an "is" in a name's place given the term `NAME_IS_TERM`. */
export function withNameIs(tokens: readonly Token[]): Token[] {
  return tokens.map((token, i) => (isNameIs(tokens, i) ? { ...token, term: NAME_IS_TERM } : token));
}

function isNameIs(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]!.surface.toLowerCase().replace(/’/g, "'");
  // "IS's main focus": the verb has no possessive.
  if (word === "is's") return true;
  if (word !== 'is' || i === 0) return false;
  const before = tokens[i - 1]!.surface.toLowerCase().replace(/['’]/g, '');
  return BEFORE_NAME.has(before);
}
