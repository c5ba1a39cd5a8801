/**
 * Abuse and load guard: a per-user token bucket and a bound on questions in flight, per lane.
 *
 * Each user has a bucket of `burst` questions (default 3) that refills one question every `cooldownSeconds`:
 * a follow-up a second after an answer is fine, a stream of questions is slowed to one per cooldown. A
 * question refused before any work (busy) costs nothing; one the engine would refuse is not charged
 * (question-flow.ts asks for `cooldown: false`).
 *
 * Messages and interactions have a lane each: a reply to a mention waits on Discord's 50 requests/s for bot
 * messages, which interaction callbacks do not share, so a flood of mentions must not make `/ask` say "busy".
 * In memory on purpose: one bot process, and a restart forgiving everyone is harmless.
 *
 * A server may set its own cooldown (`/settings cooldown`): `setServerCooldown` records it (the settings are
 * read for each event, see server-settings.ts) and a question asked in that server refills at its rate.
 */
export type Admission =
  | { ok: true; release: () => void }
  | { ok: false; reason: 'cooldown'; secondsLeft: number }
  | { ok: false; reason: 'busy' };

export type Lane = 'interaction' | 'message';

export interface LimiterOptions {
  /** Seconds for one question to come back to a user's bucket; 0 turns the bucket off. */
  cooldownSeconds: number;
  /** Questions a user may ask in a row before waiting (the bucket's size). Default 3. */
  burst?: number;
  maxInFlight: number;
  now?: () => number;
}

/** Questions in a user's bucket (fractional while refilling) as of `at`. */
interface Bucket {
  tokens: number;
  at: number;
}

export const DEFAULT_BURST = 3;
// Past this many remembered users, forget those whose bucket is full again (keeps memory bounded).
const SWEEP_AT = 10_000;

export class QuestionLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly inFlight: Record<Lane, number> = { interaction: 0, message: 0 };
  private readonly cooldownMs: number;
  /** Servers whose cooldown differs from the default: server id -> milliseconds per question. */
  private readonly serverCooldownMs = new Map<string, number>();
  private readonly burst: number;
  private readonly maxInFlight: number;
  private readonly now: () => number;

  constructor(options: LimiterOptions) {
    this.cooldownMs = options.cooldownSeconds * 1000;
    this.burst = Math.max(1, options.burst ?? DEFAULT_BURST);
    this.maxInFlight = options.maxInFlight;
    this.now = options.now ?? Date.now;
  }

  /**
   * Admit a question from `userId` in its lane, taking one question from the user's bucket (unless
   * `cooldown: false`), or say why not. `release` gives the in-flight slot back.
   */
  admit(userId: string, options: { cooldown?: boolean; lane?: Lane; guildId?: string } = {}): Admission {
    const lane = options.lane ?? 'interaction';
    const now = this.now();
    const cooldownMs = this.cooldownMsIn(options.guildId);
    const charge = (options.cooldown ?? true) && cooldownMs > 0;
    const bucket = charge ? this.bucketOf(userId, now, cooldownMs) : undefined;
    if (bucket && bucket.tokens < 1) {
      return {
        ok: false,
        reason: 'cooldown',
        secondsLeft: Math.max(1, Math.ceil(((1 - bucket.tokens) * cooldownMs) / 1000)),
      };
    }
    if (this.inFlight[lane] >= this.maxInFlight) return { ok: false, reason: 'busy' };
    if (bucket) {
      bucket.tokens -= 1;
      this.buckets.set(userId, bucket);
      if (this.buckets.size > SWEEP_AT) this.sweep(now);
    }
    this.inFlight[lane] += 1;
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        this.inFlight[lane] -= 1;
      },
    };
  }

  /** A server's own cooldown (seconds per question), or undefined for the default. */
  setServerCooldown(guildId: string, cooldownSeconds: number | undefined): void {
    if (cooldownSeconds === undefined || cooldownSeconds * 1000 === this.cooldownMs) {
      this.serverCooldownMs.delete(guildId);
    } else this.serverCooldownMs.set(guildId, cooldownSeconds * 1000);
  }

  private cooldownMsIn(guildId: string | undefined): number {
    return (guildId === undefined ? undefined : this.serverCooldownMs.get(guildId)) ?? this.cooldownMs;
  }

  /** Questions being worked on, in one lane or in all. */
  questionsInFlight(lane?: Lane): number {
    return lane ? this.inFlight[lane] : this.inFlight.interaction + this.inFlight.message;
  }

  /** The user's bucket refilled up to `now` (a new user's is full). */
  private bucketOf(userId: string, now: number, cooldownMs = this.cooldownMs): Bucket {
    const bucket = this.buckets.get(userId);
    if (!bucket) return { tokens: this.burst, at: now };
    if (cooldownMs <= 0) return { tokens: this.burst, at: now };
    const refilled = bucket.tokens + Math.max(0, now - bucket.at) / cooldownMs;
    return { tokens: Math.min(this.burst, refilled), at: now };
  }

  private sweep(now: number): void {
    for (const userId of [...this.buckets.keys()]) {
      if (this.bucketOf(userId, now).tokens >= this.burst) this.buckets.delete(userId);
    }
  }
}
