/**
 * Titles and URLs given by an admin at upload time (`/corpus add file title url`). They are kept beside the
 * files in one small manifest, `.citebot-overrides.json` at the corpus root, so the uploaded file itself is
 * stored exactly as sent and the override survives restarts. Applied to an article by corpus/parse.ts
 * (`articleFromBytes`).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './folder.js';
import { safeUrl } from './meta.js';

export interface Override {
  title?: string;
  url?: string;
}

export const OVERRIDES_FILE = '.citebot-overrides.json';

export async function readOverrides(corpusDir: string): Promise<Map<string, Override>> {
  try {
    const parsed: unknown = JSON.parse(await readFile(join(corpusDir, OVERRIDES_FILE), 'utf8'));
    if (!parsed || typeof parsed !== 'object') return new Map();
    return new Map(
      Object.entries(parsed as Record<string, unknown>).flatMap(([file, value]) => {
        const entry = value as Record<string, unknown> | null;
        const override: Override = {};
        if (typeof entry?.title === 'string') override.title = entry.title;
        const url = safeUrl(entry?.url);
        if (url) override.url = url;
        return [[file, override] as const];
      }),
    );
  } catch {
    // Missing or unreadable: no overrides (the files themselves are what matters).
    return new Map();
  }
}

/** Sets (or with `undefined`, clears) one file's override. */
export async function writeOverride(
  corpusDir: string,
  file: string,
  override: Override | undefined,
): Promise<void> {
  const overrides = await readOverrides(corpusDir);
  if (!override && !overrides.has(file)) return;
  if (override) overrides.set(file, override);
  else overrides.delete(file);
  await writeFileAtomic(
    join(corpusDir, OVERRIDES_FILE),
    Buffer.from(JSON.stringify(Object.fromEntries(overrides), null, 2)),
  );
}
