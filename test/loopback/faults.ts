/** REST fault injection: "the next N requests matching X get error Y (after an optional hang)". */

export interface FaultMatch {
  /** HTTP method, any case. Omitted: every method. */
  method?: string;
  /** Start of the decoded path after /api/v10, e.g. `/channels/123/messages`. Omitted: every path. */
  pathPrefix?: string;
}

export interface Fault {
  /** Status to answer with, e.g. 429 or 500. Omitted: serve the request normally after `hangMs`. */
  status?: number;
  /** Seconds (may be fractional) the client must wait, for 429s. Default 0.2. */
  retryAfter?: number;
  /** 429 scope header; `global` also sets `x-ratelimit-global`. Default `user`. */
  scope?: 'user' | 'global' | 'shared';
  /** Hold the request this long before answering (a slow or hung Discord). */
  hangMs?: number;
  /** JSON body to answer with instead of the default for the status. */
  body?: unknown;
}

interface FaultRule {
  match: FaultMatch;
  fault: Fault;
  remaining: number;
}

export class FaultPlan {
  private rules: FaultRule[] = [];

  add(match: FaultMatch, fault: Fault, times: number): void {
    this.rules.push({ match, fault, remaining: times });
  }

  clear(): void {
    this.rules = [];
  }

  /** The fault for this request, if a rule matches; each use counts against the rule's `times`. */
  take(method: string, path: string): Fault | undefined {
    const rule = this.rules.find(
      (candidate) =>
        (!candidate.match.method || candidate.match.method.toUpperCase() === method) &&
        (!candidate.match.pathPrefix || path.startsWith(candidate.match.pathPrefix)),
    );
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.rules = this.rules.filter((candidate) => candidate !== rule);
    return rule.fault;
  }
}

export interface FaultResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

const DEFAULT_RETRY_AFTER_SECONDS = 0.2;

/** The status, headers and body Discord would send for this fault; 429s carry the rate-limit headers. */
export function faultResponse(fault: Fault & { status: number }, bucket: string): FaultResponse {
  if (fault.status !== 429) {
    return {
      status: fault.status,
      headers: {},
      body: fault.body ?? { message: `${fault.status}: Injected failure`, code: 0 },
    };
  }
  const retryAfter = fault.retryAfter ?? DEFAULT_RETRY_AFTER_SECONDS;
  const scope = fault.scope ?? 'user';
  const headers: Record<string, string> = {
    'retry-after': String(retryAfter),
    'x-ratelimit-limit': '1',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String((Date.now() / 1000 + retryAfter).toFixed(3)),
    'x-ratelimit-reset-after': String(retryAfter),
    'x-ratelimit-bucket': bucket,
    'x-ratelimit-scope': scope,
  };
  if (scope === 'global') headers['x-ratelimit-global'] = 'true';
  return {
    status: 429,
    headers,
    body: fault.body ?? {
      message: 'You are being rate limited.',
      retry_after: retryAfter,
      global: scope === 'global',
    },
  };
}
