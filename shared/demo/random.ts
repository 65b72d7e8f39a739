// A small seeded random generator (sfc32, public domain) and the draws the demo data needs.

export type Seed = number | string;

export type Random = {
  /** The next 32-bit unsigned integer. */
  next(): number;
  /** A float in [0, 1). */
  float(): number;
  /** An integer in [0, n). */
  below(n: number): number;
  /** An integer in [min, max], both included. */
  between(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(list: readonly T[]): T;
};

/** Mixes a 32-bit value into a well-spread one (the splitmix32 finaliser). */
export function mix32(value: number): number {
  let z = (value + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** Three 32-bit keys from a seed: numbers by their value, text by FNV-1a. */
export function seedKeys(seed: Seed): [number, number, number] {
  let h: number;
  if (typeof seed === 'number') {
    h = mix32((seed >>> 0) ^ mix32(Math.floor(seed / 2 ** 32) >>> 0));
  } else {
    h = 0x811c9dc5;
    for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
    h = mix32(h >>> 0);
  }
  const a = mix32(h);
  const b = mix32(a ^ 0x5bd1e995);
  return [h, a, b];
}

/**
 * A generator for one stream of a seed. Streams are independent: the demo data gives each
 * record its own (its index), so that any record can be made without those before it.
 */
export function createRandom(seed: Seed, stream = 0): Random {
  const [k0, k1, k2] = seedKeys(seed);
  let a = k0;
  let b = (k1 ^ stream) >>> 0;
  let c = (k2 ^ Math.imul(stream, 0x9e3779b9)) >>> 0;
  let d = 1;
  function next(): number {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  }
  for (let i = 0; i < 12; i++) next();
  const float = () => next() / 4294967296;
  const below = (n: number) => Math.floor(float() * n);
  return {
    next,
    float,
    below,
    between: (min, max) => min + below(max - min + 1),
    chance: (probability) => float() < probability,
    pick: <T>(list: readonly T[]): T => {
      if (list.length === 0) throw new RangeError('pick from an empty list');
      return list[below(list.length)]!;
    },
  };
}

/** Picks an item by weight: `[[value, weight], …]`, weights need not add up to 1. */
export function pickWeighted<T>(random: Random, table: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, weight] of table) total += weight;
  let x = random.float() * total;
  for (const [value, weight] of table) {
    x -= weight;
    if (x < 0) return value;
  }
  return table[table.length - 1]![0];
}

/** `k` different items of `list`, in the list's order. */
export function pickSome<T>(random: Random, list: readonly T[], k: number): T[] {
  const chosen = new Set<number>();
  const wanted = Math.min(k, list.length);
  while (chosen.size < wanted) chosen.add(random.below(list.length));
  return [...chosen].sort((x, y) => x - y).map((i) => list[i]!);
}
