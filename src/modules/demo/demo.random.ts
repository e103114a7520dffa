/**
 * Seeded randomness for the demo data: a small, fast generator (sfc32, from PractRand by Chris
 * Doty-Humphrey) for every numeric choice, ids that are UUIDv7-shaped but drawn from it, and a compact
 * set for "is this e-mail already taken". Nothing here reads the clock or Math.random, so one seed
 * always gives the same data.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number | string) {
    // splitmix32 spreads the seed over the four words of state.
    let s = typeof seed === 'number' ? seed >>> 0 : hashString(seed);
    const next = () => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.uint32();
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** [0, 1) */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** One of `items`, each as likely as its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    const last = items[items.length - 1];
    if (!last) throw new Error('weighted pick from an empty list');
    return last[0];
  }

  /** A standard normal draw (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Log-normal around `median`: most values near it, a long tail above. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** Number of trials until the first success, at least 1 (mean 1/p). */
  geometric(p: number): number {
    let n = 1;
    while (!this.chance(p) && n < 1000) n++;
    return n;
  }

  /** A few distinct items, in the list's order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, items.length)) chosen.add(this.int(items.length));
    return [...chosen].sort((x, y) => x - y).map((i) => items[i] as T);
  }
}

/** FNV-1a, 32 bits. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
// Demo ids count up from here, so each table's new rows land at the right edge of its primary key.
const ID_EPOCH_MS = Date.UTC(2020, 0, 1);

/**
 * Record ids in the UUIDv7 layout (RFC 9562 §5.7): a millisecond field and a 12-bit counter that
 * increase with every id, then 62 random bits from the seeded generator. Unique within a workspace
 * (every tenant key starts with the workspace), identical for the same seed.
 */
export class IdFactory {
  private counter = 0;
  private readonly rng: Rng;

  constructor(rng: Rng) {
    this.rng = rng;
  }

  next(): string {
    const n = this.counter++;
    const ms = ID_EPOCH_MS + Math.floor(n / 4096);
    const randA = n % 4096;
    const hi = Math.floor(ms / 2 ** 16);
    const lo = ms % 2 ** 16;
    const r1 = this.rng.uint32();
    const r2 = this.rng.uint32();
    const bytes = [
      (hi >>> 24) & 0xff,
      (hi >>> 16) & 0xff,
      (hi >>> 8) & 0xff,
      hi & 0xff,
      (lo >>> 8) & 0xff,
      lo & 0xff,
      0x70 | (randA >>> 8),
      randA & 0xff,
      0x80 | ((r1 >>> 24) & 0x3f),
      (r1 >>> 16) & 0xff,
      (r1 >>> 8) & 0xff,
      r1 & 0xff,
      (r2 >>> 24) & 0xff,
      (r2 >>> 16) & 0xff,
      (r2 >>> 8) & 0xff,
      r2 & 0xff,
    ];
    const h = bytes.map((b) => HEX[b]).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
}

/**
 * "Probably taken" for millions of strings in a few megabytes: 32-bit hashes in an open-addressing
 * table. A false "taken" (two strings with one hash) only makes the caller choose another value.
 */
export class TakenSet {
  private table = new Uint32Array(1 << 16);
  private size = 0;

  has(text: string): boolean {
    const h = hashString(text) | 1;
    const mask = this.table.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const v = this.table[i];
      if (v === 0) return false;
      if (v === h >>> 0) return true;
    }
  }

  add(text: string): void {
    if (this.size * 2 >= this.table.length) this.grow();
    this.insert(hashString(text) | 1);
  }

  private insert(h: number): void {
    const mask = this.table.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const v = this.table[i];
      if (v === h >>> 0) return;
      if (v === 0) {
        this.table[i] = h;
        this.size++;
        return;
      }
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    this.size = 0;
    for (const v of old) if (v !== 0) this.insert(v);
  }
}
