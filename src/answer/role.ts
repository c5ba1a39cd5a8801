/**
 * "Who is the president of Iraq": the excerpt must name the role, and name it as Iraq's. A role written
 * after another name ("Syrian President Bashar Al-Assad") is that name's, and a role in one sentence with
 * the place in another ("In Iraq, a coalition ... In Syria, troops loyal to Syrian President ...") says
 * nothing of who holds it there.
 */
import type { Passage } from '../corpus/types.js';
import { termOf } from '../search/analyzer.js';
import type { ExcerptChoice } from './align.js';
import type { PassageReader, ReadSentence } from './passage-reader.js';
import { PLAN_SETTINGS, type QueryPlan } from './query-plan.js';
import { matchTerms, WORD } from './term-match.js';
import { isRegionCode, isRegionName, regionOfDemonym } from './region-names.js';

/** Does some sentence of the excerpt name the question's role as held in what the question names? */
export function roleNamed(
  plan: QueryPlan,
  passage: Passage,
  excerpt: ExcerptChoice,
  reader: PassageReader,
  minMatch: number,
): boolean {
  const role = plan.role;
  if (role === undefined) return true;
  const names = [...plan.specific].filter((term) => (excerpt.matches.get(term) ?? 0) >= minMatch);
  const leading = plan.roleIsVerb === true && LEADING.has(role);
  return someSentenceMatches(plan, passage, excerpt, reader, (sentence, matches) => {
    if ((matches.get(role) ?? 0) < minMatch && !(leading && saysLeading(sentence))) return false;
    if (!names.every((name) => (matches.get(name) ?? 0) >= minMatch)) return false;
    // "Everyone was running" says nothing of who runs ISKP: a verb needs what it is done to beside it; it
    // is not owned by the name before it ("Baghdadi leads the group"), as "Syrian President" is.
    if (plan.roleIsVerb === true)
      return plan.terms.some((term) => term !== role && (matches.get(term) ?? 0) >= minMatch);
    return !roleOwnedByAnotherName(plan, sentence, role);
  });
}

/**
 * Verbs of being in charge: "who runs the planning committee" is answered by "Cllr Derek Holroyd, who chairs
 * the planning committee". Only for the role asked as a verb (`roleVerbOf`): everywhere else "run" is a race
 * or money running out, and "head" a body's part.
 */
const LEADING: ReadonlySet<string> = new Set(
  ['run', 'lead', 'head', 'chair', 'manage', 'direct', 'command', 'captain'].map(
    (word) => termOf(word) ?? word,
  ),
);

function saysLeading(sentence: ReadSentence): boolean {
  for (const term of LEADING) if (sentence.termSet.has(term)) return true;
  return false;
}

/**
 * "Which US president ordered the airstrikes": some sentence of the excerpt speaks of a president not
 * written as another's ("Syrian President Bashar Al-Assad"). Only the title is asked for, not that it is
 * held in what the question names (as `roleNamed` asks of "who is the president of"): SQuAD's "Which US
 * President visited Jacksonville" is answered by "President Grover Cleveland attended ...". @example
 * session 19: chat set 1,818 -> 1,822, dev h28+h29 +1 (traps); WikiQA tune, SQuAD sample unchanged; SQuAD's
 * 4,005 right which / what questions -2 ("What Khitan leader defected": its excerpt names no leader).
 */
export function titleNamed(
  plan: QueryPlan,
  passage: Passage,
  excerpt: ExcerptChoice,
  reader: PassageReader,
  minMatch: number,
): boolean {
  const title = plan.title;
  if (title === undefined) return true;
  if ((excerpt.matches.get(title.term) ?? 0) < minMatch) return false;
  return someSentenceMatches(
    plan,
    passage,
    excerpt,
    reader,
    (sentence, matches) =>
      (matches.get(title.term) ?? 0) >= minMatch && !titleOfAnotherCountry(sentence, title),
  );
}

/** Does some sentence of the excerpt pass `test`, given the question's words it matches? */
function someSentenceMatches(
  plan: QueryPlan,
  passage: Passage,
  excerpt: ExcerptChoice,
  reader: PassageReader,
  test: (sentence: ReadSentence, matches: ReadonlyMap<string, number>) => boolean,
): boolean {
  return reader
    .sentencesWithin(passage, excerpt)
    .some((sentence) => test(sentence, matchTerms(plan, sentence.termSet, { sentence, found: new Set() })));
}

/** Is the term written in the sentence, and every time right after a word `owns` takes for its owner? */
function writtenOnlyAfter(
  sentence: ReadSentence,
  term: string,
  owns: (before: string | undefined) => boolean,
): boolean {
  const words = [...sentence.text.matchAll(WORD)].map((word) => word[0]);
  let written = 0;
  let owned = 0;
  words.forEach((word, i) => {
    if (termOf(word.toLowerCase()) !== term) return;
    written++;
    if (owns(words[i - 1])) owned++;
  });
  return written > 0 && owned === written;
}

/**
 * Is every place the sentence writes the title preceded by another country's name ("Syrian President" for
 * "which US president")? Any other word before it (a person's name, "Luftwaffe general") may be the owner's.
 */
function titleOfAnotherCountry(sentence: ReadSentence, title: { term: string; owner: string[] }): boolean {
  const owners = new Set(title.owner.map((word) => regionOfDemonym(word) ?? word));
  return writtenOnlyAfter(sentence, title.term, (word) => {
    const before = word?.toLowerCase().replace(/['\u2019]s$/u, '');
    if (before === undefined) return false;
    const country = isRegionName(before) || isRegionCode(before) ? before : regionOfDemonym(before);
    return country !== undefined && !owners.has(country) && !owners.has(before);
  });
}

/**
 * Is every place the sentence writes the role word preceded by a capitalised word the question does not use
 * ("Syrian President" asked of Pakistan)? A role matched only in meaning (no word of its term) is not.
 */
function roleOwnedByAnotherName(plan: QueryPlan, sentence: ReadSentence, role: string): boolean {
  return writtenOnlyAfter(sentence, role, (before) => {
    if (!before || before[0] === before[0]!.toLowerCase()) return false;
    const term = termOf(before.toLowerCase().replace(/['\u2019]s$/u, ''));
    return term !== null && !plan.terms.includes(term) && !isRelatedName(plan, term);
  });
}

/**
 * A word for one of the question's names: the same word's other form ("syrian" for "syria", "pakistani" for
 * "pakistan"), or one the vectors put as near as `minRelatedNameCosine` ("russia" ~ "russian").
 */
function isRelatedName(plan: QueryPlan, term: string): boolean {
  return [...plan.specific].some(
    (name) =>
      (name.length >= 4 && term.startsWith(name)) ||
      (term.length >= 4 && name.startsWith(term)) ||
      (plan.relatedness?.cosine(name, term) ?? 0) >= PLAN_SETTINGS.minRelatedNameCosine,
  );
}
