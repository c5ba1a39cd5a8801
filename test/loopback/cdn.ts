/** The CDN: files registered with `serveFile` (or uploaded by the bot) at /attachments/:id/:filename. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { World } from './world.js';

export const CDN_PREFIX = '/attachments/';

export interface Download {
  path: string;
  status: number;
  at: number;
}

export function serveCdn(
  world: World,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Download {
  const [id] = url.pathname.slice(CDN_PREFIX.length).split('/');
  const file = world.files.get(id ?? '');
  const download = { path: decodeURIComponent(url.pathname), status: file ? 200 : 404, at: Date.now() };
  if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('This content is no longer available.');
    return { ...download, status: 404 };
  }
  // `servedBytes` (a download cut short): a smaller Content-Length and body than the attachment's size.
  const body = file.servedBytes === undefined ? file.bytes : file.bytes.subarray(0, file.servedBytes);
  response.writeHead(200, { 'content-type': file.content_type, 'content-length': body.byteLength });
  response.end(request.method === 'HEAD' ? undefined : body);
  return download;
}
