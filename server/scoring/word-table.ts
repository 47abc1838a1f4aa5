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
  /** Per slot: [hash, entry index + 1]; 0 as index is an empty slot. Interleaved: one cache line per probe. */
  private readonly slots: Int32Array;
  private readonly keys: string[] = [];
  private readonly values: T[] = [];

  constructor(entries: Iterable<readonly [string, T]>, size: number) {
    let cap = 16;
    while (cap * 0.7 < size) cap *= 2;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 2);
    for (const [key, value] of entries) this.insert(key, value);
  }

  private insert(key: string, value: T): void {
    const h = hashOf(key);
    let i = h & this.mask;
    while (this.slots[i * 2 + 1] !== 0) i = (i + 1) & this.mask;
    this.keys.push(key);
    this.values.push(value);
    this.slots[i * 2] = h;
    this.slots[i * 2 + 1] = this.keys.length;
  }

  /** The value for text[start, end), given the span's hash (see hashStep). */
  find(text: string, start: number, end: number, hash: number): T | undefined {
    const slots = this.slots;
    const mask = this.mask;
    let i = hash & mask;
    for (;;) {
      const entry = slots[i * 2 + 1] ?? 0;
      if (entry === 0) return undefined;
      if (slots[i * 2] === hash) {
        const key = this.keys[entry - 1] ?? '';
        if (key.length === end - start && sameSpan(key, text, start)) return this.values[entry - 1];
      }
      i = (i + 1) & mask;
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
