import type { Target } from './types.js';

export interface MeasureSpec {
  id: string;
  label: string;
  target?: Target;
  /** Shown as a plain number (a count or a length) rather than a share. */
  plain?: boolean;
}

/** Every measure in print order, with the targets the product is held to. */
export const MEASURES: MeasureSpec[] = [
  { id: 'squad.recall@1', label: 'SQuAD paragraph recall@1', target: { op: '>=', value: 0.82 } },
  { id: 'squad.recall@5', label: 'SQuAD paragraph recall@5', target: { op: '>=', value: 0.94 } },
  { id: 'squad.mrr@10', label: 'SQuAD paragraph MRR@10' },
  {
    id: 'squad.excerptContainsAnswer',
    label: 'SQuAD cited excerpt contains a gold answer',
    target: { op: '>=', value: 0.76 },
  },
  { id: 'squad.top3CitationsContainAnswer', label: 'SQuAD any of top-3 citations contains it' },
  { id: 'squad.askTopCitationIsGold', label: "SQuAD answer's first citation is the gold paragraph" },
  { id: 'squad.miss.declined', label: 'SQuAD excerpt miss: declined to answer' },
  { id: 'squad.miss.otherParagraph', label: 'SQuAD excerpt miss: quoted another paragraph' },
  { id: 'squad.miss.wrongSentenceOfGold', label: 'SQuAD excerpt miss: wrong sentence of the gold one' },
  {
    id: 'squad.sentenceInGoldParagraph',
    label: 'SQuAD right sentence in the gold paragraph',
    target: { op: '>=', value: 0.86 },
  },
  { id: 'squad.meanExcerptChars', label: 'SQuAD mean excerpt length (chars)', plain: true },
  { id: 'squad.answeredAll', label: 'SQuAD answered (all questions)' },
  {
    id: 'squad.abstention.withheldAnswered',
    label: 'SQuAD answered, own article withheld',
    target: { op: '<=', value: 0.3 },
  },
  {
    id: 'squad.abstention.presentAnswered',
    label: 'SQuAD answered, own article present',
    target: { op: '>=', value: 0.95 },
  },
  { id: 'scifact.ndcg@10', label: 'SciFact nDCG@10', target: { op: '>=', value: 0.69 } },
  { id: 'scifact.recall@100', label: 'SciFact Recall@100' },
  { id: 'nfcorpus.ndcg@10', label: 'NFCorpus nDCG@10', target: { op: '>=', value: 0.335 } },
  { id: 'nfcorpus.recall@100', label: 'NFCorpus Recall@100' },
  { id: 'cranfield.map', label: 'Cranfield MAP' },
  { id: 'cisi.map', label: 'CISI MAP' },
  ...(['even', 'odd', 'all'] as const).flatMap((split): MeasureSpec[] => {
    const half = { even: 'even (tune)', odd: 'odd (check)', all: 'all' }[split];
    return [
      { id: `wikiqa.${split}.excerptHoldsGold`, label: `WikiQA ${half}: excerpt holds a gold sentence` },
      {
        id: `wikiqa.${split}.noAnswerOwnPageQuoted`,
        label: `WikiQA ${half}: page holds no answer, yet a quote from that page`,
      },
      { id: `wikiqa.${split}.noAnswerAnswered`, label: `WikiQA ${half}: page holds no answer, yet answered` },
      { id: `wikiqa.${split}.answerableAnswered`, label: `WikiQA ${half}: answered, page holds an answer` },
      { id: `wikiqa.${split}.precision`, label: `WikiQA ${half}: right among answered (precision)` },
      { id: `wikiqa.${split}.f1`, label: `WikiQA ${half}: answer-triggering F1` },
    ];
  }),
  { id: 'squad-files.excerpt.cli', label: 'SQuAD files + CLI: cited excerpt contains a gold answer' },
  {
    id: 'squad-files.excerpt.fileArticles',
    label: 'SQuAD in memory, passages of the files: excerpt contains it',
  },
  {
    id: 'squad-files.excerpt.memory',
    label: 'SQuAD in memory, one passage per paragraph: excerpt contains it',
  },
  { id: 'squad-files.answered.cli', label: 'SQuAD files + CLI: answered' },
  { id: 'squad-files.answered.memory', label: 'SQuAD in memory: answered' },
  { id: 'squad-files.passages', label: 'SQuAD files: passages made (n = paragraphs)', plain: true },
  {
    id: 'squad-files.paragraphs.split',
    label: 'SQuAD files: paragraphs split in several passages',
    plain: true,
  },
  {
    id: 'squad-files.paragraphs.merged',
    label: 'SQuAD files: paragraphs merged with a neighbour',
    plain: true,
  },
];
