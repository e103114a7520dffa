/**
 * Token buckets per key, in this process's memory: cheap enough to sit in front of every request.
 * With several server processes each enforces its own share; sign-in throttling, which must be
 * exact across processes, lives in the database instead (src/platform/auth/throttle.ts).
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  private readonly perSecond: number;
  private readonly burst: number;

  constructor(perSecond: number, burst = perSecond * 10) {
    this.perSecond = perSecond;
    this.burst = burst;
  }

  /** Takes one token; returns 0 when allowed, else the whole seconds to wait. */
  take(key: string, now = Date.now()): number {
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    if (bucket.tokens < 1) {
      this.buckets.set(key, bucket);
      return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perSecond));
    }
    bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 100_000) this.sweep(now);
    return 0;
  }

  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.at > (this.burst / this.perSecond) * 1000) this.buckets.delete(key);
    }
  }
}
