import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DownloadError, downloadAttachment, isAllowedDownloadUrl } from '../../src/discord/upload.js';

describe('isAllowedDownloadUrl', () => {
  const api = 'http://127.0.0.1:4567/api';

  it.each([
    'https://cdn.discordapp.com/attachments/1/2/notes.md',
    'https://media.discordapp.net/attachments/1/2/notes.md',
    'http://127.0.0.1:4567/attachments/1/notes.md',
  ])('allows %s', (url) => expect(isAllowedDownloadUrl(url, api)).toBe(true));

  it.each([
    'http://cdn.discordapp.com/attachments/1/2/notes.md', // not https
    'https://cdn.discordapp.com:8443/x', // another port
    'https://cdn.discordapp.com.evil.example/x',
    'https://evil.example/cdn.discordapp.com/x',
    'https://cdn.discordapp.com@evil.example/x',
    'https://user@cdn.discordapp.com/x',
    'http://127.0.0.1:4568/attachments/1/notes.md', // same host, other port
    'https://127.0.0.1:4567/x', // other scheme than the API base
    'http://localhost:4567/x',
    'http://169.254.169.254/latest/meta-data',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => expect(isAllowedDownloadUrl(url, api)).toBe(false));

  it('uses the default port of the API base exactly', () => {
    expect(isAllowedDownloadUrl('https://discord.com/x', 'https://discord.com/api')).toBe(true);
    expect(isAllowedDownloadUrl('https://discord.com:443/x', 'https://discord.com/api')).toBe(true);
    expect(isAllowedDownloadUrl('https://discord.com:444/x', 'https://discord.com/api')).toBe(false);
  });
});

describe('downloadAttachment', () => {
  let server: Server;
  let base: string;
  const requests: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      if (request.url === '/small') return void response.end('hello');
      if (request.url === '/declared-big') {
        response.writeHead(200, { 'content-length': String(10_000) });
        return void response.end('x'.repeat(10_000));
      }
      if (request.url === '/streamed-big') {
        // No content-length: the cap must be enforced while streaming.
        response.writeHead(200, { 'transfer-encoding': 'chunked' });
        let sent = 0;
        const timer = setInterval(() => {
          if (sent > 1_000_000 || response.destroyed) {
            clearInterval(timer);
            response.end();
            return;
          }
          response.write('y'.repeat(1024));
          sent += 1024;
        }, 1);
        return;
      }
      if (request.url === '/redirect') {
        response.writeHead(302, { location: 'http://169.254.169.254/' });
        return void response.end();
      }
      if (request.url === '/slow') return; // never answers
      response.writeHead(404);
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const options = () => ({ maxBytes: 2048, apiBaseUrl: `${base}/api` });

  it('downloads a small file from the allowed host', async () => {
    const bytes = await downloadAttachment(`${base}/small`, options());
    expect(Buffer.from(bytes).toString()).toBe('hello');
  });

  it('refuses bytes that are not the attachment’s size: cut short, or more than it said', async () => {
    await expect(downloadAttachment(`${base}/small`, { ...options(), declaredSize: 10 })).rejects.toThrow(
      'That file did not arrive whole (5 bytes of 10 bytes). Please try again.',
    );
    await expect(downloadAttachment(`${base}/small`, { ...options(), declaredSize: 3 })).rejects.toThrow(
      /did not arrive whole/,
    );
    expect(await downloadAttachment(`${base}/small`, { ...options(), declaredSize: 5 })).toHaveLength(5);
  });

  it('refuses another host without requesting anything', async () => {
    const before = requests.length;
    await expect(
      downloadAttachment(`http://localhost:${new URL(base).port}/small`, options()),
    ).rejects.toThrow('I can only read files uploaded to Discord itself.');
    expect(requests.length).toBe(before);
  });

  it('refuses a declared size over the limit before requesting', async () => {
    const before = requests.length;
    await expect(downloadAttachment(`${base}/small`, { ...options(), declaredSize: 4096 })).rejects.toThrow(
      'That file is too large (4 KB; the limit is 2 KB).',
    );
    expect(requests.length).toBe(before);
  });

  it('refuses a content-length over the limit, and a stream that grows past it', async () => {
    await expect(downloadAttachment(`${base}/declared-big`, options())).rejects.toThrow(/too large/);
    await expect(downloadAttachment(`${base}/streamed-big`, options())).rejects.toThrow(
      'That file is too large (over 2 KB).',
    );
  });

  it('does not follow redirects, reports HTTP errors, and times out', async () => {
    await expect(downloadAttachment(`${base}/redirect`, options())).rejects.toThrow(/HTTP 302/);
    await expect(downloadAttachment(`${base}/missing`, options())).rejects.toThrow(/HTTP 404/);
    await expect(downloadAttachment(`${base}/slow`, { ...options(), timeoutMs: 200 })).rejects.toBeInstanceOf(
      DownloadError,
    );
    await expect(downloadAttachment(`${base}/slow`, { ...options(), timeoutMs: 200 })).rejects.toThrow(
      /took too long/,
    );
  });
});
