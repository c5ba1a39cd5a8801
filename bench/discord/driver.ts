/**
 * The loopback side of the round trip: sends `/ask` INTERACTION_CREATE dispatches on a fixed schedule
 * (open loop: on time whatever the replies) and times each reply as its REST request arrives.
 *
 * Timing: `sentAt` is taken right after the loopback handed the dispatch frame to the WebSocket;
 * `replyAt` when the loopback has read the interaction callback request (CallLog.arrived, wrapped here with
 * a sub-millisecond clock: the loopback's own `call.at` is Date.now(), whole milliseconds).
 */
import { performance } from 'node:perf_hooks';
import { CallLog, type RestCall } from '../../test/loopback/calls.js';
import { type LoopbackDiscord, option } from '../../test/loopback/discord.js';

type ArrivalListener = (call: RestCall, at: number) => void;
const listeners = new Set<ArrivalListener>();
let wrapped = false;

/** Hear every REST request the moment the loopback has read it (all LoopbackDiscord instances). */
export function onRestArrival(listener: ArrivalListener): () => void {
  if (!wrapped) {
    wrapped = true;
    const arrived = CallLog.prototype.arrived;
    CallLog.prototype.arrived = function (this: CallLog, call: RestCall) {
      const at = performance.now();
      for (const l of listeners) l(call, at);
      arrived.call(this, call);
    };
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type ReplyKind = 'answer' | 'notice' | 'busy' | 'error' | 'cooldown' | 'deferred' | 'other';

interface Body {
  type?: number;
  data?: { content?: string; embeds?: unknown[] };
  content?: string;
  embeds?: unknown[];
}

export function kindOf(body: Body | undefined): ReplyKind {
  if (body?.type === 5) return 'deferred';
  const message = body?.data ?? body;
  const content = message?.content ?? '';
  if (content.startsWith("I'm answering a lot of questions right now")) return 'busy';
  if (content.startsWith('Something went wrong')) return 'error';
  if (/^Please wait \d+ seconds? before asking again\.$/.test(content)) return 'cooldown';
  if ((message?.embeds?.length ?? 0) > 0) return 'answer';
  return content ? 'notice' : 'other';
}

/** One interaction sent, and what came back. */
export interface Sent {
  id: string;
  token: string;
  scheduledAt: number;
  sentAt: number;
  callback?: RestCall;
  callbackAt?: number;
  callbacks: number;
  /** PATCH @original (a deferred reply's answer). */
  editAt?: number;
  edit?: RestCall;
  followUps: number;
}

/** REST route with ids and tokens replaced, for counting calls per interaction. */
export function routeOf(call: RestCall): string {
  const path = call.path
    .replace(/^\/interactions\/\d+\/[^/]+/, '/interactions/:id/:token')
    .replace(/^\/webhooks\/\d+\/[^/]+/, '/webhooks/:app/:token')
    .replace(/\d{15,21}/g, ':id');
  const query = Object.keys(call.query).length
    ? `?${Object.entries(call.query)
        .map(([k, v]) => `${k}=${v}`)
        .join('&')}`
    : '';
  return `${call.method} ${path}${query}`;
}

export interface StepPlan {
  rate: number;
  durationMs: number;
  /** Question i of the step is questions[(offset + i) % length], asked by users[(offset + i) % length]. */
  offset: number;
  questions: readonly string[];
  users: readonly string[];
  guilds: readonly { id: string }[];
  /** Discord's window: a reply later than this after the dispatch is lost (the loopback answers 404). */
  windowMs: number;
  /** How long after the last send to wait for deferred replies' edits. */
  drainMs: number;
}

export interface StepRecord {
  sent: Sent[];
  /** Every REST call that arrived during the step, by route. */
  routes: Map<string, number>;
  firstSentAt: number;
  lastSentAt: number;
  /** When the last reply (callback or deferred edit) arrived, or the step gave up waiting. */
  endedAt: number;
}

/** Sends one step's interactions on schedule and waits for their replies (or for the window to pass). */
export async function runStep(discord: LoopbackDiscord, plan: StepPlan): Promise<StepRecord> {
  const byId = new Map<string, Sent>();
  const byToken = new Map<string, Sent>();
  const routes = new Map<string, number>();
  const stopListening = onRestArrival((call, at) => {
    routes.set(routeOf(call), (routes.get(routeOf(call)) ?? 0) + 1);
    const callback = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(call.path);
    if (callback && call.method === 'POST') {
      const sent = byId.get(callback[1] ?? '');
      if (!sent) return;
      sent.callbacks += 1;
      if (!sent.callback) {
        sent.callback = call;
        sent.callbackAt = at;
      }
      return;
    }
    const webhook = /^\/webhooks\/\d+\/([^/]+)(\/messages\/@original)?$/.exec(call.path);
    if (!webhook) return;
    const sent = byToken.get(webhook[1] ?? '');
    if (!sent) return;
    if (webhook[2] && call.method === 'PATCH' && !sent.edit) {
      sent.edit = call;
      sent.editAt = at;
    } else if (!webhook[2] && call.method === 'POST') sent.followUps += 1;
  });

  const count = Math.max(1, Math.round((plan.rate * plan.durationMs) / 1000));
  const interval = 1000 / plan.rate;
  const sent: Sent[] = [];
  const start = performance.now() + 5;
  const dispatch = (i: number, scheduledAt: number) => {
    const n = plan.offset + i;
    const handle = discord.slash({
      guildId: plan.guilds[n % plan.guilds.length]!.id,
      user: plan.users[n % plan.users.length]!,
      name: 'ask',
      options: [option.string('question', plan.questions[n % plan.questions.length]!)],
    });
    const record: Sent = {
      id: handle.id,
      token: handle.token,
      scheduledAt,
      sentAt: performance.now(),
      callbacks: 0,
      followUps: 0,
    };
    byId.set(record.id, record);
    byToken.set(record.token, record);
    sent.push(record);
  };
  await new Promise<void>((resolve) => {
    let i = 0;
    const tick = () => {
      const now = performance.now();
      while (i < count && start + i * interval <= now) {
        dispatch(i, start + i * interval);
        i++;
      }
      if (i >= count) resolve();
      else setTimeout(tick, Math.max(0, start + i * interval - performance.now()));
    };
    setTimeout(tick, 5);
  });
  const lastSentAt = sent.at(-1)!.sentAt;

  // Wait for every callback (or until Discord's window has passed for the last one), then for the edits of
  // deferred replies (Discord gives those 15 minutes; the bench gives them `drainMs` after the last send).
  const acknowledged = (s: Sent) => s.callback !== undefined && s.callback.status !== 0;
  const answered = (s: Sent) => {
    if (!acknowledged(s)) return false;
    const deferred = (s.callback!.body as Body | undefined)?.type === 5 && s.callback!.status < 300;
    return !deferred || (s.edit !== undefined && s.edit.status !== 0);
  };
  const windowEnds = lastSentAt + plan.windowMs + 500;
  while (performance.now() < windowEnds && !sent.every(acknowledged)) await sleep(10);
  const drainEnds = Math.max(windowEnds, lastSentAt + plan.drainMs);
  while (performance.now() < drainEnds && !sent.every(answered)) await sleep(10);
  stopListening();
  const replyTimes = sent.flatMap((s) => [s.callbackAt ?? 0, s.editAt ?? 0]);
  const endedAt = sent.every(answered) ? Math.max(...replyTimes) : performance.now();
  return { sent, routes, firstSentAt: sent[0]!.sentAt, lastSentAt, endedAt };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
