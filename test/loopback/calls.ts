/**
 * The record of REST requests the bot made, and waiting on them.
 *
 * Each `waitForCall` consumes the call it returns, so two waits with the same predicate get two different
 * calls, and a call that arrived before anybody waited is still found (nothing races the test).
 */

export interface UploadedFile {
  /** Multipart field name, e.g. `files[0]`. */
  field: string;
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface RestCall {
  method: string;
  /** Path after `/api/v10`, percent-decoded: `/webhooks/APP/TOKEN/messages/@original`. */
  path: string;
  query: Record<string, string>;
  /** Request headers, lower-case names. */
  headers: Record<string, string>;
  /** Parsed JSON body; for multipart requests the parsed `payload_json` part. */
  body: unknown;
  /** File parts of a multipart request. */
  files: UploadedFile[];
  /** When the request arrived (ms since epoch). */
  at: number;
  /** Status the loopback answered with; 0 while pending, or for good if the client gave up during a hang. */
  status: number;
  /** The JSON the loopback answered with (undefined for 204). */
  response: unknown;
  /** True when `failNext` answered this request with an injected error (or hung it until the client gave up). */
  faulted: boolean;
}

export type CallPredicate = (call: RestCall) => boolean;

interface Waiter {
  predicate: CallPredicate;
  resolve: (call: RestCall) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

const RECENT_CALLS_IN_ERRORS = 15;

export function describeCall(call: RestCall): string {
  const status =
    call.status !== 0 ? String(call.status) : call.faulted ? 'abandoned by the client' : 'pending';
  const fault = call.faulted ? ' (injected fault)' : '';
  const body = call.body === undefined ? '' : ` ${JSON.stringify(call.body).slice(0, 160)}`;
  return `${call.method} ${call.path} -> ${status}${fault}${body}`;
}

export class CallLog {
  /** Every request, in arrival order (faulted ones too). */
  readonly calls: RestCall[] = [];
  private readonly consumed = new Set<RestCall>();
  private waiters: Waiter[] = [];

  /** Records a request as it arrives; `complete` later offers it to waiters. */
  arrived(call: RestCall): void {
    this.calls.push(call);
  }

  /** The answer was sent: a served (not faulted) call becomes visible to waiters. */
  complete(call: RestCall): void {
    if (call.faulted) return;
    const waiter = this.waiters.find((candidate) => candidate.predicate(call));
    if (!waiter) return;
    this.consumed.add(call);
    this.settle(waiter);
    waiter.resolve(call);
  }

  waitFor(
    predicate: CallPredicate,
    timeoutMs: number,
    description = 'a matching REST call',
  ): Promise<RestCall> {
    const waiting = this.calls.find((call) => this.isAvailable(call) && predicate(call));
    if (waiting) {
      this.consumed.add(waiting);
      return Promise.resolve(waiting);
    }
    return new Promise<RestCall>((resolve, reject) => {
      const waiter: Waiter = {
        predicate,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.settle(waiter);
          reject(
            new Error(`Timed out after ${timeoutMs} ms waiting for ${description}.\n${this.recentCalls()}`),
          );
        }, timeoutMs),
      };
      this.waiters.push(waiter);
    });
  }

  /** Rejects every pending wait (the server is stopping). */
  rejectAll(reason: string): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error(reason));
    }
  }

  recentCalls(): string {
    const recent = this.calls.slice(-RECENT_CALLS_IN_ERRORS);
    if (recent.length === 0) return 'No REST calls were made.';
    const lines = recent.map(
      (call) => `  ${this.consumed.has(call) ? '(already taken) ' : ''}${describeCall(call)}`,
    );
    return `Recent REST calls, oldest first:\n${lines.join('\n')}`;
  }

  private isAvailable(call: RestCall): boolean {
    return call.status !== 0 && !call.faulted && !this.consumed.has(call);
  }

  private settle(waiter: Waiter): void {
    clearTimeout(waiter.timer);
    this.waiters = this.waiters.filter((candidate) => candidate !== waiter);
  }
}
