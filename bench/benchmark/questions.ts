import { eng as englishStopWords } from 'stopword';
import type { Passage } from '../../src/corpus/types.js';
import { pick, type Random, randomInt, seededRandom } from '../prng.js';

/** Common words a chat question is padded with; content words are never drawn from these. */
const FILLER = new Set(
  `the a an and or of to in on at for by with from about into over this that these those there here is are was
  were be been being have has had do does did can could would should will what which who whom whose when where
  why how some any many much more most other such only also than then them they their it its his her our your
  my we you he she one two very just like well make made used using each both between after before during
  thus however although because therefore within without among upon while become becomes became often
  also even still since until another several various whether either neither`
    .split(/\s+/)
    .concat(englishStopWords),
);

/** Chat-style frames: stop-word heavy, the way people actually ask. `$1..$3` are words from a passage. */
const TEMPLATES = [
  'what is $1',
  'what is the $1 of the $2',
  'how does $1 work',
  'hey, how do i deal with $1 and $2?',
  'can you tell me about $1 please',
  'why is the $1 so $2?',
  'is there anything about $1 in the $2 stuff',
  'what do we know about the $1',
  'where can i find info about $1 and $2 for my $3',
  'who was behind the $1',
  'when did the $1 happen',
  'does anyone know what the $1 of $2 was',
  'i was wondering if there is something on $1, $2 or $3 here',
  'explain $1 $2 to me like i am five',
  '$1 $2 $3?',
  'so what exactly happened with $1 $2 and the $3 after that?',
];

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z'-]{4,}/g) ?? []).filter((w) => !FILLER.has(w));
}

function fill(template: string, words: string[], random: Random): string {
  return template.replace(/\$(\d)/g, () => pick(random, words));
}

/** `count` questions of 3-15 words, each built from one passage's words, reproducible from `seed`. */
export function chatQuestions(passages: readonly Passage[], count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const questions: string[] = [];
  while (questions.length < count) {
    const passage = passages[randomInt(random, passages.length)];
    const words = passage ? contentWords(passage.text) : [];
    if (words.length === 0) continue;
    const question = fill(pick(random, TEMPLATES), words, random);
    const wordCount = question.split(/\s+/).length;
    if (wordCount >= 3 && wordCount <= 15) questions.push(question);
  }
  return questions;
}
