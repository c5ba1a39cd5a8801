import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared, read-only eval data sits beside the repository; it is never copied into it. */
const DEFAULT_EVAL_DIR = fileURLToPath(new URL('../../../shared/eval', import.meta.url));

/** `--data DIR` wins, then `CITEBOT_EVAL_DIR`, then `../shared/eval` from the repo root. */
export function resolveEvalDir(cliDir?: string): string {
  const chosen = cliDir ?? process.env.CITEBOT_EVAL_DIR ?? DEFAULT_EVAL_DIR;
  return resolve(chosen);
}

/** The data sets each live in one sub-folder; this says whether the folder is usable at all. */
export function evalDirExists(dir: string): boolean {
  return existsSync(resolve(dir, 'squad-v1.1-dev')) || existsSync(resolve(dir, 'beir-scifact'));
}

export const DATASET_FOLDERS = {
  squad: 'squad-v1.1-dev',
  scifact: 'beir-scifact',
  nfcorpus: 'beir-nfcorpus',
  cranfield: 'cranfield',
  cisi: 'cisi',
  wikiqa: 'wikiqa',
  /** SQuAD again, written out as Markdown files and asked through the real CLI. */
  'squad-files': 'squad-v1.1-dev',
} as const;

export type DatasetName = keyof typeof DATASET_FOLDERS;
export const ALL_DATASETS = Object.keys(DATASET_FOLDERS) as DatasetName[];

export function datasetDir(evalDir: string, name: DatasetName): string {
  return resolve(evalDir, DATASET_FOLDERS[name]);
}
