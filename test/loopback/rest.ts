/**
 * The REST API under /api/v10: records every request, applies injected faults, routes, answers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RestCall } from './calls.js';
import { type FaultPlan, faultResponse } from './faults.js';
import { readBody } from './http-body.js';
import { discordError, matchRoute, notFound, type RestDeps, type RestReply, type Route } from './router.js';
import { basicRoutes } from './routes-basic.js';
import { applicationCommandRoutes } from './routes-commands.js';
import { interactionRoutes } from './routes-interactions.js';
import { messageRoutes } from './routes-messages.js';
import { threadRoutes } from './threads.js';

export const API_PREFIX = '/api/v10';

const routes: Route[] = [
  ...basicRoutes,
  ...messageRoutes,
  ...threadRoutes,
  ...interactionRoutes,
  ...applicationCommandRoutes,
];

function headerRecord(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/** Path segments after /api/v10, decoded (`%40original` becomes `@original`). */
function decodedSegments(pathname: string): string[] {
  const path = pathname.startsWith(`${API_PREFIX}/`) ? pathname.slice(API_PREFIX.length) : pathname;
  return path
    .split('/')
    .filter(Boolean)
    .map((segment) => decodeURIComponent(segment));
}

export class RestApi {
  /** Aborts hang faults when the server stops. */
  private readonly stopping = new AbortController();

  constructor(
    private readonly deps: RestDeps,
    private readonly faults: FaultPlan,
  ) {}

  stop(): void {
    this.stopping.abort();
  }

  async handle(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const { body, files } = await readBody(request);
    const segments = decodedSegments(url.pathname);
    const call: RestCall = {
      method: request.method ?? 'GET',
      path: `/${segments.join('/')}`,
      query: Object.fromEntries(url.searchParams),
      headers: headerRecord(request),
      body,
      files,
      at: Date.now(),
      status: 0,
      response: undefined,
      faulted: false,
    };
    this.deps.log.arrived(call);
    let clientGone = false;
    response.once('close', () => {
      clientGone = !response.writableFinished;
    });
    const reply = await this.answer(
      call,
      segments,
      url.pathname.startsWith(`${API_PREFIX}/`),
      () => clientGone,
    );
    if (reply === undefined) return; // stopped, or the client gave up, during a hang
    call.status = reply.status;
    call.response = reply.body;
    send(response, reply);
    this.deps.log.complete(call);
  }

  private async answer(
    call: RestCall,
    segments: string[],
    versioned: boolean,
    clientGone: () => boolean,
  ): Promise<RestReply | undefined> {
    const fault = this.faults.take(call.method, call.path);
    if (fault?.hangMs) {
      try {
        await sleep(fault.hangMs, undefined, { signal: this.stopping.signal });
      } catch {
        return undefined;
      }
      // A request the client abandoned (its timeout fired) is not served: no side effects, no waiter sees it.
      if (clientGone()) {
        call.faulted = true;
        return undefined;
      }
    }
    if (fault?.status !== undefined) {
      call.faulted = true;
      return faultResponse({ ...fault, status: fault.status }, `loopback-${segments.slice(0, 2).join('-')}`);
    }
    return this.route(call, segments, versioned);
  }

  private async route(call: RestCall, segments: string[], versioned: boolean): Promise<RestReply> {
    if (!versioned) return notFound();
    const match = matchRoute(routes, call.method, segments);
    if (match.kind === 'not-found') return notFound();
    if (match.kind === 'wrong-method') return discordError(405, 0, '405: Method Not Allowed');
    if (match.route.auth && call.headers.authorization !== `Bot ${this.deps.world.botToken}`) {
      return discordError(401, 0, '401: Unauthorized');
    }
    try {
      return await match.route.handle({ ...this.deps, call, params: match.params });
    } catch (error) {
      // A bug in the loopback itself: make it loud in the test output.
      console.error(`LoopbackDiscord: ${call.method} ${call.path} failed`, error);
      return discordError(500, 0, '500: Internal Server Error');
    }
  }
}

function send(response: ServerResponse, reply: RestReply): void {
  if (response.destroyed) return; // the client gave up (e.g. its request timed out during a hang)
  if (reply.body === undefined) {
    // No content-type on an empty body: discord.js tries to parse JSON if one is present, and crashes.
    response.writeHead(reply.status, reply.headers);
    response.end();
    return;
  }
  const payload = JSON.stringify(reply.body);
  response.writeHead(reply.status, {
    ...reply.headers,
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(payload),
  });
  response.end(payload);
}
