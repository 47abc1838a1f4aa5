// An open-addressing hash table keyed by normalised words, looked up straight from a span of the post:
// the tokenizer hashes each word while scanning it, so no lower-cased substring is ever allocated for a
// lookup. Normalisation: ASCII and Latin-1 capitals lower-cased, curly apostrophe as "'".

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

export function normCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 0xc0) return c;
  if (c === 0x2019) return 39;
  if (c <= 0xde && c !== 0xd7) return c + 32;
  return c;
}

export const HASH_START = FNV_OFFSET;

/** One FNV-1a step over a normalised code unit. */
export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME);
}

export function hashOf(key: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) h = hashStep(h, normCode(key.charCodeAt(i)));
  return h;
}

export class WordTable<T> {
  private readonly mask: number;
  private readonly hashes: Int32Array;
  /** Entry index + 1 per slot; 0 is empty. */
  private readonly slots: Int32Array;
  private readonly keys: string[] = [];
  private readonly values: T[] = [];

  constructor(entries: Iterable<readonly [string, T]>, size: number) {
    let cap = 16;
    while (cap < size * 2) cap *= 2;
    this.mask = cap - 1;
    this.hashes = new Int32Array(cap);
    this.slots = new Int32Array(cap);
    for (const [key, value] of entries) this.insert(key, value);
  }

  private insert(key: string, value: T): void {
    const h = hashOf(key);
    let i = h & this.mask;
    while (this.slots[i] !== 0) i = (i + 1) & this.mask;
    this.hashes[i] = h;
    this.keys.push(key);
    this.values.push(value);
    this.slots[i] = this.keys.length;
  }

  /** The value for text[start, end), given the span's hash (see hashStep). */
  find(text: string, start: number, end: number, hash: number): T | undefined {
    const len = end - start;
    let i = hash & this.mask;
    for (;;) {
      const slot = this.slots[i] ?? 0;
      if (slot === 0) return undefined;
      if (this.hashes[i] === hash) {
        const key = this.keys[slot - 1] ?? '';
        if (key.length === len && sameSpan(key, text, start)) return this.values[slot - 1];
      }
      i = (i + 1) & this.mask;
    }
  }

  /** The value for a key string (normalised the same way). */
  get(key: string): T | undefined {
    return this.find(key, 0, key.length, hashOf(key));
  }
}

function sameSpan(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) {
    if (key.charCodeAt(k) !== normCode(text.charCodeAt(start + k))) return false;
  }
  return true;
}
