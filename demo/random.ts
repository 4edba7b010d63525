/**
 * Seeded randomness: the demo data must be identical for the same seed, so nothing here reads
 * Math.random or the clock. sfc32 is small, fast and good enough for demo data.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = () => {
      // splitmix32 spreads a small integer seed over the four words of state
      s = (s + 0x9e3779b9) >>> 0;
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
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by weight: `[[value, weight], ...]`. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of choices) total += w;
    let u = this.next() * total;
    for (const [value, w] of choices) {
      u -= w;
      if (u < 0) return value;
    }
    return choices[choices.length - 1][0];
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }

  /** Distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle([...items]).slice(0, Math.min(count, items.length));
  }

  digits(count: number): string {
    let s = '';
    for (let i = 0; i < count; i++) s += String(this.int(0, 9));
    return s;
  }
}

/**
 * UUID-shaped ids (version 7 layout) whose first 48 bits grow with each id: reproducible for a
 * seed, and rows are appended at the end of their primary-key index instead of landing at random
 * pages, which keeps a million-job seed fast on both SQLite and PostgreSQL.
 */
export class IdFactory {
  private counter: number;

  constructor(
    private readonly rng: Rng,
    startMs: number,
  ) {
    this.counter = startMs;
  }

  next(): string {
    const time = (this.counter++).toString(16).padStart(12, '0');
    const r1 = this.rng.uint32().toString(16).padStart(8, '0');
    const r2 = this.rng.uint32().toString(16).padStart(8, '0');
    const r3 = this.rng.uint32().toString(16).padStart(8, '0');
    const variant = ((parseInt(r1[3], 16) & 0x3) | 0x8).toString(16);
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${r1.slice(0, 3)}-${variant}${r1.slice(4, 7)}-${r2}${r3.slice(0, 4)}`;
  }
}
