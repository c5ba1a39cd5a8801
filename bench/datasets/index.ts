import { loadBeir } from './beir.js';
import { loadCisi } from './cisi.js';
import { loadCranfield } from './cranfield.js';
import { type DatasetName, datasetDir } from './data-dir.js';
import type { RetrievalDataset } from './types.js';

export type RankedDatasetName = Exclude<DatasetName, 'squad' | 'squad-files' | 'wikiqa'>;

export function loadRankedDataset(evalDir: string, name: RankedDatasetName): RetrievalDataset {
  const dir = datasetDir(evalDir, name);
  switch (name) {
    case 'scifact':
    case 'nfcorpus':
      return loadBeir(dir, name);
    case 'cranfield':
      return loadCranfield(dir);
    case 'cisi':
      return loadCisi(dir);
  }
}

export * from './data-dir.js';
export { loadSquad } from './squad.js';
export { loadWikiqa } from './wikiqa.js';
export type * from './types.js';
