/**
 * Which files can be articles. One list, used by uploads (names.ts), the folder walk and the parser,
 * so they never disagree about what is supported.
 */
import { CorpusError } from './errors.js';

export type FileKind = 'text' | 'markdown' | 'html' | 'pdf' | 'docx';

const KINDS: Readonly<Record<string, FileKind>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(KINDS);

/** Lower-cased extension with its dot (`.md`), or '' when the name has none. A leading dot is not one. */
export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export function fileKindOf(name: string): FileKind | undefined {
  return KINDS[extensionOf(name)];
}

/** The reason given for any file we cannot read as an article. */
export function unsupportedReason(name: string): string {
  const ext = extensionOf(name);
  return ext
    ? `unsupported file type ${ext}; use .txt, .md, .html, .pdf or .docx`
    : 'the file name has no extension; use .txt, .md, .html, .pdf or .docx';
}

export function requireFileKind(name: string): FileKind {
  const kind = fileKindOf(name);
  if (!kind) throw new CorpusError(unsupportedReason(name));
  return kind;
}
