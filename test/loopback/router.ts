/** A tiny REST router: `/channels/:channelId/messages` style patterns over decoded path segments. */
import type { CallLog, RestCall } from './calls.js';
import type { DiscordErrorBody } from './limits.js';
import type { World } from './world.js';

export interface RestReply {
  status: number;
  /** JSON body; undefined sends an empty body with no content-type (what Discord does for 204). */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RestDeps {
  world: World;
  log: CallLog;
  /** How long an interaction may wait for its first response (Discord: 3 s). */
  interactionResponseWindowMs: number;
  /** Sends a gateway dispatch (THREAD_CREATE after a thread is started over REST). */
  dispatch?: (event: string, data: unknown) => void;
}

export interface RouteContext extends RestDeps {
  call: RestCall;
  params: Record<string, string>;
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  pattern: string;
  /** Interaction callbacks and webhook-token routes are called without the bot token. */
  auth: boolean;
  handle: (context: RouteContext) => RestReply | Promise<RestReply>;
}

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'wrong-method' }
  | { kind: 'not-found' };

function matchSegments(pattern: string[], segments: string[]): Record<string, string> | null {
  if (pattern.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of pattern.entries()) {
    const segment = segments[index]!;
    if (part.startsWith(':')) params[part.slice(1)] = segment;
    else if (part !== segment) return null;
  }
  return params;
}

export function matchRoute(routes: Route[], method: string, segments: string[]): RouteMatch {
  let pathKnown = false;
  for (const route of routes) {
    const params = matchSegments(route.pattern.split('/').filter(Boolean), segments);
    if (!params) continue;
    if (route.method === method) return { kind: 'found', route, params };
    pathKnown = true;
  }
  return pathKnown ? { kind: 'wrong-method' } : { kind: 'not-found' };
}

export function json(body: unknown, status = 200): RestReply {
  return { status, body };
}

export function noContent(): RestReply {
  return { status: 204 };
}

export function discordError(status: number, code: number, message: string): RestReply {
  return { status, body: { message, code } satisfies DiscordErrorBody };
}

export function errorReply(error: DiscordErrorBody, status = 400): RestReply {
  return { status, body: error };
}

export const notFound = (): RestReply => discordError(404, 0, '404: Not Found');
export const unknownChannel = (): RestReply => discordError(404, 10003, 'Unknown Channel');
export const unknownMessage = (): RestReply => discordError(404, 10008, 'Unknown Message');
