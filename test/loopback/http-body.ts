/** Reading request bodies: JSON, or multipart (discord.js sends `payload_json` plus `files[N]` parts). */
import type { IncomingMessage } from 'node:http';
import type { UploadedFile } from './calls.js';

export interface ParsedBody {
  body: unknown;
  files: UploadedFile[];
}

async function readAll(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseJson(text: string): unknown {
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text; // keep what arrived so a test can see the malformed body
  }
}

/** Lets Node's own fetch implementation parse multipart, rather than a hand-written parser. */
async function parseMultipart(raw: Buffer, contentType: string): Promise<ParsedBody> {
  const form = await new Request('http://loopback.invalid/', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: raw,
  }).formData();
  let body: unknown;
  const files: UploadedFile[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field === 'payload_json') body = parseJson(value);
      continue;
    }
    files.push({
      field,
      filename: value.name,
      contentType: value.type || 'application/octet-stream',
      bytes: new Uint8Array(await value.arrayBuffer()),
    });
  }
  return { body, files };
}

export async function readBody(request: IncomingMessage): Promise<ParsedBody> {
  const raw = await readAll(request);
  const contentType = request.headers['content-type'] ?? '';
  if (contentType.startsWith('multipart/form-data')) return parseMultipart(raw, contentType);
  return { body: parseJson(raw.toString('utf8')), files: [] };
}
