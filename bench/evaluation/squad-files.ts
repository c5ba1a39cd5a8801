/**
 * SQuAD through real files and the real CLI: the 48 dev articles written as Markdown files (front matter title,
 * paragraphs separated by blank lines) into a temp corpus folder, a fixed sample of questions asked through
 * `tsx src/cli/ask.ts --corpus DIR --json` in batch mode (one question per stdin line, one JSON line out).
 * Beside it, on the same questions: the in-memory figure (one passage per SQuAD paragraph, as `squad` and the
 * CI guard measure) and the in-memory figure over the articles the product makes of those same files, which
 * tells the passages' part in any difference from the CLI's own.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/corpus/types.js';
import { squadArticles } from '../datasets/articles.js';
import { articleFromMarkdown, markdownFile } from '../datasets/markdown.js';
import type { SquadArticle, SquadDataset, SquadQuestion } from '../datasets/types.js';
import { sampleInOrder } from '../prng.js';
import type { PipelineAnswer, SystemUnderTest } from '../systems/types.js';
import { containsAnyAnswer, normaliseSpace } from '../text.js';
import { timed } from './timer.js';
import type { SystemRun, Timing } from './types.js';

/** The CI guard's fixed sample (test/quality/squad-guard.test.ts): 1,000 questions, seed 7. */
export const SQUAD_FILES_SAMPLE = 1_000;
export const SQUAD_FILES_SEED = 7;

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES = 15;

/** The corpus file an article is written to: its synthetic name, `.md` instead of `.txt`, no folder. */
function fileNameOf(article: SquadArticle): string {
  return article.file.replace(/^squad\//, '').replace(/\.txt$/, '.md');
}

interface CliAnswer {
  status: 'answered' | 'no_answer';
  answer: string | null;
  citations: { file: string; title: string; passage: string; text: string }[];
}

/** One question per line (newlines inside a question would split it, empty lines are skipped by the CLI). */
function questionLine(question: SquadQuestion): string {
  const line = question.question.replace(/\s+/g, ' ').trim();
  if (line === '') throw new Error(`SQuAD question ${question.id} is empty`);
  return line;
}

function askThroughCli(corpusDir: string, questions: readonly string[]): CliAnswer[] {
  const result = spawnSync('npx', ['tsx', 'src/cli/ask.ts', '--corpus', corpusDir, '--json'], {
    cwd: REPO_ROOT,
    input: `${questions.join('\n')}\n`,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(
      `the CLI failed (exit ${result.status ?? result.signal}): ${result.stderr.slice(0, 2000)}`,
    );
  }
  const lines = result.stdout.split('\n').filter((l) => l.trim() !== '');
  if (lines.length !== questions.length) {
    throw new Error(`the CLI gave ${lines.length} answers to ${questions.length} questions`);
  }
  return lines.map((l) => JSON.parse(l) as CliAnswer);
}

/** How a gold paragraph fared when its article became a file: kept as one passage, split, or merged. */
type ParagraphFate = 'same' | 'split' | 'merged';

/**
 * Where each SQuAD paragraph ended up among the passages made of its file. The file holds the paragraphs in
 * order separated by blank lines, and every passage is a verbatim range of it, so positions decide.
 */
function paragraphFates(squad: SquadArticle, fileArticle: Article): Map<string, ParagraphFate> {
  const fates = new Map<string, ParagraphFate>();
  // Offsets of each paragraph and each passage in the body (paragraphs joined by blank lines).
  let offset = 0;
  const paragraphs = squad.paragraphs.map((p) => {
    const text = p.text.replace(/\s*\n\s*/g, ' ').trim();
    const range = { id: p.id, start: offset, end: offset + text.length };
    offset += text.length + 2;
    return range;
  });
  const body = squad.paragraphs.map((p) => p.text.replace(/\s*\n\s*/g, ' ').trim()).join('\n\n');
  let from = 0;
  const passages = fileArticle.passages.map((p) => {
    const start = body.indexOf(p.text, from);
    if (start < 0) throw new Error(`${fileArticle.file}: a passage is not in the body as written`);
    from = start + p.text.length;
    return { start, end: from };
  });
  for (const paragraph of paragraphs) {
    const overlapping = passages.filter((p) => p.start < paragraph.end && p.end > paragraph.start);
    const one = overlapping.length === 1 ? overlapping[0] : undefined;
    if (overlapping.length > 1) fates.set(paragraph.id, 'split');
    else if (one && one.start === paragraph.start && one.end === paragraph.end)
      fates.set(paragraph.id, 'same');
    else fates.set(paragraph.id, 'merged');
  }
  return fates;
}

interface Row {
  question: SquadQuestion;
  fate: ParagraphFate;
  memory: PipelineAnswer;
  memoryHit: boolean;
  fileMemory: PipelineAnswer;
  fileMemoryHit: boolean;
  cli: CliAnswer;
  cliHit: boolean;
  /** A gold answer is inside one passage of the file (false: every occurrence straddles a passage boundary). */
  answerInOnePassage: boolean;
  /** The in-memory excerpt lies inside one passage of the file (false: the file's passages cut it). */
  memoryExcerptInOnePassage: boolean;
}

export interface SquadFilesRun extends SystemRun {
  counts: Record<string, number>;
}

/** Runs all three on the same questions. `system` is the product's in-memory pipeline (`citebot`). */
export function runSquadFiles(
  dataset: SquadDataset,
  system: SystemUnderTest,
  maxQuestions: number | undefined,
): SquadFilesRun {
  const timings: Timing[] = [];
  const note = (what: string, ms: number, count?: number) =>
    timings.push({ dataset: 'squad-files', system: system.label, what, ms, count });
  const questions = sampleInOrder(
    dataset.questions,
    Math.min(maxQuestions ?? SQUAD_FILES_SAMPLE, SQUAD_FILES_SAMPLE),
    SQUAD_FILES_SEED,
  );
  const lines = questions.map(questionLine);

  const files = dataset.articles.map((a) => ({
    squad: a,
    name: fileNameOf(a),
    markdown: markdownFile(
      a.title,
      a.paragraphs.map((p) => p.text),
    ),
  }));
  const fileArticles = files.map((f) => articleFromMarkdown(f.name, f.markdown));
  const fileArticleOf = new Map(files.map((f, i) => [f.squad.file, fileArticles[i] as Article]));
  const fates = new Map<string, ParagraphFate>();
  for (const f of files) {
    for (const [id, fate] of paragraphFates(f.squad, fileArticleOf.get(f.squad.file) as Article)) {
      fates.set(id, fate);
    }
  }

  const dir = mkdtempSync(join(tmpdir(), 'citebot-squad-files-'));
  let cli: CliAnswer[];
  try {
    for (const f of files) writeFileSync(join(dir, f.name), f.markdown);
    const ran = timed(() => askThroughCli(dir, lines));
    note(`CLI: start, index ${files.length} files, ask (one process)`, ran.ms, lines.length);
    cli = ran.result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const memory = timed(() => {
    const index = system.build(squadArticles(dataset.articles));
    return lines.map((q) => index.ask(q));
  });
  note('in memory, SQuAD paragraphs: build + ask', memory.ms, lines.length);
  const fileMemory = timed(() => {
    const index = system.build(fileArticles);
    return lines.map((q) => index.ask(q));
  });
  note('in memory, passages of the files: build + ask', fileMemory.ms, lines.length);

  const rows: Row[] = questions.map((question, i) => {
    const m = memory.result[i] as PipelineAnswer;
    const fm = fileMemory.result[i] as PipelineAnswer;
    const c = cli[i] as CliAnswer;
    const passages = (fileArticleOf.get(question.articleFile) as Article).passages.map((p) =>
      normaliseSpace(p.text),
    );
    const inOne = (text: string | null) =>
      text !== null && passages.some((p) => p.includes(normaliseSpace(text)));
    return {
      question,
      fate: fates.get(question.paragraphId) ?? 'same',
      memory: m,
      memoryHit: m.answered && containsAnyAnswer(m.excerpt, question.answers),
      fileMemory: fm,
      fileMemoryHit: fm.answered && containsAnyAnswer(fm.excerpt, question.answers),
      cli: c,
      cliHit: c.status === 'answered' && containsAnyAnswer(c.answer, question.answers),
      answerInOnePassage: question.answers.some((a) => passages.some((p) => p.includes(normaliseSpace(a)))),
      memoryExcerptInOnePassage: m.excerpt === null || inOne(m.excerpt),
    };
  });

  const n = rows.length;
  const share = (pass: (r: Row) => boolean, among: readonly Row[] = rows) =>
    among.length === 0 ? Number.NaN : among.filter(pass).length / among.length;
  const paragraphs = dataset.articles.reduce((sum, a) => sum + a.paragraphs.length, 0);
  const filePassages = fileArticles.reduce((sum, a) => sum + a.passages.length, 0);
  const allFates = [...fates.values()];
  const measures: Record<string, number> = {
    'squad-files.excerpt.cli': share((r) => r.cliHit),
    'squad-files.excerpt.fileArticles': share((r) => r.fileMemoryHit),
    'squad-files.excerpt.memory': share((r) => r.memoryHit),
    'squad-files.answered.cli': share((r) => r.cli.status === 'answered'),
    'squad-files.answered.memory': share((r) => r.memory.answered),
    'squad-files.passages': filePassages,
    'squad-files.paragraphs.split': allFates.filter((f) => f === 'split').length,
    'squad-files.paragraphs.merged': allFates.filter((f) => f === 'merged').length,
  };
  const counts: Record<string, number> = Object.fromEntries(Object.keys(measures).map((id) => [id, n]));
  counts['squad-files.passages'] = paragraphs;
  counts['squad-files.paragraphs.split'] = paragraphs;
  counts['squad-files.paragraphs.merged'] = paragraphs;

  // Where the files lose (or win) against memory, by what became of the gold paragraph.
  const byFate: Record<string, unknown> = {};
  for (const fate of ['same', 'split', 'merged'] as const) {
    const group = rows.filter((r) => r.fate === fate);
    byFate[fate] = {
      questions: group.length,
      memory: share((r) => r.memoryHit, group),
      fileArticles: share((r) => r.fileMemoryHit, group),
      cli: share((r) => r.cliHit, group),
      lostInFiles: group.filter((r) => r.memoryHit && !r.cliHit).length,
      wonInFiles: group.filter((r) => !r.memoryHit && r.cliHit).length,
    };
  }
  const lost = rows.filter((r) => r.memoryHit && !r.cliHit);
  const goldFileOf = (r: Row) => fileNameOf({ file: r.question.articleFile } as SquadArticle);
  const lostWhy = {
    declined: lost.filter((r) => r.cli.status !== 'answered').length,
    otherArticle: lost.filter(
      (r) => r.cli.status === 'answered' && r.cli.citations[0]?.file !== goldFileOf(r),
    ).length,
    ownArticle: lost.filter((r) => r.cli.status === 'answered' && r.cli.citations[0]?.file === goldFileOf(r))
      .length,
    answerStraddlesPassages: lost.filter((r) => !r.answerInOnePassage).length,
    memoryExcerptCutByPassages: lost.filter((r) => !r.memoryExcerptInOnePassage).length,
  };
  const details = {
    sample: { size: n, seed: SQUAD_FILES_SEED },
    passages: { paragraphs, filePassages },
    cliAgreesWithFileArticlesInMemory: share(
      (r) =>
        r.cli.status === (r.fileMemory.answered ? 'answered' : 'no_answer') &&
        r.cli.answer === r.fileMemory.excerpt,
    ),
    byGoldParagraphFate: byFate,
    lostInFiles: { total: lost.length, ...lostWhy },
    wonInFiles: rows.filter((r) => !r.memoryHit && r.cliHit).length,
    lostExamples: lost.slice(0, EXAMPLES).map((r) => ({
      question: r.question.question,
      answers: r.question.answers,
      fate: r.fate,
      memoryExcerpt: r.memory.excerpt,
      cliStatus: r.cli.status,
      cliExcerpt: r.cli.answer,
      cliPassage: r.cli.citations[0]?.passage ?? null,
    })),
  };
  return { measures, timings, details, counts };
}
