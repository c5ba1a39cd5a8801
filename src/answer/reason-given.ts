/**
 * "Why did the peace deals with the TTP break down", excerpt "ISKP has capitalized on ... the breakdown of
 * peace deals with the TTP": the excerpt tells the asked event as the cause of something else, not what caused
 * it. A "why" question is answered by the event's cause, so an excerpt whose main sentence (the one matching
 * most of the question) has every matched word on the cause side of a causal link ("capitalized on X", "X
 * provoked ISKP") gives the event as a reason and says nothing of its own.
 */
import { splitSentences } from '../corpus/sentences.js';
import { termOf } from '../search/analyzer.js';
import type { ExcerptChoice } from './align.js';
import { plainQuestion } from './plain-question.js';
import type { QueryPlan } from './query-plan.js';
import { meaningMatch, WORD } from './term-match.js';

/** "Why ...", "so why ...", "how come ...": the cause of the asked event is wanted. */
const WHY_ASKED = /^\W*(?:(?:so|and|but|ok|okay|then)\s+)*(?:why|how\s+come)\b/i;

/**
 * "Why does X matter (for Y)", "why is X important": what X causes is asked, so an excerpt giving X as a
 * cause ("X ... appear to have provoked ISKP") answers.
 */
const CONSEQUENCE_ASKED = /\b(?:matters?|mattered|important|significant|relevant)\b/i;

/**
 * "Why ...", "how come ...", "what's the reason ...", "what made them ...", anywhere in a message; "what's behind
 * the hike", "for what reason", "what led to", "what prompted" (session 54); "what started the fire", "what set
 * the hay bale on fire" (session 67: with "we still don't know what started it" read as said unknown, and a
 * cause left open beside an excerpt giving none declining it, dev sets +3, nothing lost).
 */
const CAUSE_ASKED =
  /\b(?:why|how\s+come|reason\s+(?:why|for|that)|what(?:['\u2019]?s|\s+is|\s+was)?\s+(?:the\s+reason|behind)|for\s+what\s+reason|what\s+(?:caused|made|led\s+to|prompted|triggered|started|sparked)|what\s+set\s+(?:[\w'-]+\s+){0,5}(?:on\s+fire|off|alight))\b/i;
/**
 * Words that give a cause: "because", "due to", "as a result of", "caused by", "the reason", and the cause told
 * first ("... late on Friday nights, which is why it's now locked out").
 */
/** A conclusion drawn from what came before: "which is why", "that's why", "this was why". */
const CONCLUSION_WHY = String.raw`(?:which|that|this)(?:['\u2019]s|\s+is|\s+was)\s+why`;
const CAUSE_GIVEN = new RegExp(
  String.raw`\b(?:because|due\s+to|owing\s+to|as\s+a\s+result\s+of|thanks\s+to|caused\s+by|blamed\s+on|(?:the|main|real|chief|only|biggest)\s+reason|so\s+that|in\s+order\s+to|${CONCLUSION_WHY})\b`,
  'i',
);
/** A sentence opening on such a conclusion ("That's why Tolly and Briarwick sit out Thursday."). */
const OPENS_ON_CONCLUSION = new RegExp(String.raw`^\W*(?:and\s+|so\s+)?(?:${CONCLUSION_WHY}|hence)\b`, 'i');

/** Does a sentence open by drawing its conclusion from the one before, leaving the cause to it? */
export function concludesFromBefore(sentence: string): boolean {
  return OPENS_ON_CONCLUSION.test(sentence);
}

/**
 * Does a question ask for a cause? Not "why does X matter": what X causes answers that, in any words ("so
 * Pakistan is just another one").
 */
export function asksCause(asked: string): boolean {
  return CAUSE_ASKED.test(asked) && !CONSEQUENCE_ASKED.test(asked);
}

/** Does a sentence give a cause in so many words ("went up from £41 because the insurer raised ...")? */
export function givesCause(text: string): boolean {
  return CAUSE_GIVEN.test(text);
}

/** Links whose cause follows them: "because X", "capitalized on X", "exploiting X", "driven by X". */
const CAUSE_AFTER =
  /\b(?:because(?:\s+of)?|due\s+to|as\s+a\s+result\s+of|thanks\s+to|owing\s+to|in\s+response\s+to|driven\s+by|capitali[sz](?:ed|ing|es?)\s+on|exploit(?:ed|ing|s)?|seiz(?:ed|ing|es?)|amid(?:st)?)\b/giu;
/** Links whose cause precedes them: "X provoked ISKP", "X led to ...", "..., drawing attention elsewhere". */
const CAUSE_BEFORE =
  /\b(?:provok(?:ed|ing|es?)|caus(?:ed|ing|es)|led\s+to|lead(?:s|ing)?\s+to|trigger(?:ed|ing|s)?|prompt(?:ed|ing|s)|result(?:ed|ing|s)?\s+in|drawing|leaving)\b/giu;

/** A causal link in a sentence: where it stands, and the span of the sentence that is the cause. */
interface CausalLink {
  start: number;
  end: number;
  causeStart: number;
  causeEnd: number;
}

export const REASON_SETTINGS = {
  /** A sentence word matching a question word at least this strongly stands for it (an alias, a synonym). */
  minWordMatch: 0.49,
  /**
   * A word on the effect side matching a question word at all (the least soft match is 0.36) may say the asked
   * event in other words.
   */
  minNearMatch: 0.35,
};

/**
 * Does a "why" question's excerpt give the asked event only as a cause? Its sentence that matches most of the
 * question's words must hold a causal link with all those matches on the cause side and none on the effect
 * side of any link: then the excerpt explains something else by the event. (A neighbour quoted with it, "the
 * attack also sent a pointed message to the United States", matches a word or two and decides nothing.) A
 * sentence without a link may state the reason in other words ("ISKP seized this moment of lax security to
 * strike" answers why ISKP struck).
 */
export function reasonOnlyGiven(plan: QueryPlan, excerpt: ExcerptChoice): boolean {
  const asked = plainQuestion(plan.asked);
  if (!WHY_ASKED.test(asked) || CONSEQUENCE_ASKED.test(asked)) return false;
  const weighed = plan.terms.filter((term) => (plan.weights.get(term) ?? 0) > 0);
  if (weighed.length === 0) return false;
  let mostHits = 0;
  let onlyCause = false;
  for (const { text } of splitSentences(excerpt.text)) {
    const links = causalLinks(text);
    const hits: number[] = [];
    /** Words near a question word in meaning, though less than a hit ("inflatables" for "kites"). */
    const near: number[] = [];
    /** Hits that are the question's own words (or a name it gives by an alias). */
    const exact: number[] = [];
    for (const word of text.matchAll(WORD)) {
      const term = termOf(word[0].toLowerCase().replace(/['\u2019]s$/u, ''));
      if (term === null) continue;
      const best = Math.max(0, ...weighed.map((asked) => meaningMatch(plan, asked, term)));
      if (best >= REASON_SETTINGS.minNearMatch) near.push(word.index!);
      if (best < REASON_SETTINGS.minWordMatch) continue;
      if (best >= 1) exact.push(word.index!);
      // A link that is itself a word of the question ("why was the capital left open": "leaving") is the
      // asked event, not a cause of it.
      const inLink = links.findIndex((link) => word.index! >= link.start && word.index! < link.end);
      if (inLink >= 0) {
        links.splice(inLink, 1);
        continue;
      }
      hits.push(word.index!);
    }
    if (hits.length === 0 || hits.length < mostHits) continue;
    const onCauseSide = (link: CausalLink, at: number) => at >= link.causeStart && at < link.causeEnd;
    const givenAsCause = links.some((link) => hits.every((at) => onCauseSide(link, at)));
    // The event asked may be said in other words on the effect side ("grounded all the giant inflatables because
    // ..." for "why did they stop the big kites").
    // Only where the cause holds none of the question's own words: "coincided with major operations by the BLA"
    // still gives the BLA's operations as a cause.
    const saidAsEffect = links.some(
      (link) =>
        hits.some((at) => !onCauseSide(link, at)) ||
        (!exact.some((at) => onCauseSide(link, at)) &&
          near.some((at) => !onCauseSide(link, at) && (at < link.start || at >= link.end))),
    );
    // Of sentences matching as many words, any that is not cause-only answers.
    onlyCause = (hits.length > mostHits || onlyCause) && givenAsCause && !saidAsEffect;
    mostHits = hits.length;
  }
  return onlyCause;
}

function causalLinks(sentence: string): CausalLink[] {
  const links: CausalLink[] = [];
  for (const match of sentence.matchAll(CAUSE_AFTER)) {
    const start = match.index!;
    const end = start + match[0].length;
    // "Because of their soft bodies, ctenophores are rare": a link opening the sentence ends its cause at
    // the first comma; "ISKP has capitalized on X, including Y" runs to the sentence's end.
    // So does one opening a clause after "and" or "but" ("..., and because the Scout leaders needed quiet, the
    // final got moved").
    const opensClause = OPENER.test(sentence.slice(0, start)) || CLAUSE_OPENER.test(sentence.slice(0, start));
    const comma = opensClause ? sentence.indexOf(',', end) : -1;
    links.push({ start, end, causeStart: end, causeEnd: comma < 0 ? sentence.length : comma });
  }
  for (const match of sentence.matchAll(CAUSE_BEFORE))
    links.push({
      start: match.index!,
      end: match.index! + match[0].length,
      causeStart: 0,
      causeEnd: match.index!,
    });
  return links;
}

/** What stands before a link that opens a clause: ", and because", "but because". */
const CLAUSE_OPENER = /\b(?:and|but)\s+$/u;

/** What may stand before a link that opens its sentence: "Because", "Beyond exploiting", "Largely due to". */
const OPENER = /^[\s"'\u201c\u2018]*(?:[\p{L}]+\s+)?$/u;
