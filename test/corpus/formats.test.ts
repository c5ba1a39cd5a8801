import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parse.js';
import { CorpusError } from '../../src/corpus/errors.js';

const MAX = 100_000;
const utf8 = (text: string) => new TextEncoder().encode(text);
const para = (word: string) => `${`${word} `.repeat(45).trim()}.`;

function parse(file: string, text: string) {
  return parseArticle(file, 'global', utf8(text), { maxBytes: MAX });
}

function reason(file: string, text: string | Uint8Array): string {
  try {
    parseArticle(file, 'global', typeof text === 'string' ? utf8(text) : text, { maxBytes: MAX });
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusError);
    return (error as Error).message;
  }
  throw new Error('expected a CorpusError');
}

describe('plain text', () => {
  it('reads a title line as people write one: labelled, underlined or marked as a heading', () => {
    for (const head of ['Title: Harvest report', 'Harvest report\n==============', '# Harvest report']) {
      const article = parse('a.txt', `${head}\n\n${para('body')}`);
      expect(article.title, head).toBe('Harvest report');
      expect(article.passages[0]!.text.startsWith('body body'), head).toBe(true);
    }
  });

  it('does not take a sentence for a title', () => {
    const article = parse('a.txt', `This is a sentence.\n\n${para('body')}`);
    expect(article.title).toBe('This is a sentence');
    expect(article.passages[0]!.text.startsWith('This is a sentence.')).toBe(true);
  });

  it('takes a URL line at the bottom as the source', () => {
    const article = parse('a.txt', `${para('body')}\n\nSource: https://example.org/story?id=1\n`);
    expect(article.url).toBe('https://example.org/story?id=1');
    expect(article.passages.map((p) => p.text).join('')).not.toContain('https://');
  });

  it('finds a source line just below the title', () => {
    const article = parse('a.txt', `The Title\n\nBy X - https://example.org/x -\n\n${para('body')}\n`);
    expect(article).toMatchObject({ title: 'The Title', url: 'https://example.org/x' });
    expect(article.passages.map((p) => p.text)).toEqual([para('body')]);
  });

  it('keeps a lone short line as text when nothing follows it', () => {
    const article = parse('a.txt', 'Just a heading\n\n');
    expect(article.title).toBe('Just a heading');
    expect(article.passages.map((p) => p.text)).toEqual(['Just a heading']);
  });

  it('keeps a file holding only a URL line as its text', () => {
    expect(parse('a.txt', 'https://example.org\n').passages).toHaveLength(1);
  });
});

describe('markdown', () => {
  it('reads title, url, author and date from front matter and keeps the body verbatim', () => {
    const text = `---\ntitle: "Front Title"\nurl: https://example.org/a\nauthor: Ann\ndate: 2024-03-05\ntags: [x, y]\n---\n# Heading\n\n${para('alpha')}\n\n## Part two\n${para('beta')}\n`;
    const article = parse('notes.md', text);
    expect(article).toMatchObject({
      title: 'Front Title',
      url: 'https://example.org/a',
      author: 'Ann',
      date: '2024-03-05',
    });
    expect(article.passages[0]!.text.startsWith(`# Heading\n\n${para('alpha')}`)).toBe(true);
    expect(article.passages[1]!.text).toBe(`## Part two\n${para('beta')}`);
    for (const p of article.passages) {
      expect(text.includes(p.text)).toBe(true);
      expect(p.text).not.toContain('title:');
    }
  });

  it('falls back to the first # heading, without its Markdown marks', () => {
    expect(parse('n.md', `Intro line\n\n# The **Real** [Title](https://x.org)\n\n${para('a')}`).title).toBe(
      'The Real Title',
    );
    expect(
      parse('n.md', `---\ntitle: [a, list]\nurl: ftp://x.org\n---\n## Sub only\n\n${para('a')}`),
    ).toMatchObject({
      title: 'Sub only',
    });
    expect(parse('n.md', `---\n---\n${para('a')}`).url).toBeUndefined();
  });

  it('converts a YAML date value to an ISO string and ignores non-string fields', () => {
    const article = parse('n.md', `---\ntitle: 42\nauthor: {name: x}\ndate: "2024-01-02"\n---\n${para('a')}`);
    expect(article.date).toBe('2024-01-02');
    expect(article.author).toBeUndefined();
    expect(article.title.startsWith('a a a')).toBe(true);
  });

  it('reads a plain front matter value holding a colon, which strict YAML takes for a nested map', () => {
    const article = parse(
      'n.md',
      `---\ntitle: Regional Report: Thornleigh Band at the Championships\nauthor: Gareth: Band Secretary\nurl: https://example.org/a\n---\n${para('a')}`,
    );
    expect(article.title).toBe('Regional Report: Thornleigh Band at the Championships');
    expect(article.author).toBe('Gareth: Band Secretary');
    expect(article.url).toBe('https://example.org/a');
    // Values starting with a character YAML reserves, and field names in capitals, as people write them.
    const written = parse(
      'n.md',
      `---\nTitle: [Draft] Meeting notes\nAuthor: @gareth\nURL: https://example.org/b\ntags: [a, b]\n---\n${para('a')}`,
    );
    expect(written.title).toBe('[Draft] Meeting notes');
    expect(written.author).toBe('@gareth');
    expect(written.url).toBe('https://example.org/b');
    expect(parse('n.md', `---\ntitle: *Important* update\n---\n${para('a')}`).title).toContain('Important');
    expect(parse('n.md', `---\ntitle: lower\nTitle: Upper\n---\n${para('a')}`).title).toBe('lower');
    expect(parse('n.md', `---\n__proto__:\n  title: sneaky\n---\n${para('a')}`).title).not.toBe('sneaky');
    // Blank lines pasted above the front matter; a horizontal rule after them is no front matter.
    expect(parse('n.md', `\n\n---\ntitle: Pasted\n---\n${para('a')}`).title).toBe('Pasted');
    const ruled = parse('n.md', `\n---\n${para('a')}\n\n---\n\n${para('b')}`);
    expect(ruled.title).toContain('a a a');
    // Quoting is only the fallback: a value YAML reads is read as YAML ("# note" is a comment).
    expect(parse('n.md', `---\ntitle: Plain # note\n---\n${para('a')}`).title).toBe('Plain');
    // Anything else broken still says why.
    expect(reason('n.md', `---\ntitle: A: B\n  nested: [unclosed\n---\n${para('a')}`)).toMatch(
      /^front matter is not valid YAML/,
    );
  });

  it('refuses hostile or broken front matter with a reason', () => {
    expect(reason('n.md', `---\ntitle: !!js/function "function(){ return 1 }"\n---\n${para('a')}`)).toMatch(
      /^front matter is not valid YAML: .*tag/,
    );
    const laughs = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    ].join('\n');
    expect(reason('n.md', `---\n${laughs}\n---\n${para('a')}`)).toMatch(
      /^front matter is not valid YAML: .*alias/i,
    );
    // A quote left open on one line is read as the text written, not the article skipped.
    expect(parse('n.md', `---\ntitle: "unclosed\n---\n${para('a')}`).title).toBe('"unclosed');
    expect(reason('n.md', `---\ntitle: x\n  - y: [\n---\n${para('a')}`)).toMatch(
      /^front matter is not valid YAML/,
    );
    expect(reason('n.md', `---\n- just\n- a list\n---\n${para('a')}`)).toMatch(
      /front matter must be key: value/,
    );
    expect(reason('n.md', `---\ntitle: x\n\n${para('a')}`)).toMatch(/no closing ---/);
  });

  it('treats a leading horizontal rule without YAML as text', () => {
    const article = parse('n.md', `---\n\n${para('a')}`);
    expect(article.passages[0]!.text).toContain(para('a'));
  });
});

describe('html', () => {
  const html = `<!doctype html><html><head>
<title>Page &amp; Title</title>
<link rel="canonical" href="https://example.org/story?a=1&amp;b=2">
<meta property="og:url" content="https://example.org/og">
<meta name="author" content="Bea">
<style>body { color: red }</style>
<script>var secret = "SCRIPT-SECRET";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/about">About NAVTEXT</a></nav>
<h1>The Heading</h1>
<p>${para('alpha')} <a href="https://link.example/x">linked words</a></p>
<script>document.write("INLINE-SECRET")</script>
<p>${para('beta')}</p>
</body></html>`;

  it('takes title, canonical url and author; scripts, styles, nav and hrefs never reach the text', () => {
    const article = parse('page.html', html);
    expect(article.title).toBe('Page & Title');
    expect(article.url).toBe('https://example.org/story?a=1&b=2');
    expect(article.author).toBe('Bea');
    const all = article.passages.map((p) => p.text).join('\n');
    for (const hidden of [
      'SCRIPT-SECRET',
      'INLINE-SECRET',
      'color: red',
      'NAVTEXT',
      'link.example',
      'Page &',
    ]) {
      expect(all).not.toContain(hidden);
    }
    expect(all).toContain('linked words');
    expect(all).toContain('The Heading'); // not upper-cased
    expect(article.passages[0]!.text.startsWith('The Heading\n\n')).toBe(true);
  });

  it('keeps an unknown entity named like an object property as written', () => {
    const article = parse(
      'p.html',
      `<meta name="author" content="Bea &constructor; &toString;"><p>${para('a')}</p>`,
    );
    expect(article.author).toBe('Bea &constructor; &toString;');
  });

  it('falls back to the first h1 and to og:url', () => {
    const article = parse(
      'p.htm',
      `<meta property="og:url" content="https://example.org/og"><h1>First <em>one</em></h1><h1>Second</h1><p>${para('a')}</p>`,
    );
    expect(article.title).toBe('First one');
    expect(article.url).toBe('https://example.org/og');
  });

  it('rejects a page with no text', () => {
    expect(reason('p.html', '<html><head><script>x()</script></head><body> </body></html>')).toBe(
      'the file has no text to cite',
    );
  });
});

describe('file types and bad files', () => {
  it('refuses unsupported extensions by name', () => {
    expect(reason('notes.odt', 'hello')).toBe('unsupported file type .odt; use .txt, .md, .html, .pdf or .docx');
    expect(reason('README', 'hello')).toMatch(/no extension/);
  });

  it('accepts upper-case extensions', () => {
    expect(parse('NOTES.TXT', para('a')).passages).toHaveLength(1);
    expect(parse('x.markdown', para('a')).passages).toHaveLength(1);
  });

  it('gives a reason for every bad file', () => {
    expect(reason('bin.txt', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0]))).toMatch(/ELF/);
    expect(reason('img.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toMatch(
      /PNG/,
    );
    expect(reason('bad.md', new Uint8Array([0x61, 0xff, 0xfe, 0x62]))).toMatch(/not valid UTF-8/);
    expect(reason('empty.html', '')).toMatch(/empty/);
    expect(reason('blank.txt', '\n\n   \n')).toMatch(/whitespace/);
    expect(() => parseArticle('big.txt', 'global', utf8('x'.repeat(2000)), { maxBytes: 1024 })).toThrow(
      /too large/,
    );
  });

  it('parses a CRLF file with a UTF-8 BOM, and a UTF-16 file, like the plain one', () => {
    const plain = `A Short Title\n\n${para('alpha')}\n${para('beta')}\n`;
    const expected = parse('a.txt', plain);
    const crlf = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(plain.replace(/\n/g, '\r\n'))]);
    const viaCrlf = parseArticle('a.txt', 'global', crlf, { maxBytes: MAX });
    expect(viaCrlf.passages).toEqual(expected.passages);
    expect(viaCrlf.title).toBe('A Short Title');
    const utf16 = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(plain, 'utf16le')]));
    const viaUtf16 = parseArticle('a.txt', 'global', utf16, { maxBytes: MAX });
    expect(viaUtf16.passages).toEqual(expected.passages);
    expect(viaUtf16.hash).not.toBe(expected.hash);
  });
});
