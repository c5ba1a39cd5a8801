/**
 * Fetching an uploaded file safely: only from Discord's CDN (or the configured API host, which tests and REST
 * proxies serve attachments from), never following redirects, with a size cap enforced while streaming, a
 * timeout, and the bytes received checked against the attachment's size (a download cut short is refused).
 * Anything else is refused before a single byte is requested (no SSRF through /corpus add).
 */

const DISCORD_CDN_HOSTS = new Set(['cdn.discordapp.com', 'media.discordapp.net']);
export const DOWNLOAD_TIMEOUT_MS = 15_000;

/** A refusal whose message is fit to show the person uploading. */
export class DownloadError extends Error {
  override name = 'DownloadError';
}

/** May the bot download `url`? Discord CDN over https, or exactly the host:port (and scheme) of the API base. */
export function isAllowedDownloadUrl(url: string, apiBaseUrl: string): boolean {
  let target: URL;
  let api: URL;
  try {
    target = new URL(url);
    api = new URL(apiBaseUrl);
  } catch {
    return false;
  }
  if (target.username || target.password) return false;
  if (target.protocol === 'https:' && DISCORD_CDN_HOSTS.has(target.host)) return true;
  return target.protocol === api.protocol && target.host === api.host;
}

export interface DownloadOptions {
  maxBytes: number;
  apiBaseUrl: string;
  timeoutMs?: number;
  /** Declared size from the attachment, checked before any request and against the bytes received. */
  declaredSize?: number;
}

export async function downloadAttachment(url: string, options: DownloadOptions): Promise<Uint8Array> {
  if (!isAllowedDownloadUrl(url, options.apiBaseUrl)) {
    throw new DownloadError('I can only read files uploaded to Discord itself.');
  }
  const limit = formatBytes(options.maxBytes);
  if (options.declaredSize !== undefined && options.declaredSize > options.maxBytes) {
    throw new DownloadError(
      `That file is too large (${formatBytes(options.declaredSize)}; the limit is ${limit}).`,
    );
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? DOWNLOAD_TIMEOUT_MS);
  try {
    const response = await fetch(url, { redirect: 'manual', signal: controller.signal });
    if (!response.ok || !response.body) {
      throw new DownloadError(`I couldn't download that file (HTTP ${response.status}). Please try again.`);
    }
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > options.maxBytes) {
      throw new DownloadError(`That file is too large (${formatBytes(declared)}; the limit is ${limit}).`);
    }
    const chunks: Uint8Array[] = [];
    let received = 0;
    for await (const chunk of response.body) {
      received += chunk.byteLength;
      if (received > options.maxBytes) {
        throw new DownloadError(`That file is too large (over ${limit}).`);
      }
      chunks.push(chunk);
    }
    // A transfer cut short (a smaller Content-Length, a proxy ending it) or grown is not the file: never stored.
    const expected = options.declaredSize ?? (Number.isFinite(declared) ? declared : undefined);
    if (expected !== undefined && received !== expected) {
      throw new DownloadError(
        `That file did not arrive whole (${formatBytes(received)} of ${formatBytes(expected)}). Please try again.`,
      );
    }
    return concat(chunks, received);
  } catch (error) {
    if (error instanceof DownloadError) throw error;
    if (controller.signal.aborted)
      throw new DownloadError('Downloading that file took too long. Please try again.');
    throw new DownloadError("I couldn't download that file. Please try again.");
  } finally {
    clearTimeout(timer);
    // Stop any transfer still running (too large, or an error mid-stream).
    controller.abort();
  }
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}
