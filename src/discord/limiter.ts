/**
 * Abuse and load guard: a per-user cooldown between questions and a bound on questions in flight, per lane.
 * Messages and interactions have a lane each: a reply to a mention waits on Discord's 50 requests/s for bot
 * messages, which interaction callbacks do not share, so a flood of mentions must not make `/ask` say "busy".
 * In memory on purpose: one bot process, and a restart forgiving everyone is harmless.
 */
export type Admission =
  | { ok: true; release: () => void }
  | { ok: false; reason: 'cooldown'; secondsLeft: number }
  | { ok: false; reason: 'busy' };

export type Lane = 'interaction' | 'message';

export interface LimiterOptions {
  cooldownSeconds: number;
  maxInFlight: number;
  now?: () => number;
}

// Past this many remembered users, forget those whose cooldown is over (keeps memory bounded).
const SWEEP_AT = 10_000;

export class QuestionLimiter {
  private readonly lastAsked = new Map<string, number>();
  private readonly inFlight: Record<Lane, number> = { interaction: 0, message: 0 };
  private readonly cooldownMs: number;
  private readonly maxInFlight: number;
  private readonly now: () => number;

  constructor(options: LimiterOptions) {
    this.cooldownMs = options.cooldownSeconds * 1000;
    this.maxInFlight = options.maxInFlight;
    this.now = options.now ?? Date.now;
  }

  /** Admit a question from `userId` (counting it against the cooldown) in its lane, or say why not. */
  admit(userId: string, options: { cooldown?: boolean; lane?: Lane } = {}): Admission {
    const lane = options.lane ?? 'interaction';
    const now = this.now();
    const useCooldown = options.cooldown ?? true;
    if (useCooldown && this.cooldownMs > 0) {
      const last = this.lastAsked.get(userId);
      if (last !== undefined && now - last < this.cooldownMs) {
        return {
          ok: false,
          reason: 'cooldown',
          secondsLeft: Math.max(1, Math.ceil((last + this.cooldownMs - now) / 1000)),
        };
      }
    }
    if (this.inFlight[lane] >= this.maxInFlight) return { ok: false, reason: 'busy' };
    if (useCooldown && this.cooldownMs > 0) {
      this.lastAsked.set(userId, now);
      if (this.lastAsked.size > SWEEP_AT) this.sweep(now);
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

  /** Questions being worked on, in one lane or in all. */
  questionsInFlight(lane?: Lane): number {
    return lane ? this.inFlight[lane] : this.inFlight.interaction + this.inFlight.message;
  }

  private sweep(now: number): void {
    for (const [userId, at] of this.lastAsked) {
      if (now - at >= this.cooldownMs) this.lastAsked.delete(userId);
    }
  }
}
