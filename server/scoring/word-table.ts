// An open-addressing hash table keyed by normalised words, looked up straight from a span of the post:
// the tokenizer hashes each word while scanning it, so no lower-cased substring is allocated and no
// characters are compared. Two independent 32-bit FNV-1a hashes plus the length identify a word (a false
// match needs a 64-bit collision, about one in 10^15 unknown words). Normalisation: ASCII and Latin-1
// capitals lower-cased, curly apostrophe as "'".

const OFFSET_A = 0x811c9dc5 | 0;
const OFFSET_B = 0x2b992ddf | 0;
export const PRIME_A = 16777619;
export const PRIME_B = 0x5bd1e995;

export function normCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 0xc0) return c;
  if (c === 0x2019) return 39;
  if (c <= 0xde && c !== 0xd7) return c + 32;
  return c;
}

export const HASH_A = OFFSET_A;
export const HASH_B = OFFSET_B;

/** One step of each hash over a normalised code unit. */
export function stepA(h: number, code: number): number {
  return Math.imul(h ^ code, PRIME_A);
}
export function stepB(h: number, code: number): number {
  return Math.imul(h ^ code, PRIME_B);
}

export class WordTable<T> {
  private readonly mask: number;
  /** Per slot: [hashA, hashB, length, entry index + 1]; index 0 is an empty slot. */
  private readonly slots: Int32Array;
  private readonly values: T[] = [];

  constructor(entries: Iterable<readonly [string, T]>, size: number) {
    let cap = 16;
    while (cap * 0.7 < size) cap *= 2;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 4);
    for (const [key, value] of entries) this.insert(key, value);
  }

  private insert(key: string, value: T): void {
    let a = OFFSET_A;
    let b = OFFSET_B;
    for (let k = 0; k < key.length; k++) {
      const c = normCode(key.charCodeAt(k));
      a = stepA(a, c);
      b = stepB(b, c);
    }
    let i = a & this.mask;
    while (this.slots[i * 4 + 3] !== 0) i = (i + 1) & this.mask;
    this.values.push(value);
    this.slots.set([a, b, key.length, this.values.length], i * 4);
  }

  /** The value for a span of `length` characters with hashes `a` and `b` (see stepA/stepB). */
  find(length: number, a: number, b: number): T | undefined {
    const slots = this.slots;
    const mask = this.mask;
    let i = a & mask;
    for (;;) {
      const at = i * 4;
      const entry = slots[at + 3] ?? 0;
      if (entry === 0) return undefined;
      if (slots[at] === a && slots[at + 1] === b && slots[at + 2] === length) return this.values[entry - 1];
      i = (i + 1) & mask;
    }
  }

  /** The value for a key string (normalised the same way). */
  get(key: string): T | undefined {
    let a = OFFSET_A;
    let b = OFFSET_B;
    for (let k = 0; k < key.length; k++) {
      const c = normCode(key.charCodeAt(k));
      a = stepA(a, c);
      b = stepB(b, c);
    }
    return this.find(key.length, a, b);
  }
}
