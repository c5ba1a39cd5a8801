import { describe, expect, it } from 'vitest';
import { relPathFor, safeFileName, scopeOf } from '../../src/corpus/names.js';
import { CorpusError } from '../../src/corpus/errors.js';

function reason(name: string): string {
  try {
    safeFileName(name);
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusError);
    return (error as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(name)} to be refused`);
}

describe('safeFileName', () => {
  it('accepts plain names and turns spaces into dashes', () => {
    expect(safeFileName('My Notes.md')).toBe('My-Notes.md');
    expect(safeFileName('report_2024.v2.TXT')).toBe('report_2024.v2.TXT');
    expect(safeFileName('  page.html ')).toBe('page.html');
    expect(safeFileName(safeFileName('My  Notes.md'))).toBe('My-Notes.md');
  });

  it('refuses paths, traversal and hidden files', () => {
    expect(reason('../../etc/passwd')).toMatch(/folders/);
    expect(reason('a/b.txt')).toMatch(/folders/);
    expect(reason('a\\b.txt')).toMatch(/folders/);
    expect(reason('..txt')).toMatch(/'\.\.'/);
    expect(reason('.hidden.txt')).toMatch(/start with a dot/);
  });

  it('refuses control characters and characters outside the safe set', () => {
    expect(reason('a\u0000b.txt')).toMatch(/control characters/);
    expect(reason('tab\there.txt')).toMatch(/control characters/);
    expect(reason('café.txt')).toMatch(/found 'é'/);
    expect(reason('a:b.txt')).toMatch(/found ':'/);
  });

  it('refuses Windows reserved names with any extension', () => {
    for (const name of [
      'CON.txt',
      'con.md',
      'PRN.html',
      'AUX.txt',
      'NUL.txt',
      'COM1.txt',
      'lpt9.md',
      'CON.tar.txt',
    ]) {
      expect(reason(name)).toMatch(/reserved/);
    }
    expect(safeFileName('CONTENT.txt')).toBe('CONTENT.txt');
  });

  it('refuses over-long names, saying so', () => {
    expect(reason(`${'a'.repeat(296)}.txt`)).toBe(
      'the file name is too long (300 characters; the limit is 100)',
    );
    expect(safeFileName(`${'a'.repeat(96)}.txt`)).toHaveLength(100);
  });

  it('refuses unsupported or missing extensions', () => {
    expect(reason('notes.odt')).toBe('unsupported file type .odt; use .txt, .md, .html, .pdf or .docx');
    expect(reason('notes')).toMatch(/no extension/);
    expect(reason('')).toMatch(/empty/);
  });
});

describe('scopeOf and relPathFor', () => {
  it('puts guilds/<id>/ files in that guild and everything else in global', () => {
    expect(scopeOf('guilds/123456789012345678/x.md')).toBe('123456789012345678');
    expect(scopeOf('guilds/123/sub/x.md')).toBe('123');
    expect(scopeOf('x.md')).toBe('global');
    expect(scopeOf('guilds/x.md')).toBe('global');
    expect(scopeOf('guilds/not-an-id/x.md')).toBe('global');
    expect(scopeOf('other/123/x.md')).toBe('global');
  });

  it('builds storage paths from safe names', () => {
    expect(relPathFor('My Notes.md')).toBe('My-Notes.md');
    expect(relPathFor('My Notes.md', '123')).toBe('guilds/123/My-Notes.md');
    expect(() => relPathFor('x.md', '../1')).toThrow(CorpusError);
    expect(() => relPathFor('../x.md', '1')).toThrow(CorpusError);
  });
});
