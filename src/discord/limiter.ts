/**
 * Abuse and load guard: a per-user cooldown between questions and a bound on questions in flight.
 * In memory on purpose: one bot process, and a restart forgiving everyone is harmless.
 */
export type Admission =
  | { ok: true; release: () => void }
  | { ok: false; reason: 'cooldown'; secondsLeft: number }
  | { ok: false; reason: 'busy' };

export interface LimiterOptions {
  cooldownSeconds: number;
  maxInFlight: number;
  now?: () => number;
}

// Past this many remembered users, forget those whose cooldown is over (keeps memory bounded).
const SWEEP_AT = 10_000;

export class QuestionLimiter {
  private readonly lastAsked = new Map<string, number>();
  private inFlight = 0;
  private readonly cooldownMs: number;
  private readonly maxInFlight: number;
  private readonly now: () => number;

  constructor(options: LimiterOptions) {
    this.cooldownMs = options.cooldownSeconds * 1000;
    this.maxInFlight = options.maxInFlight;
    this.now = options.now ?? Date.now;
  }

  /** Admit a question from `userId` (counting it against the cooldown), or say why not. */
  admit(userId: string, options: { cooldown?: boolean } = {}): Admission {
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
    if (this.inFlight >= this.maxInFlight) return { ok: false, reason: 'busy' };
    if (useCooldown && this.cooldownMs > 0) {
      this.lastAsked.set(userId, now);
      if (this.lastAsked.size > SWEEP_AT) this.sweep(now);
    }
    this.inFlight += 1;
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        this.inFlight -= 1;
      },
    };
  }

  get questionsInFlight(): number {
    return this.inFlight;
  }

  private sweep(now: number): void {
    for (const [userId, at] of this.lastAsked) {
      if (now - at >= this.cooldownMs) this.lastAsked.delete(userId);
    }
  }
}
