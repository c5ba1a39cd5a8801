/**
 * A polite message around a question: "Good afternoon. I am a retired nurse. How many people were killed
 * there? Thank you." The greeting, the thanks, the sign-off ("Kind regards", "Yours, Harold"), an apology
 * for the typing and what the asker says of themselves ("my late husband served in the Army") are how it is
 * put, not what it asks; their words would count as missing from every answer ("Army" is even a word of
 * the articles), nor is a reaction beside it ("damn thats crazy."). Only the sentences that ask, and those that tell what the asker read or heard ("I read
 * that ...", "I keep seeing the letters ISKP"), are kept. A message with no question sentence is left whole.
 */
import { STOP_WORDS } from '../search/analyzer.js';

/** A greeting, however it is addressed: "Good evening, ladies and gentlemen", "Evening all", "Dear friends". */
/** The Muslim greeting however it is spelt ("salam", "assalamu alaikum", "salaam o alaikum", "AoA"), and "marhaba". */
const SALAM = String.raw`(?:a?s+alaa?m(?:u|o)?|sala+m)(?:\s*-?\s*(?:o\s+|u\s+)?(?:alaikum|alaykum|aleikum|alikum|alaikom|alykum))?|aoa|marhaba`;

const GREETING = String.raw`(?:good\s+(?:morning|afternoon|evening|day)|morning|afternoon|evening|hello+|hi+|hiya|hey+|howdy|greetings|alright|${SALAM}|dear(?:\s+(?!you\b)[\p{L}]+){0,3}(?=\s*,)|dear)(?:,?\s+(?:to\s+)?(?:you(?:\s+all)?|u\s+all|all|everyone|everybody|there|folks|(?:dear\s+)?friends|chaps|members|ladies\s+and\s+gentlemen|(?:dear\s+)?(?:brothers|sisters)(?:\s+and\s+sisters)?|guys|again|once\s+more))*`;

/** Thanks and sign-offs, with a name or a word on the sender after them ("Many thanks, Margaret"). */
const SIGN_OFF = String.raw`(?:(?:(?:with\s+)?(?:many|much|best|kind(?:est)?|warm(?:est)?|grateful|great)\s+)+(?:thanks|regards|wishes)(?:\s+(?:indeed|again|in\s+advance))?|with\s+thanks(?:\s+in\s+advance)?|(?:thank\s+(?:you|u)|thanks)(?:\s+(?:so|very|ever\s+so)\s+much|\s+kindly|\s+again|\s+in\s+advance)*(?:\s+for\s+(?:your|the|this|all|being)\b[^?]*)?|i\s+thank\s+(?:you|u)(?:\s+kindly)?(?:\s+for\s+your\s+(?:time|help))?|ta(?:\s+very\s+much)?|cheers|much\s+(?:obliged|appreciated)|i\s+am\s+much\s+obliged(?:\s+to\s+anyone\b.*)?|yours(?:\s+(?:truly|sincerely|faithfully))?)(?:\s*,\s*(?:much\s+appreciated|and\s+apologies\b.*|from\s+.*|[\p{L}.'-]+(?:\s+[\p{L}.'-]+)?))?`;

/** Condolences and blessings beside a question: "RIP to the victims", "may Allah have mercy", "prayers for them". */
const CONDOLENCE = String.raw`(?:may\s+(?:allah|god)|allah\s+(?!is\b)[\p{L}]+|rip|rest\s+in\s+peace|(?:my\s+)?(?:prayers|thoughts\s+and\s+prayers|condolences|duas?)\s+(?:to|for|with|go)|praying\s+for|inna\s+lillahi)\b.*`;

/** Whole sentences of courtesy: greetings, thanks, good wishes, apologies, asking to be forgiven. */
const COURTESY_SENTENCE = new RegExp(
  String.raw`^\W*(?:${GREETING}|${SIGN_OFF}|(?:${GREETING}\s*,?\s*)?(?:i\s+)?(?:do\s+)?(?:hope|trust)\s+(?:you|u|you['\u2019]re|you\s+are|this(?:\s+message)?|all|everyone)\b.*|${CONDOLENCE}|(?:${GREETING}\s*,?\s*)?(?:i\s+do\s+hope\s+i\s+am\s+not\s+intruding)|(?:i\s+am\s+|i['\u2019]m\s+)?(?:so\s+)?sorry\b.*|(?:and\s+|with\s+)?(?:my\s+)?apologies\b.*|i\s+(?:do\s+|must\s+)?apologi[sz]e\b.*|(?:i\s+am|i['\u2019]m)\s+(?:so\s+|very\s+|most\s+|truly\s+)?(?:grateful|thankful)\s+for\b.*|(?:please\s+)?(?:excuse|forgive|pardon)\s+(?:the|my|me)\b.*|(?:i\s+(?:should|would)\s+be|i['\u2019]d\s+be)\s+(?:most\s+|very\s+|so\s+)?(?:grateful|obliged|thankful)\b.*|any\s+help\s+(?:would\s+be\s+|is\s+)?(?:much\s+|greatly\s+)?appreciated)\W*$`,
  'iu',
);

/**
 * A reaction said beside the question: "damn thats crazy.", "scary.", "sad.", "heartbreaking.", "feels
 * relevant". How the asker feels, never what is asked ("crazy" and "sad" would count as missing from every
 * answer).
 */
const REACTION = String.raw`(?:(?:damn|wow|whoa|oof|omg|man|jeez|geez|god|yikes|ugh|sheesh|holy\s+\w+)\W+)*(?:(?:that|thats|that['\u2019]s|this\s+is|its|it['\u2019]s|so|how|what\s+a)\s+)?(?:(?:so|really|pretty|super|just|absolutely|truly|very|kinda|lowkey)\s+)?(?:crazy|scary|sad|brutal|heartbreaking|horrible|horrific|terrible|awful|tragic|insane|wild|nuts|messed\s+up|unreal|devastating|shocking|grim|rough|bleak|depressing|wow|damn|oof|yikes|jeez|geez|omg|wtf|ugh|smh|rip|interesting|wild\s+stuff|feels\s+relevant|just\s+curious|curious)(?:\s+(?:stuff|news|tbh|honestly|lol|man|dude|bro|tho|though))?`;
const REACTION_SENTENCE = new RegExp(String.raw`^\W*${REACTION}\W*$`, 'iu');
/** A reaction opening the sentence that asks: "thats crazy, how many got hurt", "wow - who did it". */
const LEADING_REACTION = new RegExp(
  String.raw`^\W*${REACTION}\s*(?:[,:;\u2013\u2014-]+|\.{2,})\s*(?=\S)`,
  'iu',
);

/** A leading greeting inside a sentence that goes on to more: "Hello, and thank you for this service." */
const LEADING_GREETING = new RegExp(String.raw`^\W*${GREETING}\s*[,!.]\s*(?:and\s+)?`, 'iu');

/** Words a question sentence may open with. */
const QUESTION_OPENING =
  /^\W*(?:who|whom|whose|what|whats|what['\u2019]s|when|where|where['\u2019]ve|wheres|why|which|how|hows|is|are|was|were|do|does|did|can|could|would|will|might|may|should|has|have|had|in\s+(?:what|which)|to\s+(?:what|which)|since\s+(?:what|when)|(?:please\s+)?tell\s+me|i\s+(?:should|would|['\u2019]d)\s+(?:very\s+much\s+|really\s+|so\s+)?(?:like|love)\s+to\s+(?:know|understand|learn|find\s+out)|i\s+(?:want|need|wish)\s+to\s+(?:know|understand|find\s+out)|i\s+wonder(?:ed)?\s+(?:whether|if|what|who|why|how|when|where|which))\b/iu;

/** The asker speaking of themselves: "I am a retired engineer", "My nephew served in Iraq". */
const ABOUT_THE_ASKER =
  /^\W*(?:i|i['\u2019]m|i['\u2019]ve|i['\u2019]d|my|our|we|we['\u2019]re|it\s+is\s+a\s+\w+\s+thing)\b/iu;
/** ... unless what they say is what they read or heard: the topic the question goes on about. */
const TELLS_WHAT_WAS_READ =
  /\b(?:read|heard|hearing|saw|seen|seeing|gather|gathered|understood|understand|impression|remember|recall|think\s+it\s+was|believe|noticed|told|learned|learnt|says|said|claims|claimed|article|piece|report|news)\b/iu;

/** A preamble before the question proper: "Just a short one from me, if I may: what is the BLA?" */
const PREAMBLE_THEN_QUESTION = /^(.*?)(?::\s+|,\s+but\s+)(?=\S)/iu;
/** A preamble that only says how the question is put ("a daft question", "if I may", "forgive me"). */
const MODEST_PREAMBLE =
  /\b(?:(?:short|quick|small|simple|silly|daft|dumb|stupid|odd|basic)\s+(?:one|question|q)|if\s+i\s+may|forgive|pardon|excuse)\b/iu;

const WORDS = /[\p{L}\p{N}'\u2019]+/gu;
/** Words of a bare request ("would you tell me", "is that true"), which name no topic. */
const REQUEST_WORDS: ReadonlySet<string> = new Set(
  'tell explain help please kindly true right correct know'.split(' '),
);

/** The message's sentences, each with what ends it. */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=\S)/u).filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

function isQuestion(sentence: string): boolean {
  return /\?\s*$/u.test(sentence) || QUESTION_OPENING.test(sentence);
}

/** The part of a sentence from its question on: past a preamble and a colon or ", but". */
function fromTheQuestion(sentence: string): string {
  const preamble = PREAMBLE_THEN_QUESTION.exec(sentence);
  if (!preamble) return sentence;
  const rest = sentence.slice(preamble[0].length);
  const before = preamble[1]!;
  // "Islamabad bombing: what sort of building" keeps its topic; "my daughter lives abroad, so I wondered:" goes.
  const aside =
    MODEST_PREAMBLE.test(before) || (ABOUT_THE_ASKER.test(before) && !TELLS_WHAT_WAS_READ.test(before));
  return aside && QUESTION_OPENING.test(rest) && !isQuestion(before) ? rest : sentence;
}

/** The message with its courtesies and the asker's words about themselves left out (see the file's comment). */
export function withoutCourtesies(text: string): string {
  const sentences = sentencesOf(text);
  if (sentences.length < 2 && !LEADING_GREETING.test(text) && !LEADING_REACTION.test(text)) return text;
  const kept = sentences
    .map((sentence) => sentence.replace(LEADING_GREETING, '').replace(LEADING_REACTION, ''))
    .filter(
      (sentence) =>
        /[\p{L}\p{N}]/u.test(sentence) &&
        !COURTESY_SENTENCE.test(sentence) &&
        !REACTION_SENTENCE.test(sentence),
    );
  if (!kept.some(isQuestion)) return text;
  // "I am curious what term ISKP used for Pakistan. Would you tell me?": a question that says nothing by
  // itself asks about what the asker said.
  const questionWords = kept
    .filter(isQuestion)
    .flatMap((sentence) => sentence.toLowerCase().match(WORDS) ?? []);
  if (questionWords.filter((word) => !STOP_WORDS.has(word) && !REQUEST_WORDS.has(word)).length < 2)
    return kept.join(' ');
  const asked = kept
    .filter(
      (sentence) =>
        isQuestion(sentence) || !ABOUT_THE_ASKER.test(sentence) || TELLS_WHAT_WAS_READ.test(sentence),
    )
    .map((sentence) => (isQuestion(sentence) ? fromTheQuestion(sentence) : sentence));
  return asked.join(' ');
}
